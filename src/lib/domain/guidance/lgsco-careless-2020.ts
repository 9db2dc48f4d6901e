import type { CaseCitation, Guidance } from './types.ts';

/*
 * Guidance for the Ombudsman's 20 questions for scrutiny, written by us. Each
 * question is tied to the case studies in "Careless" (December 2020) that it
 * grows out of. Pages are the report's own: its contents list puts "Common
 * Issues" on pages 7–22, one running header per page, with each case study
 * starting on the page after its topic's introduction.
 */

const sally: CaseCitation = { story: "Sally's story", reference: '18 007 945', page: 8 };
const albert: CaseCitation = { story: "Albert's story", reference: '18 015 593', page: 10 };
const marcus: CaseCitation = { story: "Marcus' story", reference: '19 005 254', page: 11 };
/** Marcus' remedy and the council's service improvements, on the case's second page. */
const marcusRemedy: CaseCitation = { ...marcus, page: 12 };
const tomAndNikki: CaseCitation = { story: "Tom and Nikki's story", reference: '17 003 962', page: 14 };
/** Tom and Nikki's learning points, on the case's second page. */
const tomAndNikkiLearning: CaseCitation = { ...tomAndNikki, page: 15 };
const adeleAndManjit: CaseCitation = { story: "Adele and Manjit's story", reference: '18 006 028', page: 16 };
const mayteAndBlanca: CaseCitation = { story: "Mayte and Blanca's story", reference: '18 015 286', page: 18 };
const billy: CaseCitation = { story: "Billy's story", reference: '17 005 652', page: 20 };
const donna: CaseCitation = { story: "Donna's story", reference: '17 012 557', page: 22 };

