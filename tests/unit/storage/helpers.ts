import { emptyDetailsInput, type AssessmentDetailsInput } from '../../../src/lib/domain/assessment.ts';

/** Details for a valid statement, as typed into the form. */
export function detailsInput(overrides: Partial<AssessmentDetailsInput> = {}): AssessmentDetailsInput {
	return {
		...emptyDetailsInput(),
		council: 'Anytown Borough Council',
		service: 'Children and Learning',
		panel: 'Children and Families Scrutiny Panel',
		meetingDate: { day: '25', month: '3', year: '2026' },
		coordinatorName: 'Sam Patel',
		coordinatorDesignation: 'Quality Assurance Unit Manager',
		...overrides
	};
}
