import type { Framework, FrameworkQuestion, PrincipleId } from '../types.ts';

/*
 * Transcription notes (the copy we worked from is a council's agenda pack,
 * where the guide is pages 73–104; its text came out of a PDF):
 * - Pages are the guide's own page numbers (agenda pack page minus 72). Each
 *   area starts on the page its contents list gives.
 * - Where a line break split a hyphenated word, the text extraction dropped the
 *   hyphen ("lookedafter"); the guide itself writes "looked-after", and so do we.
 * - The first question of areas 1 and 4 lost its bullet in the extraction; it
 *   sits under "Questions to ask" and reads as a question, so it is included.
 * - In area 10, question 2 has a stray bullet before "say about what they
 *   expect"; it is one question split by the layout, kept whole.
 * - The source's own wording is kept even where it slips ("Do you have
 *   mechanism for reviewing", "Regulation 33 visit").
 */

const question = (id: string, sourcePage: number, principleIds: PrincipleId[], text: string): FrameworkQuestion => ({
	id,
	text,
	sourcePage,
	principleIds
});

/**
 * The Local Government Association and National Children's Bureau guide "10
 * questions to ask if you're scrutinising services for looked after children"
 * (revised June 2012): ten question areas, each with its "Questions to ask".
 * Area titles and questions are verbatim; the mapping to the Corporate
 * Parenting Principles is our proposal, editable per answer.
 */
