import { MAX_NAME_LENGTH } from './assessment.ts';
import { sortPrincipleIds } from './frameworks/principles.ts';
import type { AnswerDetails, FieldError, PrincipleId, Reporter, Response, ResponseStatus, SelfRating, Validated } from './types.ts';

/** Longest answer accepted, in characters: far beyond any real answer, small enough to store safely. */
export const MAX_STATEMENT_LENGTH = 200_000;

/** Longest reason for "does not apply" accepted, as the file format allows. */
export const MAX_NOT_APPLICABLE_REASON_LENGTH = 2000;

/** Self-ratings in the order they are offered, with the sector's own words. */
export const selfRatings: readonly { value: SelfRating; label: string }[] = [
	{ value: 'going-well', label: 'Going well or better' },
	{ value: 'one-to-watch', label: 'One to watch' },
	{ value: 'area-for-improvement', label: 'Area for improvement' },
	{ value: 'not-rated', label: 'Not rated' }
];

/** Statuses in drafting order, with their tag wording. */
export const responseStatuses: readonly { value: ResponseStatus; label: string }[] = [
	{ value: 'not-started', label: 'Not started' },
	{ value: 'in-progress', label: 'In progress' },
	{ value: 'ready-for-review', label: 'Ready for review' },
	{ value: 'agreed', label: 'Agreed' }
];

/** The words for a self-rating. */
export function selfRatingLabel(value: SelfRating): string {
	return selfRatings.find((r) => r.value === value)?.label ?? 'Not rated';
}

/** The words for a status. */
export function statusLabel(value: ResponseStatus): string {
	return responseStatuses.find((s) => s.value === value)?.label ?? 'Not started';
}

/** What the question page edits: everything about an answer a person can change. */
export interface ResponseDraft extends AnswerDetails {
	statement: string;
}

/** A blank answer to a question, bearing on the question's proposed principles. */
export function emptyDraft(proposedPrinciples: readonly PrincipleId[]): ResponseDraft {
	return {
		statement: '',
		reporters: [{ name: '', designation: '' }],
		selfRating: 'not-rated',
		principleIds: [...proposedPrinciples],
		status: 'not-started',
		exempt: false,
		exemptionCategory: '',
		notApplicable: false,
		notApplicableReason: '',
		figures: [],
		actions: []
	};
}

/** Just the details of an answer (everything but its text), copied so later changes to the answer never reach them. */
export function detailsOf(answer: AnswerDetails): AnswerDetails {
	return {
		reporters: answer.reporters.map((r) => ({ ...r })),
		selfRating: answer.selfRating,
		principleIds: [...answer.principleIds],
		status: answer.status,
		exempt: answer.exempt,
		exemptionCategory: answer.exemptionCategory,
		notApplicable: answer.notApplicable,
		notApplicableReason: answer.notApplicableReason,
		figures: answer.figures.map((f) => ({ ...f, comparators: f.comparators.map((c) => ({ ...c })) })),
		actions: answer.actions.map((a) => ({ ...a }))
	};
}

/** The editable part of a stored answer (with one empty reporter row to type into when it has none). */
export function draftOf(response: Response): ResponseDraft {
	const details = detailsOf(response);
	return { statement: response.statement, ...details, reporters: details.reporters.length > 0 ? details.reporters : [{ name: '', designation: '' }] };
}

/**
 * This page's draft kept over a version saved elsewhere ("keep mine"):
 * everything the answer form edits comes from the draft, but figures and
 * actions, which only their own screens change, come from the stored
 * version, so keeping one's text never undoes a figure or action added
 * meanwhile.
 */
export function keepDraftOver(draft: ResponseDraft, stored: Response): ResponseDraft {
	const { figures, actions } = draftOf(stored);
	return { ...draft, figures, actions };
}

/** True when an answer has any text or is marked not applicable: what "12 of 20 answered" counts. */
export function isAnswered(response: (Pick<Response, 'statement'> & Partial<Pick<Response, 'notApplicable'>>) | undefined): boolean {
	return response !== undefined && (response.statement.trim().length > 0 || response.notApplicable === true);
}

/**
 * The status to store. Someone who starts typing into a "not started" answer
 * has started it, so the status moves to "in progress" without a click.
 */
export function effectiveStatus(draft: Pick<ResponseDraft, 'statement' | 'status'>): ResponseStatus {
	if (draft.status === 'not-started' && draft.statement.trim().length > 0) return 'in-progress';
	return draft.status;
}

