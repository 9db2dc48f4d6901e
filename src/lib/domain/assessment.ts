import { parseDateParts, type DateParts } from './dates.ts';
import { frameworks } from './frameworks/index.ts';
import type { Assessment, FieldError, Framework, FrameworkRef, Validated } from './types.ts';

/** Longest text accepted for a title, name or designation. */
export const MAX_NAME_LENGTH = 200;

/** The appendix label a new statement starts with, as in a typical covering report. */
export const DEFAULT_APPENDIX_LABEL = 'Appendix 2';

/** The title a new statement starts with. */
export const DEFAULT_TITLE = 'Position statement against LGSCO areas of focus';

/** The starting title when the Ombudsman's questions are not among the sets chosen. */
export const GENERAL_TITLE = 'Position statement on services for children in care';

/** The title a new statement should start with for the chosen sets: the Ombudsman's wording only when its questions are used. */
export function defaultTitleFor(frameworkIds: readonly string[]): string {
	return frameworkIds.includes('lgsco-careless-2020') ? DEFAULT_TITLE : GENERAL_TITLE;
}

/** What the "new position statement" and "change details" forms collect. */
export interface AssessmentDetailsInput {
	title: string;
	council: string;
	service: string;
	panel: string;
	meetingDate: DateParts;
	appendixLabel: string;
	coordinatorName: string;
	coordinatorDesignation: string;
}

/** The validated details, ready to store. */
export type AssessmentDetails = Pick<
	Assessment,
	'title' | 'council' | 'service' | 'panel' | 'meetingDate' | 'appendixLabel' | 'coordinator'
>;

/** Blank form values for a new statement. */
export function emptyDetailsInput(): AssessmentDetailsInput {
	return {
		title: DEFAULT_TITLE,
		council: '',
		service: '',
		panel: '',
		meetingDate: { day: '', month: '', year: '' },
		appendixLabel: DEFAULT_APPENDIX_LABEL,
		coordinatorName: '',
		coordinatorDesignation: ''
	};
}

/**
 * Checks a required one-line text field: present, at most 200 characters.
 * Returns the trimmed text or a message naming the field in plain words.
 */
export function checkName(value: string, field: string, what: string): string | FieldError {
	const trimmed = value.replace(/\s+/g, ' ').trim();
	if (!trimmed) return { field, message: `Enter ${what}` };
	if (trimmed.length > MAX_NAME_LENGTH) {
		return { field, message: `${capitalise(what)} must be ${MAX_NAME_LENGTH} characters or fewer` };
	}
	return trimmed;
}

function capitalise(text: string): string {
	const plain = text.replace(/^(the|a|an) /, '');
	return plain.charAt(0).toUpperCase() + plain.slice(1);
}

/** Validates the statement's details, returning every problem in form order. */
export function validateDetails(input: AssessmentDetailsInput): Validated<AssessmentDetails> {
	const errors: FieldError[] = [];
	const take = (value: string, field: string, what: string): string => {
		const result = checkName(value, field, what);
		if (typeof result === 'string') return result;
		errors.push(result);
		return '';
	};
	const title = take(input.title, 'title', 'a title');
	const council = take(input.council, 'council', "the council's name");
	const service = take(input.service, 'service', 'the service');
	const panel = take(input.panel, 'panel', 'the name of the scrutiny panel');
	const date = parseDateParts(input.meetingDate);
	if (!date.ok) errors.push({ field: 'meetingDate-day', message: meetingDateMessage(date.message) });
	const appendixLabel = take(input.appendixLabel, 'appendixLabel', 'the appendix label');
	const name = take(input.coordinatorName, 'coordinatorName', "the coordinating officer's name");
	const designation = take(
		input.coordinatorDesignation,
		'coordinatorDesignation',
		"the coordinating officer's designation"
	);
	if (errors.length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: {
			title,
			council,
			service,
			panel,
			meetingDate: date.ok ? date.iso : '',
			appendixLabel,
			coordinator: { name, designation }
		}
	};
}

function meetingDateMessage(message: string): string {
	return message === 'Enter the date' ? 'Enter the date of the panel meeting' : message.replace('The date', 'The meeting date');
}

/** The id of the question-set checkboxes' first box, which the error summary links to. */
export const FRAMEWORKS_FIELD = 'frameworks';

/**
 * Checks the question sets chosen for a statement: at least one, each one on
 * offer. Returns them as references carrying the edition each set is at now,
 * in the order the sets are offered (so a statement's areas always come in
 * the same order, whatever order the boxes were ticked in).
 */
export function validateFrameworkChoice(
	ids: readonly string[],
	available: readonly Framework[] = frameworks
): Validated<FrameworkRef[]> {
	if (ids.length === 0) return { ok: false, errors: [{ field: FRAMEWORKS_FIELD, message: 'Select at least one question set' }] };
	const known = new Set(available.map((f) => f.id));
	if (ids.some((id) => !known.has(id))) {
		return { ok: false, errors: [{ field: FRAMEWORKS_FIELD, message: 'Select question sets from the list' }] };
	}
	const chosen = new Set(ids);
	return { ok: true, value: available.filter((f) => chosen.has(f.id)).map((f) => ({ id: f.id, edition: f.edition })) };
}

/** Builds a new statement from validated details. */
export function newAssessment(
	details: AssessmentDetails,
	frameworks: readonly FrameworkRef[],
	id: string,
	now: string
): Assessment {
	return { id, ...details, frameworks: [...frameworks], furtherScrutiny: '', contributors: [], localAreas: [], importedSets: [], createdAt: now, updatedAt: now };
}

/** The name a statement is listed under: its title and the council. */
export function displayName(a: Pick<Assessment, 'title' | 'council'>): string {
	return `${a.council}: ${a.title}`;
}
