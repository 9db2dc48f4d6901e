import { sortPrincipleIds } from './frameworks/principles.ts';
import { detailsOf, type ResponseDraft } from './response.ts';
import type { AnswerDetails, Response, Revision } from './types.ts';

/**
 * Saved versions of an answer, as every save keeps them: each the whole
 * answer. Small and on the save path (so on every page that saves); how two
 * versions differ, in words, is `version-changes.ts`, for the history screen.
 */

/** A saved version holding the whole of an answer as stored now. */
export function versionOf(response: Response, id: string, savedAt: string, savedBy: string): Revision {
	return {
		id,
		responseId: response.id,
		assessmentId: response.assessmentId,
		questionId: response.questionId,
		rev: response.rev,
		statement: response.statement,
		details: detailsOf(response),
		savedAt,
		savedBy
	};
}

/** The details in a fixed shape and key order, so two equal answers compare equal as text. */
function detailsKey(d: AnswerDetails): string {
	return JSON.stringify([
		d.reporters.map((r) => [r.name, r.designation]),
		d.selfRating,
		// A set: the order they were ticked in is no change.
		sortPrincipleIds(d.principleIds),
		d.status,
		d.exempt,
		d.exemptionCategory,
		d.notApplicable,
		d.notApplicableReason,
		d.figures.map((f) => [f.id, f.indicator, f.value, f.unit, f.period, f.comparators.map((c) => [c.kind, c.value]), f.direction, f.source]),
		d.actions.map((a) => [a.id, a.text, a.owner, a.dueDate, a.status])
	]);
}

/**
 * True for an answer with nothing in it yet: no text, no reporter, and every
 * detail as a blank answer starts (principles aside, which start as the
 * question suggests). Its first save is not a version worth listing.
 */
export function isUntouched(answer: Pick<ResponseDraft, 'statement'> & AnswerDetails): boolean {
	return (
		answer.statement === '' &&
		answer.reporters.every((r) => !r.name.trim() && !r.designation.trim()) &&
		answer.selfRating === 'not-rated' &&
		answer.status === 'not-started' &&
		!answer.exempt &&
		!answer.notApplicable &&
		answer.figures.length === 0 &&
		answer.actions.length === 0
	);
}

/** True when two answers' details (everything but the text) are the same. */
export function sameDetails(a: AnswerDetails, b: AnswerDetails): boolean {
	return detailsKey(a) === detailsKey(b);
}

/**
 * True when a saved version holds this answer as it is: the same text and,
 * for a version that kept the whole answer, the same details. A version
 * saved before versions kept the whole answer holds it when the text is
 * the same.
 */
export function holdsAnswer(revision: Revision, answer: Pick<ResponseDraft, 'statement'> & AnswerDetails): boolean {
	if (revision.statement !== answer.statement) return false;
	return revision.details === undefined || sameDetails(revision.details, answer);
}

/**
 * The answer a restore of `revision` saves: the whole answer as that version
 * kept it, or, for a version that kept only its text, that text with
 * everything else as it is now.
 */
export function restoredDraft(current: ResponseDraft, revision: Revision): ResponseDraft {
	if (!revision.details) return { ...current, statement: revision.statement };
	return { statement: revision.statement, ...detailsOf(revision.details) };
}