/** Guidance for each LGSCO "Careless" question, keyed by question id. */
export const lgscoCarelessGuidance: Readonly<Record<string, Guidance>> = {
	'careless-1-1': {
		why: 'Billy was 17, homeless and known to be vulnerable. Instead of asking whether he should be looked after, the council gave him a tent and later a caravan, and it had come to regard bed and breakfast and caravans as an ordinary answer for homeless teenagers. The Ombudsman wants councillors to know how many 16 and 17 year olds are living somewhere like that today.',
		cases: [billy],
		strongAnswer: [
			'The number of 16 and 17 year olds in bed and breakfast, and separately in unregulated or unregistered settings, on a named date, with the trend over the last year and a comparator where one is published.',
			'How many of them are children in care and how many are homeless young people assessed jointly with housing, and how long each has been there.',
			'Whether anyone was placed in bed and breakfast at all in the period, for how many nights, and who signed it off.',
			'Supported accommodation for this age group must now be registered with Ofsted: say how many young people are in registered homes and whether any are anywhere else.',
			'What is being done to end any use of unsuitable places, by whom and by when, and a frank view of whether the numbers are where the council wants them.'
		],
		dataSources: [
			'The DfE children looked after return (SSDA903): placement type and provider for every child in care',
			'Housing options records of 16 and 17 year olds assessed jointly with children’s services, and the H-CLIC homelessness return',
			'The placements team’s list of supported accommodation providers and their Ofsted registration',
			'The sufficiency strategy'
		]
	},
	'careless-1-2': {
		why: 'When Billy turned down a place far from home, the council did not weigh what could happen to him next. His mental and physical health collapsed and he spent almost a year detained in hospital. The Ombudsman asks what the council does to keep young people of this age safe and well once they are housed, and when they refuse help.',
		cases: [billy],
		strongAnswer: [
			'How homeless 16 and 17 year olds are assessed: the joint housing and children’s services protocol, who assesses, how quickly, and how often being looked after is offered and accepted.',
			'How young people in supported accommodation are visited, reviewed and kept safe, with figures for the last quarter (missing episodes, exploitation concerns, visits in time).',
			'What happens when a young person says no to an offer: how the risks are recorded and revisited.',
			'Actions under way, each with an owner and a date, such as training for housing officers or new local places.',
			'A frank view of where the risks still lie.'
		],
		dataSources: [
			'The joint protocol for homeless 16 and 17 year olds and any audit of it',
			'The DfE children looked after return (SSDA903): placement type and missing episodes',
			'Missing-from-care records and return interviews',
			'Case file audits of care and pathway plans',
			'The independent reviewing officers’ (IRO) annual report'
		]
	},
	'careless-2-1': {
		why: 'The report reminds councils that children in care must be seen by their social worker at set intervals. Billy was only offered somewhere a long way from his home area, which he refused; Donna’s social worker neither went with her to the hostel nor saw her within the first day. Children placed far away are the easiest to visit late, so the Ombudsman asks for both numbers together.',
		cases: [billy, donna],
		strongAnswer: [
			'The number and percentage of children in care placed outside the council’s area, and of those more than 20 miles from home, on a named date, against statistical neighbours and England.',
			'The percentage of statutory visits made on time for children placed at a distance, beside the figure for children placed locally, for a named period.',
			'Why children are placed far away (specialist need, safety, too few local homes) and what is being done to bring them closer, with dates.',
			'A frank view of whether distance is weakening visits, contact with family or school stability.'
		],
		dataSources: [
			'The DfE children looked after return (SSDA903): placement location and distance from home',
			'The DfE local authority interactive tool (LAIT) for statistical neighbour and England comparators',
			'Statutory visit reports from the case management system',
			'The sufficiency strategy'
		]
	},
	'careless-2-2': {
		why: 'Tom and Nikki had cared for two children for years and wanted to adopt them. The council took the children away without warning, without a review meeting and without asking their independent reviewing officer, and told the children that their carers were away on holiday. The Ombudsman’s lesson is that a move ends something that matters to a child, so it should be planned, explained and weighed first; the question asks how often children are moved.',
		cases: [tomAndNikki, tomAndNikkiLearning],
		strongAnswer: [
			'The percentage of children in care with three or more placements in the last year, and of those in care for two and a half years or more the percentage in the same home for at least two years, against statistical neighbours and England.',
			'The average number of moves, if the council works it out, and how it was calculated.',
			'How many moves were planned (for example into a permanent home) and how many were breakdowns, and what disruption meetings have taught.',
			'What is being done to support placements at risk, by whom and by when, and a frank view of the trend.'
		],
		dataSources: [
			'The DfE children looked after return (SSDA903): placement history',
			'The Children’s Commissioner’s Stability Index',
			'The DfE local authority interactive tool (LAIT)',
			'Placement disruption meeting records',
			'The fostering service’s annual report'
		]
	},
	'careless-2-3': {
		why: 'Tom and Nikki asked to adopt the children they fostered, but the council was slow to assess them and to seek a placement order, and then removed the children. In Sally’s story the grandparents were steered into a private order instead of being supported as family carers, and the council later paid for them to seek special guardianship. Both show how a child’s long-term home can be left unsettled; the Ombudsman asks how many children now have one.',
		cases: [tomAndNikki, sally],
		strongAnswer: [
			'How many children in care have a plan for permanence, by route (return home, long-term fostering, special guardianship, child arrangements order, adoption), on a named date.',
			'How many left care for adoption or special guardianship in the year, and how long it took against England and the adoption scorecard.',
			'Children still without a permanence decision at their second review, and what is done about drift.',
			'Actions, owners and dates, and a frank view of where delay remains.'
		],
		dataSources: [
			'The DfE children looked after return (SSDA903): legal status and reason for leaving care',
			'The adoption scorecard and the regional adoption agency’s reports',
			'The permanence tracker or permanence panel minutes',
			'The independent reviewing officers’ (IRO) annual report'
		]
	},
	'careless-2-4': {
		why: 'Manjit, who has special educational needs, was due to move to secondary school, but the planning started late and she was hardly asked what she wanted. The report sets out that a child in care who moves home should be in a new school within 20 days if the old one is out of reach. The Ombudsman asks whether that happens, because time out of school is hard to win back.',
		cases: [adeleAndManjit],
		strongAnswer: [
			'How many children changed school because of a move in the period, and how many were on a new school’s roll within 20 school days; for any who were not, the reasons.',
			'The longest time any child was without a school place, and what happened.',
			'Who tracks this (the virtual school) and how slow admissions are escalated, including use of the council’s power to direct a school to admit.',
			'Actions with owners and dates, and a frank view of how reliable the council is on this.'
		],
		dataSources: [
			'The virtual school’s tracking of children in care and the virtual school head’s annual report',
			'Personal education plans (PEPs)',
			'The school admissions team’s records',
			'The DfE children looked after return (SSDA903): placement changes'
		]
	},
	'careless-2-5': {
		why: 'The council in Billy’s story had not planned for the homeless young people it could see coming, so when he needed somewhere it had nothing suitable nearby. The report reminds councils of their sufficiency duty: enough homes of the right kind, inside their own area, for the children they look after.',
		cases: [billy],
		strongAnswer: [
			'The sufficiency strategy: when it was last refreshed and what it says is missing (for example homes for teenagers with complex needs, sibling groups, parent and child placements).',
			'Local capacity now: in-house fostering households and places, the net gain or loss of carers in the year, local children’s home beds and supported accommodation.',
			'The share of children placed inside the council’s area, against statistical neighbours.',
			'Actions with dates: recruitment targets, homes opening, commissioning frameworks; and a frank view of the gap that remains.'
		],
		dataSources: [
			'The sufficiency strategy',
			'The fostering service’s annual report and the Ofsted fostering data collection',
			'The DfE children looked after return (SSDA903): placement location',
			'The placements or commissioning team’s records and regional framework data'
		]
	},
	'careless-2-6': {
		why: 'Manjit’s move to secondary school was planned late and with little say from her, which made a hard change harder. The report says every child in care should have a personal education plan as part of the care plan; the Ombudsman asks whether those plans are current, because an out-of-date plan cannot steer a school move.',
		cases: [adeleAndManjit],
		strongAnswer: [
			'The percentage of school-age children in care with a personal education plan (PEP) reviewed this term, on a named date, and the percentage judged good in the virtual school’s quality audit.',
			'Early years and post-16 plans, if the council keeps them.',
			'How children’s own views are recorded in their plan.',
			'What is being done about late or weak plans, with dates, and a frank view of quality.'
		],
		dataSources: [
			'The virtual school head’s annual report',
			'Reports from the electronic PEP system',
			'PEP quality audits'
		]
	},
	'careless-2-7': {
		why: 'No case in the report turns on the pupil premium; the question follows from the virtual school head’s part in children’s schooling, seen in Manjit’s story where the council and the virtual head chose her school. The extra funding for children in care (pupil premium plus) is one of the virtual head’s main levers, so the Ombudsman asks how it is used.',
		cases: [adeleAndManjit],
		strongAnswer: [
			'The pupil premium plus grant for the year: how much goes to schools, how much is kept centrally and what it pays for.',
			'How schools account for it through each child’s PEP targets, and what the virtual school does when targets are missed.',
			'Evidence of effect: attainment and progress of the council’s children in care against children in care in England and all pupils.',
			'A frank view of what works and what will change, with dates.'
		],
		dataSources: [
			'The virtual school head’s annual report',
			'Pupil premium plus allocation and spending records',
			'DfE statistics on outcomes for children in need and children looked after',
			'PEP targets'
		]
	},
	'careless-2-8': {
		why: 'Manjit has an Education, Health and Care (EHC) plan. Delay in planning her next school left her anxious and unsure, and the choice was made before an advocate could help her say what she wanted. The Ombudsman asks whether the EHC plan process is slow for children in care.',
		cases: [adeleAndManjit],
		strongAnswer: [
			'How many children in care have an EHC plan, and the percentage of new plans for them issued within 20 weeks, beside the figure for all children locally and England, for the last year.',
			'Timeliness of annual reviews and of plans amended for a change of school phase.',
			'How the virtual school and the special educational needs team work together, and how children’s views reach the plan.',
			'Actions with owners and dates, and a frank view of the delays that remain.'
		],
		dataSources: [
			'The special educational needs team’s timeliness data (the SEN2 return)',
			'The virtual school head’s annual report',
			'Personal education plans (PEPs)',
			'Records of appeals to the SEND Tribunal'
		]
	},
	'careless-3-1': {
		why: 'In Tom and Nikki’s story the council changed the children’s plan without a review meeting and without their independent reviewing officer (IRO). In Marcus’ story his IRO spotted at 16 that he had no identity documents, yet years later nothing had been solved. IROs are the check on care planning; the Ombudsman asks what they are raising and whether anyone acts on it.',
		cases: [tomAndNikki, marcus],
		strongAnswer: [
			'The main themes IROs raised in the last year, from their annual report, and how many formal concerns were logged.',
			'Reviews held on time and children taking part in their own reviews, as percentages for a named period.',
			'How quickly review recommendations are completed, and what audits show.',
			'What is being done about the themes, by whom and by when, and a frank view of how far IROs are satisfied.'
		],
		dataSources: [
			'The independent reviewing officers’ (IRO) annual report',
			'The IRO dispute resolution and escalation log',
			'The DfE children looked after return (SSDA903): reviews in time and participation',
			'Case file audits'
		]
	},
	'careless-3-2': {
		why: 'Marcus’ reviewing officer raised the problem of his missing documents, but it dragged on long after he left care. In Tom and Nikki’s story the officer was not even consulted. A reviewing officer’s concern only helps a child if it can be taken up the line quickly; the Ombudsman asks whether that route works.',
		cases: [marcus, tomAndNikki],
		strongAnswer: [
			'The written dispute resolution protocol: its stages, who is involved at each, and the timescales.',
			'How many escalations there were in the year, at which stage they were settled, how long they took, and how many reached the director.',
			'One or two anonymised examples of what changed for a child.',
			'A frank view of whether IROs feel able to challenge, including their caseloads.'
		],
		dataSources: [
			'The independent reviewing officers’ (IRO) annual report',
			'The dispute resolution and escalation log',
			'IRO caseload figures'
		]
	},
	'careless-3-3': {
		why: 'Donna came to the Ombudsman more than a year after she knew what had happened, and the Ombudsman notes that young people often only realise later that they were let down; when she complained to the council, it took a year to reply. Albert’s complaint was also slow. Children can only use a complaints process they know about and understand.',
		cases: [donna, albert],
		strongAnswer: [
			'Where children find out how to complain (leaflets, website, app, the children in care council), when the material was last checked, and whether young people helped write it.',
			'How many complaints came from children themselves rather than adults on their behalf, as a sign the route is known.',
			'Whether the information exists in accessible formats and community languages.',
			'Actions with dates, and a frank view of how easy it really is for a child to complain.'
		],
		dataSources: [
			'The complaints manager’s annual report on children’s social care complaints',
			'The complaints log',
			'Feedback from the children in care council',
			'Surveys of children in care, such as Bright Spots'
		]
	},
	'careless-3-4': {
		why: 'Manjit was given an advocate only after her school had been chosen. The Ombudsman thought Daniel, in Mayte and Blanca’s story, needed one because his family and the council disagreed. Marcus brought his complaint with an advocate’s help. Children have a right to ask for one, and they need to be told so in time.',
		cases: [adeleAndManjit, mayteAndBlanca, marcus],
		strongAnswer: [
			'How and when children are told about advocacy (when they come into care, before each review, by their IRO) and how that is checked.',
			'Referrals to the advocacy service in the year, the share of children in care who used it, and waiting times.',
			'The offer of independent visitors and how many children have one.',
			'Actions with dates, and a frank view of whether children know.'
		],
		dataSources: [
			'The advocacy provider’s contract monitoring reports',
			'The independent reviewing officers’ (IRO) annual report',
			'The complaints manager’s annual report',
			'The children in care council'
		]
	},
	'careless-3-5': {
		why: 'Albert’s complaint was upheld but took too long; Donna waited a year for a reply; Marcus went to the Ombudsman partly so that other children would not go through what he did, and his council then checked every child in its care without a passport. Complaints are evidence of what is going wrong, so the Ombudsman asks how many there are and what changed.',
		cases: [albert, donna, marcusRemedy],
		strongAnswer: [
			'The number of complaints from or about children in care in the year, by stage (1, 2 and 3), with the trend over three years.',
			'The share answered on time at each stage, the share upheld, and Ombudsman enquiries and decisions.',
			'Two or three specific changes made because of complaints, with dates.',
			'A frank view of what complaints say about the service.'
		],
		dataSources: [
			'The complaints manager’s annual report',
			'The complaints log',
			'The Ombudsman’s annual review letter and its council performance map',
			'The learning or action log kept from complaints'
		]
	},
	'careless-4-1': {
		why: 'Soon after the council failed him, Billy was detained under the Mental Health Act for nearly a year. The report’s good practice list says that a child in care who is deprived of liberty is still owed everything a looked after child is owed. The Ombudsman asks how many such children there are and whether their care carries on.',
		cases: [billy],
		strongAnswer: [
			'The number of children in care on a named date in youth custody, in secure children’s homes (welfare and justice places) and in mental health hospitals, and any under deprivation of liberty orders elsewhere.',
			'For each group, whether visits, reviews and PEPs continued, as percentages.',
			'How children remanded to youth detention, who become looked after, are tracked.',
			'A frank view of gaps.'
		],
		dataSources: [
			'The DfE children looked after return (SSDA903): placement types for secure units, youth custody and health settings',
			'Youth justice service data',
			'The register of secure accommodation and deprivation of liberty orders',
			'The independent reviewing officers’ (IRO) annual report'
		]
	},
	'careless-4-2': {
		why: 'Billy’s story shows how quickly a young person’s health can fall apart when there is no safe place to go; the council had not planned for a need it could foresee. Leaving custody or hospital is another point where planning decides what happens next, so the Ombudsman asks whether it is in place before the day comes.',
		cases: [billy],
		strongAnswer: [
			'When planning for release or discharge starts, who takes part, and whether a home is agreed before the date.',
			'How many children were released or discharged in the year, and how many had a home and education or training arranged on the day.',
			'Returns to custody or readmissions within a set period.',
			'Actions with owners and dates, and a frank view.'
		],
		dataSources: [
			'Youth justice service data and resettlement plans',
			'Discharge records for children’s mental health inpatient care (NHS)',
			'Care plans and pathway plans',
			'The independent reviewing officers’ (IRO) annual report'
		]
	},
	'careless-4-3': {
		why: 'Billy spent nearly a year detained under the Mental Health Act 1983. Anyone discharged after detention under certain sections is entitled to aftercare from health and social care together (section 117); the Ombudsman asks whether the council and the NHS have agreed how that works for children in care.',
		cases: [billy],
		strongAnswer: [
			'Whether there is a joint section 117 aftercare policy with the integrated care board, when it was agreed, and whether it covers children in care and care leavers.',
			'How many children in care were discharged after detention in the year, and whether each had an aftercare plan on the day.',
			'How aftercare is funded between health and the council, and any disputes.',
			'A frank view.'
		],
		dataSources: [
			'The section 117 aftercare register, kept with the NHS',
			'Children’s mental health service and integrated care board data',
			'Care plans',
			'Joint commissioning agreements'
		]
	},
	'careless-5-1': {
		why: 'Donna was moved out of foster care at 18 with her bags already packed, left without help to claim housing benefit, evicted, and homeless for three years; her council admitted it had failed her throughout. Marcus left care with no identity documents and had to be treated as a new care leaver. The Ombudsman asks how many care leavers get a service and whether it is good enough.',
		cases: [donna, marcusRemedy],
		strongAnswer: [
			'The number of care leavers aged 17 to 21 and 22 to 25 receiving a service, and the percentages in touch, in suitable accommodation, and in education, employment or training, against statistical neighbours and England, for the last year.',
			'Pathway plans up to date and personal advisers’ caseloads.',
			'How many young people are staying put with former foster carers, or staying close.',
			'What care leavers themselves say, actions with dates, and a frank view.'
		],
		dataSources: [
			'The DfE children looked after return (SSDA903): care leavers in touch, accommodation and activity around their birthdays',
			'The DfE local authority interactive tool (LAIT)',
			'The leaving care service’s performance reports',
			'The care leavers’ forum or survey',
			'Ofsted’s latest inspection judgement on care leavers'
		]
	},
	'careless-5-2': {
		why: 'Councils must publish a Local Offer telling care leavers what help they can have. Donna was not told what help she could get with her tenancy and benefits, fell into arrears and lost her home. The Ombudsman asks whether the offer exists on the website and says clearly what care leavers are entitled to.',
		cases: [donna],
		strongAnswer: [
			'The Local Offer’s web address, when it was last updated, and whether care leavers helped write it.',
			'What it promises on housing, council tax, benefits advice and setting up home, and how many care leavers used each.',
			'How care leavers are told about it (in pathway planning, by personal advisers) and in what formats.',
			'A frank view of whether it is known and used.'
		],
		dataSources: [
			'The Local Offer for care leavers on the council’s website',
			'The leaving care service’s records',
			'Feedback from the care leavers’ forum',
			'Care Leaver Covenant offers from local employers and partners'
		]
	}
};
