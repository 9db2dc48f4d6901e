import type { Response } from '../../../src/lib/domain/types.ts';

/**
 * A stored answer for tests: empty and in progress, with whatever
 * the test cares about given in `fields`. One place, so a new field on
 * Response is added to every test's answers at once.
 */
export function storedResponse(fields: Partial<Response> & Pick<Response, 'questionId'>): Response {
	return {
		id: fields.questionId,
		assessmentId: 'a',
		statement: '',
		reporters: [],
		selfRating: 'not-rated',
		principleIds: [],
		status: 'in-progress',
		exempt: false,
		exemptionCategory: '',
		notApplicable: false,
		notApplicableReason: '',
		figures: [],
		actions: [],
		rev: 1,
		createdAt: '',
		updatedAt: '',
		updatedBy: '',
		...fields
	};
}