export const lgaNcb10Questions2012: Framework = {
	id: 'lga-ncb-10-questions-2012',
	title: '10 questions to ask if you’re scrutinising services for looked after children',
	shortTitle: 'LGA/NCB 10 questions (June 2012)',
	edition: '2012-06',
	source: {
		title: '10 questions to ask if you’re scrutinising services for looked after children (revised June 2012)',
		publisher: 'Local Government Association and National Children’s Bureau',
		published: '2012-06',
		url: 'https://www.local.gov.uk/publications/10-questions-ask-if-youre-scrutinising-services-looked-after-children',
		licence: '© Local Government Association, June 2012 (L12-432); questions quoted with acknowledgement'
	},
	areas: [
		{
			id: 'lga10-1',
			title: 'How well does your authority do in commissioning or providing services for looked after children?',
			questions: [
				question('lga10-1-1', 9, ['best-interests', 'access-services'], 'Who are your looked-after children in terms of age, gender, ethnicity, religious or cultural background and disability, and what needs and challenges does this profile present?'),
				question('lga10-1-2', 9, ['express-views', 'consider-views'], 'Do you have a system for seeking feedback from looked-after children and care-leavers about the services they receive?'),
				question('lga10-1-3', 9, ['best-interests', 'access-services'], 'Do you receive a copy of the annual report from the IRO service, and is it used to identify gaps in services?'),
				question('lga10-1-4', 10, ['access-services'], 'Do arrangements for commissioning services involve all relevant council departments and other agencies?'),
				question('lga10-1-5', 10, ['access-services', 'best-interests'], 'How will any changes in local health service structures, for example the move to GP commissioning, impact on any joint commissioning arrangements?'),
				question('lga10-1-6', 10, ['best-interests', 'access-services'], 'Does your local joint strategic needs assessment (JSNA) include information on the needs of your looked after children and care-leavers?'),
				question('lga10-1-7', 10, ['access-services', 'high-aspirations'], 'Do you have mechanism for reviewing the effectiveness of the services you commission, based on outcomes?'),
				question('lga10-1-8', 10, ['access-services'], 'What is the cost of your residential provision by comparison with other areas?'),
				question('lga10-1-9', 10, ['safe-and-stable', 'access-services'], 'How much do you spend on out-of-area placements for looked-after children? Is this rising or falling?')
			]
		},
		{
			id: 'lga10-2',
			title: 'How well do your children in care do at school, both academically and in terms of other kinds of achievements?',
			questions: [
				question('lga10-2-1', 12, ['high-aspirations'], 'What results are achieved by looked-after children compared with other children at local schools, and with looked-after children in other authorities?'),
				question('lga10-2-2', 12, ['high-aspirations', 'safe-and-stable'], 'How well are children placed outside your local authority area doing at school?'),
				question('lga10-2-3', 12, ['high-aspirations'], 'What plans does the council have to raise the educational attainment of looked-after children?'),
				question('lga10-2-4', 12, ['high-aspirations', 'access-services'], 'Do you have a ‘virtual school head’, designated teachers and designated school governors in place? How effective are these arrangements?'),
				question('lga10-2-5', 12, ['high-aspirations', 'access-services'], 'How are individual children and young people supported to achieve, both within and outside school?'),
				question('lga10-2-6', 12, ['high-aspirations', 'prepare-for-adulthood'], 'How are children supported to continue in further and higher education?'),
				question('lga10-2-7', 12, ['access-services', 'safe-and-stable'], 'How do schools’ admissions policies treat looked-after children, for example are they able to attend the same school as other children in their foster family, and how many looked-after children get into the highest performing schools?'),
				question('lga10-2-8', 12, ['express-views', 'high-aspirations'], 'What do looked-after children and young people themselves say about their education and aspirations?'),
				question('lga10-2-9', 12, ['high-aspirations', 'access-services'], 'Are looked-after children able to participate in after-school activities and enjoy learning and achievement in all its forms? If not, what are the barriers?'),
				question('lga10-2-10', 12, ['high-aspirations'], 'Does your council have a way to celebrate the achievements (whether sporting, academic, musical, attendance, personal bests) of looked-after children, and are councillors given regular updates?'),
				// The extraction reads "lookedafter" here (a line-break hyphen).
				question('lga10-2-11', 12, ['high-aspirations', 'safe-and-stable'], 'Do you monitor the numbers of looked-after children excluded from school, and do you know what alternative provision is available for them?'),
				question('lga10-2-12', 12, ['high-aspirations'], 'Do all looked-after children have a PEP and are these audited for quality?')
			]
		},
		{
			id: 'lga10-3',
			title: 'How good is the health and wellbeing of children in your care?',
			questions: [
				question('lga10-3-1', 13, ['best-interests'], 'What proportion of children’s health assessments and dental checks are carried out on time?'),
				question('lga10-3-2', 13, ['best-interests', 'access-services'], 'Is there a designated doctor and nurse for looked-after children?'),
				question('lga10-3-3', 13, ['best-interests', 'access-services'], 'Are looked-after children a priority group for getting access to child and adolescent mental health services (CAMHS) and how long are waiting times for referrals?'),
				question('lga10-3-4', 13, ['best-interests', 'access-services'], 'As an at-risk group, what access do looked-after children and young people get to services to help with substance misuse, sexual health and teenage pregnancy?'),
				question('lga10-3-5', 13, ['best-interests', 'prepare-for-adulthood'], 'What support is given to foster carers and young people themselves about promoting healthy lifestyles?'),
				question('lga10-3-6', 13, ['best-interests'], 'Do you receive regular reports on the health needs and outcomes of looked-after children?'),
				question('lga10-3-7', 13, ['express-views', 'consider-views', 'best-interests'], 'What do looked-after children and young people themselves say about their health needs and priorities and how well they are met?'),
				question('lga10-3-8', 13, ['consider-views', 'access-services'], 'Is this evidence about outcomes and experiences used to inform the commissioning of services?')
			]
		},
		{
			id: 'lga10-4',
			title: 'How stable and secure are the lives of your looked-after children while they are in your care?',
			questions: [
				question('lga10-4-1', 14, ['safe-and-stable'], 'How stable are your placements? How many children move placements three or more times during a year or remain in the same placement for two or more years?'),
				question('lga10-4-2', 14, ['safe-and-stable', 'best-interests'], 'What do you know about the children who experience changes of placement?'),
				question('lga10-4-3', 14, ['safe-and-stable', 'best-interests'], 'What are the needs of children that require them to be placed out of the area of the authority?'),
				question('lga10-4-4', 14, ['safe-and-stable', 'access-services'], 'If additional services were provided either by the local authority or by partner agencies, could they be looked after within the area of the local authority?'),
				question('lga10-4-5', 14, ['safe-and-stable'], 'How are you fulfilling your ‘sufficiency duty’?'),
				question('lga10-4-6', 15, ['express-views', 'consider-views', 'safe-and-stable'], 'What choice and information do children and young people have about their placements, for example, do they get to meet potential foster carers or visit children’s homes before they go to live there?'),
				question('lga10-4-7', 15, ['safe-and-stable', 'high-aspirations'], 'If children have to move placement, what arrangements are made to keep them at the same school, for example transport?'),
				question('lga10-4-8', 15, ['safe-and-stable', 'best-interests'], 'Are you satisfied that children are supported to maintain relationships with people that are significant to them?'),
				question('lga10-4-9', 15, ['express-views', 'consider-views'], 'What do looked-after children say about their placements?')
			]
		},
		{
			id: 'lga10-5',
			title: 'How well does your authority do at finding appropriate adoptive families for children for whom it is decided this is the right option?',
			questions: [
				question('lga10-5-1', 17, ['safe-and-stable', 'best-interests'], 'What percentage of children have a permanence plan by their second review?'),
				question('lga10-5-2', 17, ['safe-and-stable'], 'What percentage of children are placed for adoption within 12 months of the decision to adopt and are subsequently adopted?'),
				question('lga10-5-3', 17, ['safe-and-stable', 'best-interests'], 'How long does it take to make the decision to place a child for adoption, particularly for new-born babies?'),
				question('lga10-5-4', 17, ['best-interests', 'safe-and-stable'], 'What is the profile of your children in care compared with prospective adoptive families, and if there is an imbalance, what steps are being taken to address this?'),
				question('lga10-5-5', 17, ['safe-and-stable', 'best-interests'], 'How are sibling groups treated and what steps are taken to ensure they stay together, whether in adoption, fostering or residential care?'),
				question('lga10-5-6', 17, ['safe-and-stable', 'best-interests'], 'What is the profile of children waiting for a permanent placement and what are the barriers to finding them a home?'),
				question('lga10-5-7', 17, ['safe-and-stable'], 'How long does it take to respond to prospective adopters and what are their views on how they have been treated?'),
				question('lga10-5-8', 17, ['express-views', 'consider-views'], 'What do children and young people, for example in your local children in care council, say about adoption processes?')
			]
		},
		{
			id: 'lga10-6',
			title: 'How well do your foster care arrangements work?',
			questions: [
				question('lga10-6-1', 19, ['safe-and-stable', 'best-interests'], 'Do you have a sufficient pool of suitable foster carers locally to meet the needs of children needing placements? If not, what steps are being taken to address this?'),
				question('lga10-6-2', 19, ['safe-and-stable', 'access-services'], 'What support is given to your foster carers, including family and friends carers, and how easily can they access it, both for themselves and the child in their care?'),
				question('lga10-6-3', 19, ['safe-and-stable'], 'What do foster carers themselves say about the support they receive, including out-of-hours support and about their relationships with social workers and other professionals?'),
				question('lga10-6-4', 19, ['best-interests', 'safe-and-stable'], 'Are there clear arrangements for delegating responsibility to foster carers for day-to-day decisions?'),
				question('lga10-6-5', 19, ['access-services', 'safe-and-stable'], 'Is there more ‘in-kind’ support that would facilitate and make the fostering role easier, such as bus passes, access to leisure centres etc?'),
				question('lga10-6-6', 19, ['express-views', 'consider-views'], 'What do looked-after children and young people themselves say about their experience of fostering?'),
				question('lga10-6-7', 19, ['safe-and-stable'], 'What is the turnover of foster carers and do you know the reasons why carers leave?')
			]
		},
		{
			id: 'lga10-7',
			title: 'How good is the standard of residential care provided or used by your authority?',
			questions: [
				question('lga10-7-1', 20, ['best-interests'], 'What is the profile of the children placed in residential care by your authority?'),
				question('lga10-7-2', 20, ['safe-and-stable', 'best-interests'], 'Who provides the residential placements used by your authority and what is their Ofsted rating?'),
				question('lga10-7-3', 20, ['high-aspirations', 'best-interests'], 'What are the outcomes of children in residential care compared to the rest of your looked after children?'),
				question('lga10-7-4', 20, ['safe-and-stable', 'best-interests'], 'Do you have any children placed in ‘secure care’?'),
				question('lga10-7-5', 20, ['safe-and-stable', 'best-interests'], 'How is the experience of children placed in residential care outside the authority monitored?'),
				question('lga10-7-6', 20, ['safe-and-stable'], 'How does your use of residential care compare with other similar authorities?'),
				question('lga10-7-7', 20, ['safe-and-stable', 'best-interests'], 'If your authority operates its own children’s homes, what are the arrangements for undertaking Regulation 33 visit and how effective are these?'),
				question('lga10-7-8', 21, ['express-views', 'consider-views'], 'What do looked-after children and young people themselves say about their experience of living in residential care?'),
				question('lga10-7-9', 21, ['express-views', 'safe-and-stable'], 'How are any complaints about standards of care in residential homes and issues such as bullying dealt with? How many are there and what happens as a result?')
			]
		},
		{
			id: 'lga10-8',
			title: 'What support does your authority provide to young people leaving care and how effective is it?',
			questions: [
				question('lga10-8-1', 23, ['prepare-for-adulthood', 'access-services'], 'How many care leavers is your authority still in touch with a year after they have left the care of the authority? How many are they in touch with after three years?'),
				question('lga10-8-2', 23, ['prepare-for-adulthood', 'high-aspirations'], 'What do you know about the outcomes of the children who were formerly in your authority’s care?'),
				question('lga10-8-3', 23, ['prepare-for-adulthood', 'high-aspirations'], 'How many formerly looked-after young people are NEETs (not in education, employment and training)?'),
				question('lga10-8-4', 23, ['prepare-for-adulthood', 'access-services'], 'What support do young people leaving care receive to access housing, tenancy support, employment, access to benefits, further and higher education and training?'),
				question('lga10-8-5', 23, ['safe-and-stable', 'prepare-for-adulthood'], 'Do you make any provision for young people to stay in their placement beyond the age of 18?'),
				question('lga10-8-6', 23, ['express-views', 'consider-views', 'prepare-for-adulthood'], 'What do former looked-after children and young people themselves say about their experience of leaving care and the support that is or was provided?')
			]
		},
		{
			id: 'lga10-9',
			title: 'How effective is your professional workforce of social workers and others responsible for running services for and working with looked-after children?',
			questions: [
				question('lga10-9-1', 24, ['safe-and-stable', 'best-interests'], 'What are the levels of social work vacancies, turnover, stress-related sickness, use of agency staff and ratios between newly qualified and experienced social workers and what action are management taking to address these?'),
				question('lga10-9-2', 24, ['safe-and-stable'], 'What continuity of social worker support is there for looked-after children and what are the case loads carried by social work staff?'),
				// The extraction reads "lookedafter" here (a line-break hyphen).
				question('lga10-9-3', 24, ['best-interests', 'express-views'], 'What proportion of social workers’ time is spent doing face-to-face work with looked-after children as opposed to paper work and could this be improved?'),
				question('lga10-9-4', 24, ['best-interests', 'consider-views'], 'What does the annual IRO report say about the effectiveness of care planning in the authority and is action taken to address any weaknesses that it identifies?'),
				question('lga10-9-5', 24, ['best-interests'], 'Are there enough opportunities for social workers to develop their skills and to engage in reflective learning?'),
				question('lga10-9-6', 24, ['access-services', 'best-interests'], 'Is there evidence that staff from across the authority and other partners are working together to deliver what looked-after children need?'),
				question('lga10-9-7', 24, ['express-views', 'consider-views'], 'What do looked-after children and their carers say about their experience of engaging with social workers and other professionals?'),
				question('lga10-9-8', 24, ['express-views', 'consider-views'], 'Are looked-after children and young people involved in recruitment and development of services?')
			]
		},
		{
			id: 'lga10-10',
			title: 'What more could be done to fulfil the council’s responsibilities as a ‘corporate parent’?',
			questions: [
				question('lga10-10-1', 25, ['best-interests'], 'Does your council have an effective structure for the governance of corporate parenting, including councillors?'),
				// Printed with a stray bullet before "say about what they expect"; one question, kept whole.
				question('lga10-10-2', 25, ['express-views', 'consider-views'], 'Do looked-after children know who their ‘corporate parents’ are? What do they say about what they expect from local councillors and others acting as their ‘corporate parents’?'),
				question('lga10-10-3', 25, ['best-interests'], 'Do all members receive mandatory training on their roles and responsibilities as corporate parents when they are elected and is this refreshed during their term of office?'),
				question('lga10-10-4', 26, ['express-views', 'high-aspirations'], 'Are there appropriate opportunities for elected members to meet and listen to looked-after children and young people, and to celebrate and praise their achievements when they do well?'),
				question('lga10-10-5', 26, ['express-views', 'consider-views'], 'Is there an active children in care council which regularly meets with elected members and others in authority (across the council and other partners) to express the views and needs of your looked-after children?'),
				question('lga10-10-6', 26, ['consider-views'], 'Is the children in care council happy with the way in which its views influence policy and practice?'),
				question('lga10-10-7', 26, ['express-views', 'consider-views'], 'How are children and young people’s complaints responded to and what is learnt from them?')
			]
		}
	]
};
