import type { Framework } from '../types.ts';

/*
 * Transcription notes (the copy we worked from is a council's agenda pack for
 * 17 October 2017, where the resource pack follows the LGA/NCB guide; its text
 * came out of a PDF):
 * - The pack prints no page numbers beside the lines of enquiry; pages count
 *   from its cover as page 1 (agenda pack page 105), which agrees with the one
 *   number the extraction kept (page 8 on agenda pack page 112) and with the
 *   pack's own "see page 10" for the Children in Care Council.
 * - The pack carries no month. That copy predates the statutory guidance it
 *   says is still to come (DfE, February 2018); it was circulated by October
 *   2017, which is the date recorded here.
 * - Line of enquiry 8 is followed by a second question in the body text ("What
 *   proportion … placed out of area, and why?"); the line of enquiry itself is
 *   the numbered heading, and the second question is summarised in its notes.
 * - The notes are ours: the pack's explanatory text, summarised in our words.
 */

/**
 * The Local Government Association's Corporate Parenting Resource Pack, "Key
 * lines of enquiry for all councillors": nine lines of enquiry under one
 * heading, each with explanatory text. The lines of enquiry are verbatim; the
 * notes summarise the explanation in our words; the mapping to the Corporate
 * Parenting Principles is our proposal, editable per answer.
 */
