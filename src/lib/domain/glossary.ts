/**
 * The sector's acronyms and terms, explained for a lay councillor. The
 * definitions are ours, in plain words, for children's services in England;
 * the list follows the words the seed council papers actually use (their own
 * glossary, the LGA's "jargon busting", the Ombudsman's report). Pure data:
 * `glossary-match.ts` finds these terms in an answer and the glossary page
 * lists them.
 */

/** One term in the glossary. */
export interface GlossaryEntry {
	/** Stable id, used as the glossary page's anchor (`/glossary#iro`): never change one once shipped. */
	id: string;
	/** The headword as the glossary shows it. */
	term: string;
	/**
	 * Other spellings and names that mean the same thing and should be
	 * recognised in an answer. A plural "s" and hyphens for spaces are matched
	 * without listing them.
	 */
	aliases: readonly string[];
	/** What an acronym stands for; also recognised in answers. */
	expansion?: string;
	/** Our own words, one to three sentences. */
	definition: string;
	/** Ids of related entries. */
	seeAlso?: readonly string[];
	/** Match every spelling with its exact capitals (for phrases that are ordinary words in lower case). */
	caseSensitive?: boolean;
}

/** Every term, in no particular order: the page sorts them A to Z. */
export const glossary: readonly GlossaryEntry[] = [
	{
		id: 'adoption',
		term: 'Adoption',
		aliases: ['adoption order', 'placed for adoption', 'RAA', 'regional adoption agency'],
		definition:
			'A court order that permanently makes the adopters the child’s legal parents, so the child is no longer in care. Most councils now arrange adoption through a regional adoption agency (RAA) shared with neighbouring councils.',
		seeAlso: ['permanence', 'sgo']
	},
	{
		id: 'advocacy',
		term: 'Advocacy',
		aliases: ['advocate', 'independent advocate', 'advocacy service'],
		definition:
			'Independent help for a child or young person to say what they want and have it heard by the people making decisions about them. Councils must offer an advocate to children in care and care leavers who want to make a complaint, and IROs should tell children how to get one.',
		seeAlso: ['iro', 'statutory-complaints-procedure']
	},
	{
		id: 'b-and-b',
		term: 'B&B',
		expansion: 'bed and breakfast',
		aliases: ['bed and breakfast accommodation', 'bed & breakfast'],
		definition:
			'Short-stay rooms, often shared, with no support on site. Government guidance says bed and breakfast is not suitable for 16 and 17 year olds, even in an emergency, and the Ombudsman has criticised councils that used it for them.',
		seeAlso: ['supported-accommodation', 'southwark-judgment']
	},
	{
		id: 'cafcass',
		term: 'Cafcass',
		expansion: 'Children and Family Court Advisory and Support Service',
		aliases: [],
		definition:
			'The national service that represents children’s interests in family court cases in England. In care proceedings a Cafcass children’s guardian advises the court on what is best for the child; an IRO can refer a case to Cafcass if the council does not act on concerns about a child’s care plan.',
		seeAlso: ['plo', 'iro']
	},
	{
		id: 'camhs',
		term: 'CAMHS',
		expansion: 'Child and Adolescent Mental Health Services',
		aliases: ['CYPMHS', 'children and young people’s mental health services'],
		definition:
			'NHS services that assess and treat children and young people with mental health difficulties. How long children in care wait for them is a common question for scrutiny panels.',
		seeAlso: ['sdq', 'health-assessment']
	},
	{
		id: 'care-leaver',
		term: 'Care leaver',
		aliases: ['care experienced', 'former relevant child'],
		definition:
			'A young person leaving care, or who has left it, after at least 13 weeks in care since their 14th birthday, including some time after turning 16. Care leavers are entitled to a personal adviser and a pathway plan up to age 25, and to the support set out in the council’s Local Offer.',
		seeAlso: ['pa', 'pathway-plan', 'local-offer']
	},
	{
		id: 'care-order',
		term: 'Care order',
		aliases: ['section 31', 's31', 's.31', 'interim care order', 'full care order'],
		definition:
			'A court order under section 31 of the Children Act 1989 that places a child in the council’s care. The council shares parental responsibility with the parents and can limit how they use it. A court makes one only if the child is suffering, or likely to suffer, significant harm; an interim care order lasts while the case is heard.',
		seeAlso: ['section-20', 'looked-after-children', 'parental-responsibility']
	},
	{
		id: 'care-plan',
		term: 'Care plan',
		aliases: ['care planning'],
		definition:
			'The plan for a child in care: why they are in care, where they will live in the long term, and how their health, education, family contact and other needs will be met. It is checked at each looked after review, chaired by the IRO.',
		seeAlso: ['looked-after-review', 'iro', 'permanence']
	},
	{
		id: 'child-exploitation',
		term: 'Child exploitation',
		aliases: ['CSE', 'child sexual exploitation', 'CCE', 'child criminal exploitation', 'county lines'],
		definition:
			'When someone takes advantage of a child to draw them into sexual activity (CSE) or crime (CCE), such as carrying drugs along “county lines”. Children in care and children who go missing are at higher risk.',
		seeAlso: ['missing-from-care']
	},
	{
		id: 'child-in-need',
		term: 'Child in need',
		aliases: ['CiN', 'CIN', 'children in need', 'section 17', 's17', 'child in need plan'],
		definition:
			'A child who, under section 17 of the Children Act 1989, needs council services to reach or keep a reasonable standard of health or development, or who is disabled. The council supports the family under a child in need plan; the child is not in care.',
		seeAlso: ['early-help', 'child-protection-plan']
	},
	{
		id: 'child-protection-plan',
		term: 'Child protection plan',
		aliases: [
			'CP plan',
			'child protection',
			'child protection conference',
			'ICPC',
			'initial child protection conference',
			'section 47',
			's47',
			'section 47 enquiry'
		],
		definition:
			'A plan agreed at a child protection conference for a child at risk of significant harm, setting out how agencies will keep them safe. It usually follows a section 47 enquiry, in which the council, with the police and health, looks into whether a child is being harmed.',
		seeAlso: ['child-in-need', 'mash']
	},
	{
		id: 'cic-council',
		term: 'Children in Care Council',
		aliases: ['CiCC', 'CICC', 'CiC council'],
		definition:
			'A group of children in care, and often care leavers, who meet regularly to tell councillors and senior officers what care is like and to help shape services. Panels often invite them and check that their views led to change.',
		seeAlso: ['corporate-parenting', 'pledge']
	},
	{
		id: 'childrens-home',
		term: 'Children’s home',
		aliases: ['residential children’s home', 'residential care', 'residential home', 'residential placement'],
		definition:
			'A home, registered with and inspected by Ofsted, where staff working shifts care for children in care. Homes may be run by the council or by private or charitable providers; many are small, for one to four children.',
		seeAlso: ['regulation-44', 'fostering', 'secure-childrens-home']
	},
	{
		id: 'corporate-parenting',
		term: 'Corporate parenting',
		aliases: ['corporate parent'],
		definition:
			'The idea that the whole council – every councillor and officer – acts as the parent of the children it looks after and of its care leavers, and should want for them what a good parent would want for their own child.',
		seeAlso: ['corporate-parenting-principles', 'corporate-parenting-board']
	},
	{
		id: 'corporate-parenting-board',
		term: 'Corporate parenting board',
		aliases: ['corporate parenting panel', 'corporate parenting committee', 'CPB'],
		definition:
			'A council committee or group, usually of councillors, officers and partners, that oversees how well the council acts as corporate parent. Children in care and care leavers often take part.',
		seeAlso: ['corporate-parenting', 'scrutiny-panel']
	},
	{
		id: 'corporate-parenting-principles',
		term: 'Corporate Parenting Principles',
		aliases: ['corporate parenting principle'],
		definition:
			'Seven principles in section 1 of the Children and Social Work Act 2017 that councils must have regard to in everything they do for children in care and care leavers, from acting in their best interests to preparing them for adult life.',
		seeAlso: ['corporate-parenting']
	},
	{
		id: 'dbs',
		term: 'DBS check',
		expansion: 'Disclosure and Barring Service',
		aliases: ['DBS'],
		definition:
			'A criminal record check by the Disclosure and Barring Service. Foster carers, children’s home staff and others who work closely with children need an enhanced check, which also shows whether they are barred from working with children.',
		seeAlso: ['lado']
	},
	{
		id: 'dcs',
		term: 'DCS',
		expansion: 'Director of Children’s Services',
		aliases: [],
		definition:
			'The senior officer every council with children’s services must appoint, accountable for its education and children’s social care services. The DCS works alongside the lead member for children’s services.',
		seeAlso: ['lead-member']
	},
	{
		id: 'designated-teacher',
		term: 'Designated teacher',
		aliases: [],
		definition:
			'The teacher every state-funded school must name to champion the education of pupils in care and of those who left care through adoption or special guardianship. They lead on the pupil’s PEP within the school.',
		seeAlso: ['pep', 'virtual-school']
	},
	{
		id: 'deprivation-of-liberty',
		term: 'Deprivation of liberty order',
		aliases: ['DoL order', 'deprivation of liberty', 'deprived of their liberty', 'deprived of liberty', 'inherent jurisdiction'],
		definition:
			'An order from the High Court allowing a child’s liberty to be restricted when no secure children’s home place is available or suitable, often in a home not registered for this. Its use has grown sharply, and national bodies have raised concerns about it.',
		seeAlso: ['secure-accommodation-order', 'secure-childrens-home']
	},
	{
		id: 'dfe',
		term: 'DfE',
		expansion: 'Department for Education',
		aliases: [],
		definition:
			'The government department responsible for schools and children’s social care in England. It writes statutory guidance and publishes national statistics on children in care and care leavers every year.',
		seeAlso: ['ssda903']
	},
	{
		id: 'direction-of-travel',
		term: 'DoT',
		expansion: 'direction of travel',
		aliases: [],
		definition:
			'Whether a figure has gone up, stayed the same or gone down since the last period, usually shown as an arrow (↑ → ↓). Read the commentary: for some measures a rise is good news, for others it is not.',
		seeAlso: ['kpi', 'rag-rating']
	},
	{
		id: 'early-help',
		term: 'Early help',
		aliases: ['EHA', 'early help assessment', 'early help plan', 'EHP'],
		definition:
			'Support for a family as soon as problems appear, before they need children’s social care. An early help assessment (EHA) looks at what the family needs and leads to a plan agreed with them.',
		seeAlso: ['child-in-need', 'edge-of-care']
	},
	{
		id: 'edge-of-care',
		term: 'Edge of care',
		aliases: [],
		definition:
			'Services for children at risk of coming into care, working closely with the family so the child can stay safely at home.',
		seeAlso: ['early-help']
	},
	{
		id: 'ehcp',
		term: 'EHCP',
		expansion: 'Education, Health and Care plan',
		aliases: ['EHC plan', 'EHC needs assessment'],
		definition:
			'A legal document for a child or young person up to 25 with special educational needs who needs more help than a school or college normally gives. It sets out their needs and the support they must get; the council should usually issue it within 20 weeks of being asked to assess.',
		seeAlso: ['send', 'virtual-school-head']
	},
	{
		id: 'ehe',
		term: 'EHE',
		expansion: 'elective home education',
		aliases: ['home education', 'home educated', 'electively home educated'],
		definition:
			'When parents choose to educate their child at home instead of sending them to school. Councils must try to identify children not getting a suitable education and can step in if home education is not suitable.'
	},
	{
		id: 'ete',
		term: 'ETE',
		expansion: 'education, training or employment',
		aliases: ['EET', 'education, employment or training'],
		definition:
			'Being in education, training or a job. The share of care leavers aged 19 to 21 in ETE is a key national measure of how well they are doing.',
		seeAlso: ['neet', 'care-leaver']
	},
	{
		id: 'exempt-information',
		term: 'Exempt information',
		aliases: ['Schedule 12A', 'exempt appendix', 'exempt appendices', 'exempt report', 'exempt papers'],
		definition:
			'Information a council may keep out of its public papers because it falls in a category in Schedule 12A to the Local Government Act 1972, such as information about a named person, and keeping it private is in the public interest. Councillors receive it but must not share it.',
		seeAlso: ['part-2']
	},
	{
		id: 'fostering',
		term: 'Fostering',
		aliases: ['foster care', 'foster carer', 'foster placement', 'foster family', 'foster home'],
		definition:
			'Care for a child in care in a family home, by foster carers approved by a fostering service: the council’s own or an independent fostering agency. Most children in care in England live with foster carers.',
		seeAlso: ['ifa', 'kinship-care', 'staying-put']
	},
	{
		id: 'health-assessment',
		term: 'Health assessment',
		aliases: ['initial health assessment', 'IHA', 'review health assessment', 'RHA'],
		definition:
			'A check of a child’s physical, emotional and mental health when they come into care (the initial health assessment, due within 20 working days), then repeated every six months for children under 5 and every year for older children.',
		seeAlso: ['sdq', 'camhs']
	},
	{
		id: 'ifa',
		term: 'IFA',
		expansion: 'independent fostering agency',
		aliases: [],
		definition:
			'A private or charitable organisation, registered with Ofsted, that recruits, trains and supports foster carers. The council pays it for each child it places, usually more than its own foster carers cost.',
		seeAlso: ['fostering', 'sufficiency-duty']
	},
	{
		id: 'ilacs',
		term: 'ILACS',
		expansion: 'Inspection of Local Authority Children’s Services',
		aliases: [],
		definition:
			'Ofsted’s framework for inspecting a council’s children’s services. Inspections judge the experiences and progress of children, including children in care and care leavers, as outstanding, good, requires improvement to be good, or inadequate.',
		seeAlso: ['ofsted']
	},
	{
		id: 'independent-visitor',
		term: 'Independent visitor',
		aliases: [],
		definition:
			'A volunteer who befriends a child in care, visiting regularly and taking an interest in them over a long time. Councils must offer one to a child in care who would benefit, especially one with little contact with family.',
		seeAlso: ['advocacy']
	},
	{
		id: 'iro',
		term: 'IRO',
		expansion: 'independent reviewing officer',
		aliases: ['IRO service'],
		definition:
			'An experienced social worker, independent of the child’s social work team, who chairs each review of a child in care and checks that the care plan meets their needs. IROs must challenge delay or poor planning, escalating to senior managers if needed; their manager reports to councillors each year.',
		seeAlso: ['looked-after-review', 'care-plan']
	},
	{
		id: 'kinship-care',
		term: 'Kinship care',
		aliases: ['kinship carer', 'family and friends care', 'connected person', 'connected persons', 'connected carer'],
		definition:
			'Care of a child by a relative or family friend when their parents cannot look after them. It may be informal, under a special guardianship or child arrangements order, or as a kinship foster carer (a “connected person”) while the child is in care.',
		seeAlso: ['sgo', 'fostering']
	},
	{
		id: 'kpi',
		term: 'KPI',
		expansion: 'key performance indicator',
		aliases: ['performance indicator'],
		definition:
			'A measure chosen to show how well a service is doing, such as the share of children in care visited on time, usually reported with a target and a comparison.',
		seeAlso: ['direction-of-travel', 'sn', 'rag-rating']
	},
	{
		id: 'lado',
		term: 'LADO',
		expansion: 'local authority designated officer',
		aliases: [],
		definition:
			'The council officer who must be told when an adult who works or volunteers with children, including a foster carer, may have harmed a child or may pose a risk to children. The LADO oversees how the concern is looked into.',
		seeAlso: ['dbs', 'lscp']
	},
	{
		id: 'lead-member',
		term: 'Lead member for children’s services',
		aliases: ['lead member', 'cabinet member for children'],
		definition:
			'The councillor in the cabinet with political responsibility for children’s services. Scrutiny panels can ask the lead member, as well as officers, to account for the service.',
		seeAlso: ['dcs', 'scrutiny-panel']
	},
	{
		id: 'lgsco',
		term: 'LGSCO',
		expansion: 'Local Government and Social Care Ombudsman',
		aliases: ['Ombudsman'],
		definition:
			'The independent body that investigates complaints about councils in England, including children’s services, once the council’s own complaints process has finished. Its 2020 report “Careless” set the questions for scrutiny that position statements answer.',
		seeAlso: ['statutory-complaints-procedure']
	},
	{
		id: 'local-offer',
		term: 'Local Offer',
		aliases: [],
		definition:
			'The information every council must publish about the support it offers care leavers, such as help with housing, money, education and health. “Local Offer” is also the name for a council’s published information about services for children with SEND.',
		seeAlso: ['care-leaver', 'send']
	},
	{
		id: 'looked-after-children',
		term: 'Looked after children',
		aliases: ['LAC', 'CLA', 'children looked after', 'looked after child', 'child looked after', 'CiC'],
		definition:
			'Children in a council’s care: under a care order, accommodated under section 20 with their parents’ agreement, or remanded by a court. “Looked after” is the legal term; most councils now say “children in care”.',
		seeAlso: ['care-order', 'section-20', 'corporate-parenting']
	},
	{
		id: 'looked-after-review',
		term: 'Looked after review',
		aliases: ['LAC review', 'CLA review', 'child in care review', 'statutory review'],
		definition:
			'A meeting, chaired by the IRO, that checks a child’s care plan: within 20 working days of coming into care, again within three months, then at least every six months. The child’s views must be sought.',
		seeAlso: ['iro', 'care-plan']
	},
	{
		id: 'mash',
		term: 'MASH',
		expansion: 'multi-agency safeguarding hub',
		aliases: [],
		definition:
			'A team where social workers, police, health and other agencies share what they know about a child referred because of a concern, so that the right decision about help or protection is made quickly.',
		seeAlso: ['child-protection-plan', 'lscp']
	},
	{
		id: 'mental-health-act',
		term: 'Mental Health Act',
		aliases: ['sectioned', 'detained under the Mental Health Act'],
		definition:
			'The Mental Health Act 1983, which allows a person, including a child, to be admitted to and kept in hospital for assessment or treatment of a mental disorder when this is needed for their health or safety or to protect others (being “sectioned”).',
		seeAlso: ['section-117-aftercare', 'camhs']
	},
	{
		id: 'missing-from-care',
		term: 'Missing from care',
		aliases: ['missing episode', 'return home interview', 'return interview'],
		definition:
			'When a child in care is not where they should be and no one knows where they are. After each missing episode the child should be offered an independent return home interview, to understand why and make it less likely to happen again.',
		seeAlso: ['child-exploitation']
	},
	{
		id: 'neet',
		term: 'NEET',
		expansion: 'not in education, employment or training',
		aliases: [],
		definition:
			'A young person aged 16 or over who is not in education, employment or training. Care leavers are far more likely than other young people to be NEET, so councils track the figure closely.',
		seeAlso: ['ete', 'care-leaver']
	},
	{
		id: 'ofsted',
		term: 'Ofsted',
		expansion: 'Office for Standards in Education, Children’s Services and Skills',
		aliases: [],
		definition:
			'The national inspectorate for children’s services and schools. It inspects each council’s children’s services and registers and inspects children’s homes, fostering agencies and supported accommodation.',
		seeAlso: ['ilacs', 'regulation-44']
	},
	{
		id: 'pa',
		term: 'PA',
		expansion: 'personal adviser',
		aliases: ['personal advisor'],
		definition:
			'A named worker who keeps in touch with a care leaver, helps them with their pathway plan and links them to services, up to age 25 if they want support.',
		seeAlso: ['care-leaver', 'pathway-plan']
	},
	{
		id: 'parental-responsibility',
		term: 'Parental responsibility',
		aliases: [],
		definition:
			'The legal rights and duties a parent has for a child, such as deciding where they live and which school they go to. Under a care order the council shares parental responsibility with the parents; under section 20 it does not.',
		seeAlso: ['care-order', 'section-20']
	},
	{
		id: 'part-2',
		term: 'Part 2',
		aliases: ['Part II'],
		caseSensitive: true,
		definition:
			'The part of a meeting held without the press and public because exempt information is discussed. Papers for Part 2 items go to councillors only and are marked confidential.',
		seeAlso: ['exempt-information']
	},
	{
		id: 'pathway-plan',
		term: 'Pathway plan',
		aliases: [],
		definition:
			'The plan for a young person leaving care, started around their 16th birthday, covering where they will live, education or work, money, health and relationships. It is reviewed at least every six months and lasts until 21, or 25 if they still want support.',
		seeAlso: ['pa', 'care-leaver']
	},
	{
		id: 'pep',
		term: 'PEP',
		expansion: 'personal education plan',
		aliases: [],
		definition:
			'The part of a child in care’s care plan about their education: progress, targets and the support they need, including how pupil premium plus is spent. The school, social worker, carer and child review it each term; the virtual school checks its quality.',
		seeAlso: ['virtual-school', 'designated-teacher', 'pupil-premium-plus']
	},
	{
		id: 'permanence',
		term: 'Permanence',
		aliases: ['permanent placement', 'permanency', 'permanence plan', 'permanent home'],
		definition:
			'A safe, stable home for a child until adulthood, with a sense of belonging. It may be a return to their family, special guardianship, adoption, or long-term foster or residential care; the care plan should set out the plan for permanence early.',
		seeAlso: ['care-plan', 'adoption', 'sgo']
	},
	{
		id: 'placement-stability',
		term: 'Placement stability',
		aliases: ['placement move', 'placement breakdown', 'placement change'],
		definition:
			'How settled a child’s home is. National measures include the share of children in care who moved three or more times in a year, and the share of those in care for two and a half years or more who have lived in the same home for two years.',
		seeAlso: ['stability-index', 'permanence']
	},
	{
		id: 'plo',
		term: 'PLO',
		expansion: 'Public Law Outline',
		aliases: ['care proceedings', 'pre-proceedings'],
		definition:
			'The court rules and timetable for care proceedings, which should finish within 26 weeks. Before going to court the council usually writes to the parents and holds a pre-proceedings meeting to try to make proceedings unnecessary.',
		seeAlso: ['care-order', 'cafcass']
	},
	{
		id: 'private-fostering',
		term: 'Private fostering',
		aliases: [],
		definition:
			'When a child under 16 (18 if disabled) lives for 28 days or more with someone who is not a parent or close relative, by private arrangement. The council must be told and must check that the arrangement is safe.',
		seeAlso: ['fostering']
	},
	{
		id: 'pupil-premium-plus',
		term: 'Pupil premium plus',
		aliases: ['PP+', 'pupil premium'],
		definition:
			'Extra government funding for the education of children in care and of children who left care through adoption or special guardianship. For children in care the virtual school head manages it and passes it to schools for the support set out in each child’s PEP.',
		seeAlso: ['virtual-school-head', 'pep']
	},
	{
		id: 'rag-rating',
		term: 'RAG rating',
		expansion: 'red, amber, green',
		aliases: ['RAG', 'RAG rated'],
		definition:
			'A traffic-light rating used in performance reports and action plans: red for off track or high risk, amber for some concern, green for on track. Check what each colour means in the paper in front of you.',
		seeAlso: ['kpi', 'direction-of-travel']
	},
	{
		id: 'regulation-44',
		term: 'Regulation 44 visits',
		aliases: ['Regulation 44', 'Reg 44', 'Regulation 33', 'Reg 33'],
		definition:
			'Monthly visits to every children’s home by an independent person, who talks to children and staff and reports on whether children are safe and well cared for. Reports go to Ofsted and the home’s provider. Before 2015 they were called Regulation 33 visits.',
		seeAlso: ['childrens-home', 'ofsted']
	},
	{
		id: 'scrutiny-panel',
		term: 'Scrutiny panel',
		aliases: ['overview and scrutiny', 'scrutiny committee', 'overview and scrutiny committee', 'scrutiny board'],
		definition:
			'A committee of councillors who are not in the council’s cabinet. It examines council services and decisions in public, challenges officers and the cabinet, and makes recommendations for improvement.',
		seeAlso: ['corporate-parenting-board', 'lead-member']
	},
	{
		id: 'sdq',
		term: 'SDQ',
		expansion: 'strengths and difficulties questionnaire',
		aliases: ['SDQ score'],
		definition:
			'A short questionnaire, usually completed each year by the carer of a child in care aged 4 to 16, that screens for emotional and behavioural difficulties. A high score suggests the child may need more support with their mental health.',
		seeAlso: ['health-assessment', 'camhs']
	},
	{
		id: 'section-117-aftercare',
		term: 'Section 117 aftercare',
		aliases: ['section 117', 's117', 'aftercare', 'after-care'],
		definition:
			'Free health and social care support that the NHS and council must arrange for someone leaving hospital after detention under certain sections of the Mental Health Act, to meet needs arising from their mental illness and lower the risk of going back.',
		seeAlso: ['mental-health-act']
	},
	{
		id: 'section-20',
		term: 'Section 20',
		aliases: ['s20', 's.20', 'voluntary accommodation'],
		definition:
			'Section 20 of the Children Act 1989: the council provides accommodation for a child, usually with the parents’ agreement, without a court order. The child is looked after, but the parents keep full parental responsibility and can normally take the child home at any time.',
		seeAlso: ['care-order', 'looked-after-children', 'southwark-judgment']
	},
	{
		id: 'secure-accommodation-order',
		term: 'Secure accommodation order',
		aliases: ['section 25', 's25', 'secure accommodation'],
		definition:
			'A court order under section 25 of the Children Act 1989 allowing a council to keep a child in secure accommodation, only when they are likely to run away and come to harm, or to injure themselves or others, anywhere else.',
		seeAlso: ['secure-childrens-home', 'deprivation-of-liberty']
	},
	{
		id: 'secure-childrens-home',
		term: 'Secure children’s home',
		aliases: ['secure unit', 'secure setting'],
		definition:
			'A children’s home that can lock its doors to keep children, or others, safe. It takes children placed by a court for their welfare and children held in custody. Places are scarce, so children may be placed far from home.',
		seeAlso: ['secure-accommodation-order', 'yoi']
	},
	{
		id: 'send',
		term: 'SEND',
		expansion: 'special educational needs and disabilities',
		aliases: ['SEN', 'special educational needs'],
		definition:
			'A learning difficulty or disability that means a child needs support different from, or extra to, what most children their age get. Some have an EHCP; others are supported by their school. Children in care are far more likely than others to have SEND.',
		seeAlso: ['ehcp', 'virtual-school']
	},
	{
		id: 'sgo',
		term: 'SGO',
		expansion: 'special guardianship order',
		aliases: ['special guardianship', 'special guardian'],
		definition:
			'A court order making someone, often a relative, a child’s special guardian until they are 18, with parental responsibility they can use without the parents’ agreement on most matters. The child leaves care; the council must assess the family’s need for support and may pay an allowance.',
		seeAlso: ['kinship-care', 'permanence']
	},
	{
		id: 'sn',
		term: 'SN',
		expansion: 'statistical neighbours',
		aliases: ['statistical neighbour'],
		definition:
			'About ten councils with populations and circumstances like this council’s, chosen with a Department for Education tool. Comparing with them shows whether a figure is high or low for a place like this, alongside the England average.',
		seeAlso: ['kpi']
	},
	{
		id: 'southwark-judgment',
		term: 'Southwark judgment',
		aliases: ['Southwark ruling', 'G v Southwark'],
		definition:
			'A 2009 House of Lords ruling that a homeless 16 or 17 year old who needs accommodation should normally be accommodated by children’s services under section 20, and so become looked after, not simply housed by the housing department.',
		seeAlso: ['section-20', 'b-and-b']
	},
	{
		id: 'lscp',
		term: 'Safeguarding children partnership',
		aliases: [
			'LSCP',
			'local safeguarding children partnership',
			'safeguarding partnership',
			'safeguarding partners',
			'LSCB',
			'Local Safeguarding Children Board'
		],
		definition:
			'The local arrangement through which the three safeguarding partners – the council, the police and the NHS – work together to protect children in an area. It replaced Local Safeguarding Children Boards (LSCBs) in 2019.',
		seeAlso: ['mash', 'lado']
	},
	{
		id: 'ssda903',
		term: 'SSDA903',
		expansion: 'children looked after return',
		aliases: ['SSDA 903', '903 return', 'CLA return'],
		definition:
			'The data the council sends to the Department for Education each year about every child it looks after: legal status, homes, moves, health checks and outcomes. It feeds the national statistics used to compare councils.',
		seeAlso: ['dfe', 'sn']
	},
	{
		id: 'stability-index',
		term: 'Stability Index',
		aliases: [],
		definition:
			'A measure published by the Children’s Commissioner for England of how often children in care move home, change school and change social worker, since each change can unsettle their lives.',
		seeAlso: ['placement-stability']
	},
	{
		id: 'statutory-complaints-procedure',
		term: 'Statutory complaints procedure',
		aliases: ['three-stage complaints procedure', 'stage 2 investigation', 'stage 3 review panel', 'children’s complaints procedure'],
		definition:
			'The three-stage process the law sets for complaints about children’s social care: local resolution (stage 1), an investigation overseen by an independent person (stage 2) and a review panel (stage 3). After that, the complainant can go to the Ombudsman.',
		seeAlso: ['lgsco', 'advocacy']
	},
	{
		id: 'statutory-visits',
		term: 'Statutory visits',
		aliases: ['statutory visit', 'statutory visiting'],
		definition:
			'Visits a social worker must make to a child in care: within a week of a move to a new home, then at least every six weeks in the first year, and at least every three months after that if the home is agreed to be long term. Children should be seen alone where appropriate.',
		seeAlso: ['care-plan']
	},
	{
		id: 'staying-close',
		term: 'Staying Close',
		aliases: [],
		definition:
			'Support for young people leaving children’s homes to live somewhere nearby and keep links with the home’s staff while they learn to live independently. It began as a government-funded programme and more councils now offer it.',
		seeAlso: ['staying-put', 'care-leaver']
	},
	{
		id: 'staying-put',
		term: 'Staying Put',
		aliases: ['staying put arrangement'],
		definition:
			'An arrangement that lets a young person stay with their former foster carers after 18, up to 21. The council must support it, including paying the carers, when both want it and it is right for the young person.',
		seeAlso: ['staying-close', 'fostering', 'care-leaver']
	},
	{
		id: 'sufficiency-duty',
		term: 'Sufficiency duty',
		aliases: ['sufficiency', 'sufficiency strategy', 'placement sufficiency'],
		definition:
			'The council’s legal duty (section 22G of the Children Act 1989) to take reasonable steps to have enough suitable homes in its own area for the children it looks after. Councils say how they will do this in a sufficiency strategy.',
		seeAlso: ['fostering', 'childrens-home']
	},
	{
		id: 'supported-accommodation',
		term: 'Supported accommodation',
		aliases: ['supported lodgings', 'semi-independent accommodation', 'semi-independent'],
		definition:
			'Housing with support, but not care, for 16 and 17 year olds in care or leaving care: shared houses, flats with staff on hand, or lodgings with a host. Since October 2023 providers must be registered with Ofsted and meet national standards.',
		seeAlso: ['unregulated-provision', 'b-and-b']
	},
	{
		id: 'pledge',
		term: 'Pledge',
		aliases: ['care pledge', 'pledge to children in care'],
		definition:
			'A council’s published promises to the children in its care, usually written with the Children in Care Council and checked regularly to see whether they are kept.',
		seeAlso: ['cic-council']
	},
	{
		id: 'uasc',
		term: 'UASC',
		expansion: 'unaccompanied asylum-seeking children',
		aliases: ['unaccompanied asylum-seeking child', 'unaccompanied minor', 'separated children', 'National Transfer Scheme'],
		definition:
			'Children under 18 who have claimed asylum in the UK with no parent or carer here. The council looks after them and has care leaver duties when they turn 18; the National Transfer Scheme shares them out between councils.',
		seeAlso: ['looked-after-children', 'care-leaver']
	},
	{
		id: 'unregistered-provision',
		term: 'Unregistered provision',
		aliases: ['unregistered children’s home', 'unregistered placement', 'unregistered home', 'unregistered setting'],
		definition:
			'A place where a child is given care, not just support, but which is not registered with Ofsted as a children’s home. Running one is an offence; councils use them only in exceptional circumstances, with senior managers’ approval and close checks on the child’s safety.',
		seeAlso: ['unregulated-provision', 'childrens-home']
	},
	{
		id: 'unregulated-provision',
		term: 'Unregulated provision',
		aliases: ['unregulated', 'unregulated accommodation', 'unregulated home', 'unregulated placement'],
		definition:
			'Accommodation that gave support, but not care, to 16 and 17 year olds and was not inspected. Since 2021 children under 16 may not be placed in it, and since October 2023 its providers must register with Ofsted as supported accommodation.',
		seeAlso: ['supported-accommodation', 'unregistered-provision']
	},
	{
		id: 'virtual-school',
		term: 'Virtual school',
		aliases: [],
		definition:
			'Not a building but a council team, led by the virtual school head, that tracks and supports the education of every child the council looks after as if they were in one school, working with the schools they actually attend.',
		seeAlso: ['virtual-school-head', 'pep']
	},
	{
		id: 'virtual-school-head',
		term: 'Virtual school head',
		aliases: ['VSH', 'virtual head', 'virtual school headteacher', 'VSHT'],
		definition:
			'The officer every council must appoint to promote the education of the children it looks after, wherever they go to school. The VSH leads the virtual school, manages pupil premium plus and advises on children who left care through adoption or special guardianship.',
		seeAlso: ['virtual-school', 'pupil-premium-plus']
	},
	{
		id: 'yoi',
		term: 'YOI',
		expansion: 'young offender institution',
		aliases: ['youth offending unit', 'youth detention', 'youth custody'],
		definition:
			'Custody for young people who have been remanded or sentenced, with under-18s held apart from adults. A child remanded to youth detention becomes looked after by the council.',
		seeAlso: ['youth-justice-service', 'secure-childrens-home']
	},
	{
		id: 'youth-justice-service',
		term: 'Youth justice service',
		aliases: ['YOT', 'YOS', 'YJS', 'youth offending team', 'youth offending service'],
		definition:
			'The council-led team, with police, probation and health, that works with children aged 10 to 17 who get into trouble with the law, to prevent offending and support them through court. Many have been in care.',
		seeAlso: ['yoi']
	}
];
