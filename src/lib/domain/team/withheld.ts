import type { Response } from '../types.ts';

/**
 * An exempt answer that is not shared with this person never reaches their
 * device; the main document says only where it is. These stand-ins mark the
 * place, so every view and export shows "exempt" rather than "unanswered",
 * and carry nothing of the answer.
 */

/** A question whose exempt answer is withheld from this person, with the exemption the public copy states. */
export interface WithheldQuestion {
	questionId: string;
	exemptionCategory: string;
}

/** The stand-in for the withheld answer to a question. */
export function withheldAnswer(assessmentId: string, { questionId, exemptionCategory }: WithheldQuestion): Response {
	return {
		id: `withheld:${questionId}`,
		assessmentId,
		questionId,
		statement: '',
		reporters: [],
		selfRating: 'not-rated',
		principleIds: [],
		status: 'not-started',
		exempt: true,
		exemptionCategory,
		notApplicable: false,
		notApplicableReason: '',
		figures: [],
		actions: [],
		rev: 0,
		createdAt: '',
		updatedAt: '',
		updatedBy: ''
	};
}

/** The answers on this device with a stand-in for each withheld question that has none. */
export function withWithheld(assessmentId: string, responses: readonly Response[], withheld: readonly WithheldQuestion[]): Response[] {
	const answered = new Set(responses.map((r) => r.questionId));
	return [...responses, ...withheld.filter((w) => !answered.has(w.questionId)).map((w) => withheldAnswer(assessmentId, w))];
}