export const lgaCorporateParentingKloe: Framework = {
	id: 'lga-corporate-parenting-kloe',
	title: 'Corporate Parenting Resource Pack – key lines of enquiry for all councillors',
	shortTitle: 'LGA corporate parenting lines of enquiry (2017)',
	edition: '2017',
	source: {
		title: 'Corporate Parenting Resource Pack',
		publisher: 'Local Government Association',
		published: '2017-10',
		url: 'https://www.local.gov.uk/corporate-parenting-resource-pack',
		licence: '© Local Government Association 2017; lines of enquiry quoted with acknowledgement'
	},
	areas: [
		{
			id: 'lga-kloe',
			title: 'Key lines of enquiry for all councillors',
			questions: [
				{
					id: 'lga-kloe-1',
					text: 'What is our cohort of children in care and care leavers?',
					sourcePage: 10,
					principleIds: ['best-interests', 'safe-and-stable'],
					notes: [
						'Knowing the children is where acting in their interests starts: ages, how long they have been in care, where they live and in what kind of home (foster, secure, children’s home or other), how many wait for adoption, how many are unaccompanied asylum-seeking children, how settled their placements are, and where care leavers live and work.',
						'Social workers’ caseloads, so that every child gets enough of their worker’s time whatever their needs.',
						'How all of this compares with statistical neighbours and England, and which way it is moving.'
					]
				},
				{
					id: 'lga-kloe-2',
					text: 'Do all of our councillors and officers know about their corporate parenting responsibilities?',
					sourcePage: 10,
					principleIds: ['best-interests', 'access-services'],
					notes: [
						'Training on the role for each councillor soon after election.',
						'Every councillor weighing how new plans and policies would affect children in care; education, housing and skills matter most, but no department is exempt.',
						'Whether business plans and committee reports show officers thinking about children in care without being asked.',
						'Ways to raise awareness, such as inviting all councillors to celebration events or hearing from the Children in Care Council at full council or committee.'
					]
				},
				{
					id: 'lga-kloe-3',
					text: 'How are we giving children and young people the chance to express their views, wishes and feelings? How do we know those are being acted on?',
					sourcePage: 10,
					principleIds: ['express-views', 'consider-views'],
					notes: [
						'Children shaping their own care plans, and care leavers their pathway plans, with an advocate where needed; what independent reviewing officers report about how well children are heard.',
						'A Children in Care Council (perhaps with a separate forum for care leavers) that sets its own agenda and chooses how it works with the corporate parenting panel.',
						'Other routes for children who will not join a group: disabled children and those with special educational needs, children facing language or cultural barriers, very young children, children who disengage and children placed out of area.',
						'Passing what children say to the whole council, and telling children what changed because of it.'
					]
				},
				{
					id: 'lga-kloe-4',
					text: 'How do we show children in our care that we have high aspirations for them?',
					sourcePage: 11,
					principleIds: ['high-aspirations', 'prepare-for-adulthood'],
					notes: [
						'Children in care tend to do less well at school (moves, early trauma, less help at home); the right support narrows the gap, and the virtual school head can report progress and what is being done.',
						'Praise and reward as any child would get: award events, treats for a win, a card from the lead member after a good report.',
						'As leaving care nears, help from the social worker and personal adviser to think widely and ambitiously about the future.'
					]
				},
				{
					id: 'lga-kloe-5',
					text: 'What are we doing to look after the health and wellbeing of children in our care?',
					sourcePage: 12,
					principleIds: ['best-interests', 'access-services'],
					notes: [
						'Whether the joint strategic needs assessment covers children in care and care leavers, with a health and wellbeing strategy that the Health and Wellbeing Board oversees.',
						'Mental health, sexual health and family planning, and drug and alcohol services; support at school for special educational needs.',
						'Health records following the child between placements; annual health assessments (six-monthly for under-fives) done in a way children accept, with their feedback passed to the health commissioners.',
						'Sport, music and other activities that carry on after a move or after leaving care, and help to build a support network: mentors, groups, an independent visitor.'
					]
				},
				{
					id: 'lga-kloe-6',
					text: 'Are we providing stable environments for children in our care?',
					sourcePage: 13,
					principleIds: ['safe-and-stable'],
					notes: [
						'Stability supports mental health, progress at school, relationships and a sense of belonging.',
						'National figures on repeated placement moves, school moves and changes of social worker (DfE returns; the Children’s Commissioner’s Stability Index) give a comparison.',
						'Numbers need reading with care: leaving an unsuitable placement, or a well-managed change of worker, can be good for the child; know why each move happened and reduce those that do not serve the child.'
					]
				},
				{
					id: 'lga-kloe-7',
					text: 'What are outcomes like for our care leavers?',
					sourcePage: 13,
					principleIds: ['prepare-for-adulthood', 'high-aspirations'],
					notes: [
						'Care leavers knowing their personal adviser and social worker will stand by them through the move to living independently.',
						'Pathway plans that cover the options after school, whether study or work.',
						'For those aiming at university: help at school to get the grades, and reassurance about money and where to stay in the holidays.',
						'For others: how many are not in education, employment or training, whether that is improving, and how care leavers feature in the council’s recruitment, skills and economic plans.'
					]
				},
				{
					id: 'lga-kloe-8',
					text: 'How many children are we placing in out of area placements?',
					sourcePage: 14,
					principleIds: ['safe-and-stable', 'best-interests'],
					notes: [
						'The share of children placed out of area and the reasons for each.',
						'The sufficiency duty to secure, as far as possible, enough suitable homes within the council’s own area.',
						'Comparison with statistical neighbours and with two years ago: are children placed away for specialist care, or because there are too few local placements, and what is being done?',
						'A move out of area takes a child from school, friends, family and familiar places, so it must be for the right reasons.'
					]
				},
				{
					id: 'lga-kloe-9',
					text: 'How are we planning for the future/commissioning services?',
					sourcePage: 14,
					principleIds: ['access-services', 'consider-views'],
					notes: [
						'Where too many children are placed out of area, revisiting the sufficiency plan and commissioning.',
						'Understanding needs now and to come from data, feedback and trends, and using it to shape the local market: recruiting and training foster carers, the mix of in-house and bought-in care, children’s home places against well-supported foster care for complex needs.',
						'The right level for commissioning (local or regional), pooling budgets with partners for shared outcomes, and involving young people in commissioning.'
					]
				}
			]
		}
	]
};