function tidy(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * Checks an answer before it is stored and tidies it: trims reporter rows
 * and drops wholly blank ones, sorts principles, moves a started answer to
 * "in progress". Only hard limits (lengths) stop a save: a half-filled
 * reporter row or an exempt answer without its reason is still saved, so no
 * typed word waits on another field; `draftProblems` lists those for the page.
 */
export function validateDraft(draft: ResponseDraft): Validated<ResponseDraft> {
	const errors: FieldError[] = [];
	if (draft.statement.length > MAX_STATEMENT_LENGTH) {
		errors.push({
			field: 'statement',
			message: `The position statement must be ${MAX_STATEMENT_LENGTH.toLocaleString('en-GB')} characters or fewer`
		});
	}
	const reporters: Reporter[] = [];
	draft.reporters.forEach((r, i) => {
		const name = tidy(r.name);
		const designation = tidy(r.designation);
		if (!name && !designation) return;
		const n = i + 1;
		if (name.length > MAX_NAME_LENGTH) {
			errors.push({ field: `reporter-${i}-name`, message: `The name of reporter ${n} must be ${MAX_NAME_LENGTH} characters or fewer` });
		}
		if (designation.length > MAX_NAME_LENGTH) {
			errors.push({
				field: `reporter-${i}-designation`,
				message: `The designation of reporter ${n} must be ${MAX_NAME_LENGTH} characters or fewer`
			});
		}
		reporters.push({ name, designation });
	});
	const exemptionCategory = draft.exempt ? tidy(draft.exemptionCategory) : '';
	if (exemptionCategory.length > MAX_NAME_LENGTH) {
		errors.push({ field: 'exemptionCategory', message: `The reason for exemption must be ${MAX_NAME_LENGTH} characters or fewer` });
	}
	if (draft.notApplicable && draft.notApplicableReason.trim().length > MAX_NOT_APPLICABLE_REASON_LENGTH) {
		errors.push({
			field: 'notApplicableReason',
			message: `Why it does not apply must be ${MAX_NOT_APPLICABLE_REASON_LENGTH.toLocaleString('en-GB')} characters or fewer`
		});
	}
	if (errors.length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: {
			statement: draft.statement,
			reporters,
			selfRating: draft.selfRating,
			principleIds: sortPrincipleIds(draft.principleIds),
			status: effectiveStatus(draft),
			exempt: draft.exempt,
			exemptionCategory,
			notApplicable: draft.notApplicable,
			notApplicableReason: draft.notApplicable ? draft.notApplicableReason.trim() : '',
			figures: draft.figures,
			actions: draft.actions
		}
	};
}

/**
 * What is missing from an answer that was saved anyway: a reporter without
 * a designation (or the reverse), an exempt answer without its reason, or a
 * question marked as not applying without saying why.
 * Shown beside the fields; an answer with problems should not be agreed.
 */
export function draftProblems(draft: ResponseDraft): FieldError[] {
	const problems: FieldError[] = [];
	draft.reporters.forEach((r, i) => {
		const name = tidy(r.name);
		const designation = tidy(r.designation);
		if (!name && !designation) return;
		if (!name) problems.push({ field: `reporter-${i}-name`, message: `Enter the name of reporter ${i + 1}` });
		if (!designation) problems.push({ field: `reporter-${i}-designation`, message: `Enter the designation of reporter ${i + 1}` });
	});
	if (draft.exempt && !tidy(draft.exemptionCategory)) {
		problems.push({
			field: 'exemptionCategory',
			message: 'Enter why this answer is exempt, for example Schedule 12A, paragraph 3'
		});
	}
	if (draft.notApplicable && !tidy(draft.notApplicableReason)) {
		problems.push({ field: 'notApplicableReason', message: 'Enter why this question does not apply to the council' });
	}
	return problems;
}

/** True when two drafts would store the same answer. */
export function sameDraft(a: ResponseDraft, b: ResponseDraft): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** True when storing `draft` would leave `stored` as it is (every editable field the same). */
export function storesSameAs(stored: Response, draft: ResponseDraft): boolean {
	const result = validateDraft(draft);
	if (!result.ok) return false;
	const mine = result.value;
	return JSON.stringify(draftOf({ ...stored, ...mine })) === JSON.stringify(draftOf(stored));
}
