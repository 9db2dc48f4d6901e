import type { Framework } from '../types.ts';

/**
 * The Local Government and Social Care Ombudsman's focus report "Careless:
 * helping to improve council services to children in care" (December 2020),
 * section "Encouraging local accountability – questions for scrutiny".
 * Question text is verbatim (Open Government Licence); the mapping to the
 * Corporate Parenting Principles is our proposal, editable per answer.
 */
export const lgscoCareless2020: Framework = {
	id: 'lgsco-careless-2020',
	title: 'Careless: helping to improve council services to children in care – questions for scrutiny',
	shortTitle: 'LGSCO Careless (December 2020)',
	edition: '2020-12',
	source: {
		title: 'Careless: helping to improve council services to children in care. Focus report: learning lessons from complaints',
		publisher: 'Local Government and Social Care Ombudsman',
		published: '2020-12',
		url: 'https://www.lgo.org.uk/information-centre/reports/focus-reports',
		licence: 'Open Government Licence v3.0'
	},
	areas: [
		{
			id: 'careless-1',
			title: 'Accommodation for 16 and 17 year olds',
			questions: [
				{
					id: 'careless-1-1',
					text: 'How many 16 and 17 years old are in bed and breakfast accommodation or in unregulated homes?',
					sourcePage: 24,
					principleIds: ['safe-and-stable', 'best-interests']
				},
				{
					id: 'careless-1-2',
					text: 'What action is the council taking to ensure their welfare is promoted and safeguarded?',
					sourcePage: 24,
					principleIds: ['best-interests', 'safe-and-stable', 'prepare-for-adulthood']
				}
			]
		},
		{
			id: 'careless-2',
			title: 'The placing of children in care',
			questions: [
				{
					id: 'careless-2-1',
					text: 'How many children in care are placed out of area, or at a distance, and are social workers visiting these children in accordance with statutory requirements?',
					sourcePage: 24,
					principleIds: ['safe-and-stable', 'express-views']
				},
				{
					id: 'careless-2-2',
					text: 'How many placement moves does a child in care have on average?',
					sourcePage: 24,
					principleIds: ['safe-and-stable']
				},
				{
					id: 'careless-2-3',
					text: 'How many children in care are now in permanent placements?',
					sourcePage: 24,
					principleIds: ['safe-and-stable', 'best-interests']
				},
				{
					id: 'careless-2-4',
					text: 'Have children in care been placed in a school within 20 days of a placement move if they are unable to attend their previous school?',
					sourcePage: 24,
					principleIds: ['high-aspirations', 'safe-and-stable']
				},
				{
					id: 'careless-2-5',
					text: 'What action is the council taking to ensure sufficient accommodation is available for children in their care within their home area?',
					sourcePage: 24,
					principleIds: ['safe-and-stable', 'access-services']
				},
				{
					id: 'careless-2-6',
					text: 'Do children in care have up to date personal education plans?',
					sourcePage: 24,
					principleIds: ['high-aspirations', 'consider-views']
				},
				{
					id: 'careless-2-7',
					text: 'How does the virtual school head manage the school age pupil premium?',
					sourcePage: 24,
					principleIds: ['high-aspirations', 'access-services']
				},
				{
					id: 'careless-2-8',
					text: 'Are there delays in the Education, Health and Care plan process?',
					sourcePage: 24,
					principleIds: ['access-services', 'high-aspirations']
				}
			]
		},
		{
			id: 'careless-3',
			title: 'Learning from complaints',
			questions: [
				{
					id: 'careless-3-1',
					text: 'What concerns have independent reviewing officers raised about children in care and are they satisfied that care planning is appropriate and that recommendations, made at their statutory review meetings, are being implemented promptly?',
					sourcePage: 25,
					principleIds: ['best-interests', 'consider-views']
				},
				{
					id: 'careless-3-2',
					text: 'Is there a robust dispute resolution process to ensure cases are appropriately escalated to senior managers by independent reviewing officers?',
					sourcePage: 25,
					principleIds: ['best-interests', 'consider-views']
				},
				{
					id: 'careless-3-3',
					text: "Are the council's leaflets or website information about how to make complaints clear to children and young people? Are they easily available?",
					sourcePage: 25,
					principleIds: ['express-views', 'access-services']
				},
				{
					id: 'careless-3-4',
					text: 'Are children and young people told about their entitlement to ask for an advocate?',
					sourcePage: 25,
					principleIds: ['express-views', 'access-services']
				},
				{
					id: 'careless-3-5',
					text: 'How many complaints has a council received from children in care (either from them or on their behalf)? What has been the outcome and the learning from them?',
					sourcePage: 25,
					principleIds: ['express-views', 'consider-views']
				}
			]
		},
		{
			id: 'careless-4',
			title: 'Children in secure accommodation',
			questions: [
				{
					id: 'careless-4-1',
					text: "How many children in care are deprived of their liberty either in youth offending units, secure children's homes or in a child or adolescent psychiatric unit? Are they still receiving services as a child in care?",
					sourcePage: 25,
					principleIds: ['best-interests', 'access-services']
				},
				{
					id: 'careless-4-2',
					text: 'Is there sufficient planning and support for these children when released or discharged from these secure settings?',
					sourcePage: 25,
					principleIds: ['safe-and-stable', 'prepare-for-adulthood']
				},
				{
					id: 'careless-4-3',
					text: 'Has the council agreed with its health partners an aftercare policy for children in care, who have been detained under the Mental Health Act then discharged into the community?',
					sourcePage: 25,
					principleIds: ['best-interests', 'access-services']
				}
			]
		},
		{
			id: 'careless-5',
			title: 'Children leaving care',
			questions: [
				{
					id: 'careless-5-1',
					text: 'How many care leavers are being provided with services and are the arrangements satisfactory?',
					sourcePage: 25,
					principleIds: ['prepare-for-adulthood', 'access-services']
				},
				{
					id: 'careless-5-2',
					text: 'Does the council have a Local Offer on its website which explains what care leavers are entitled to?',
					sourcePage: 25,
					principleIds: ['access-services', 'prepare-for-adulthood']
				}
			]
		}
	]
};
