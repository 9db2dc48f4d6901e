import { checkName } from './assessment.ts';
import { formatLongDate, formatMonthYear, parseDateParts, type DateParts } from './dates.ts';
import type {
	Author,
	FieldError,
	Recommendation,
	RecommendationChange,
	RecommendationStatus,
	Validated
} from './types.ts';

/**
 * The panel's recommendations and their progress, in the words of a
 * "Scrutiny Monitoring" table (Date | Title | Action proposed | Action taken
 * | Progress status): checks on what is typed, the status labels, recording
 * a change without ever editing the history, and the tracker's filter and
 * order. Pure: no storage.
 */

/** Longest recommendation or action taken accepted, in characters (the file format's limit too). */
export const MAX_RECOMMENDATION_LENGTH = 20_000;

/** One progress status: the radio label, the words before a review month, and the tag colour. */
export interface RecommendationStatusInfo {
	value: RecommendationStatus;
	/** The radio label and, for every status but review, the tag. */
	label: string;
	/** GOV.UK tag colour modifier; the tag's words carry the meaning, never the colour alone. */
	colour: string;
}

/** The statuses in the order the form offers them, worded as in the monitoring table. */
export const recommendationStatuses: readonly RecommendationStatusInfo[] = [
	{ value: 'outstanding', label: 'Outstanding', colour: 'govuk-tag--orange' },
	{ value: 'review', label: 'Recommend review', colour: 'govuk-tag--blue' },
	{ value: 'complete', label: 'Complete', colour: 'govuk-tag--green' },
	{ value: 'rejected', label: 'Rejected', colour: 'govuk-tag--grey' }
];

/** The details of one status. */
export function recommendationStatus(status: RecommendationStatus): RecommendationStatusInfo {
	return recommendationStatuses.find((s) => s.value === status) ?? recommendationStatuses[0]!;
}

/**
 * The progress status as the monitoring table words it: "Outstanding",
 * "Recommend review in March 2027", "Complete", "Rejected".
 */
export function statusLabel(status: RecommendationStatus, reviewMonth = ''): string {
	if (status === 'review') return reviewMonth ? `Recommend review in ${formatMonthYear(reviewMonth)}` : 'Recommend review';
	return recommendationStatus(status).label;
}

/** What the "Record a recommendation" form holds. */
export interface RecommendationInput {
	meetingDate: DateParts;
	itemTitle: string;
	text: string;
	/** The linked statement's id, or empty for none. */
	assessmentId: string;
	questionIds: string[];
}

/** The validated details of a new recommendation, ready to store. */
export type RecommendationDetails = Pick<Recommendation, 'meetingDate' | 'itemTitle' | 'text' | 'assessmentId' | 'questionIds'>;

/** Form field ids, so the error summary links to the field that is wrong. */
export const RECOMMENDATION_FIELDS = {
	meetingDate: 'meetingDate-day',
	itemTitle: 'itemTitle',
	text: 'recommendationText',
	status: 'status',
	reviewMonth: 'reviewMonth-month',
	actionTaken: 'actionTaken'
} as const;

/** Blank form values; `assessmentId` prefilled when recording from a statement. */
export function emptyRecommendationInput(assessmentId = ''): RecommendationInput {
	return { meetingDate: { day: '', month: '', year: '' }, itemTitle: '', text: '', assessmentId, questionIds: [] };
}

/** Multi-line text: the writer's line breaks kept, blank lines at either end dropped. */
function checkLongText(text: string, field: string, what: string, capitalWhat: string, required: boolean): string | FieldError {
	if (required && !text.trim()) return { field, message: `Enter ${what}` };
	if (text.length > MAX_RECOMMENDATION_LENGTH) {
		return { field, message: `${capitalWhat} must be ${MAX_RECOMMENDATION_LENGTH.toLocaleString('en-GB')} characters or fewer` };
	}
	return text.trim() ? text.replace(/^\s*\n/, '').trimEnd() : '';
}

function meetingDateMessage(message: string): string {
	return message === 'Enter the date' ? 'Enter the date of the panel meeting' : message.replace('The date', 'The meeting date');
}

/**
 * Checks a new recommendation: the meeting date (a real date), the item
 * title and the recommendation's text. Linked questions count only with a
 * linked statement. Returns every problem in form order.
 */
export function validateRecommendation(input: RecommendationInput): Validated<RecommendationDetails> {
	const errors: FieldError[] = [];
	const date = parseDateParts(input.meetingDate);
	if (!date.ok) errors.push({ field: RECOMMENDATION_FIELDS.meetingDate, message: meetingDateMessage(date.message) });
	const itemTitle = checkName(input.itemTitle, RECOMMENDATION_FIELDS.itemTitle, 'the item title');
	if (typeof itemTitle !== 'string') errors.push(itemTitle);
	const text = checkLongText(input.text, RECOMMENDATION_FIELDS.text, 'the recommendation', 'The recommendation', true);
	if (typeof text !== 'string') errors.push(text);
	if (!date.ok || typeof itemTitle !== 'string' || typeof text !== 'string') return { ok: false, errors };
	const assessmentId = input.assessmentId.trim() || null;
	return {
		ok: true,
		value: {
			meetingDate: date.iso,
			itemTitle,
			text,
			assessmentId,
			questionIds: assessmentId ? [...new Set(input.questionIds)] : []
		}
	};
}

/** What the "Record progress" form holds. */
export interface ProgressInput {
	status: RecommendationStatus | '';
	/** The month and year of "Recommend review in …", as typed. */
	reviewMonth: { month: string; year: string };
	actionTaken: string;
}

/** A validated progress update. */
export type Progress = Pick<RecommendationChange, 'status' | 'reviewMonth' | 'actionTaken'>;

/** The form's values for a recommendation as it stands. */
export function progressInputOf(recommendation: Pick<Recommendation, 'status' | 'reviewMonth' | 'actionTaken'>): ProgressInput {
	const [year = '', month = ''] = recommendation.reviewMonth.split('-');
	return {
		status: recommendation.status,
		reviewMonth: { month: month ? String(Number(month)) : '', year },
		actionTaken: recommendation.actionTaken
	};
}

/**
 * A month and year as typed ("6" or "June", "2027") as yyyy-mm, or what is
 * wrong in words naming the review month. Any real month is accepted,
 * including one already past: the panel may record a review that is overdue.
 */
export function parseReviewMonth(parts: { month: string; year: string }): { ok: true; month: string } | { ok: false; message: string } {
	const month = parts.month.trim();
	const year = parts.year.trim();
	if (!month && !year) return { ok: false, message: 'Enter the month and year to review it in' };
	if (!month) return { ok: false, message: 'The review month must include a month' };
	if (!year) return { ok: false, message: 'The review month must include a year' };
	const parsed = parseDateParts({ day: '1', month, year });
	if (!parsed.ok) {
		return {
			ok: false,
			message: parsed.message.startsWith('The year') ? parsed.message : 'The review month must be a real month, for example 6 2027'
		};
	}
	return { ok: true, month: parsed.iso.slice(0, 7) };
}

/** Checks a progress update: a status, a real month for "Recommend review in …", action taken within the limit. */
export function validateProgress(input: ProgressInput): Validated<Progress> {
	const errors: FieldError[] = [];
	const status = recommendationStatuses.find((s) => s.value === input.status)?.value;
	if (!status) errors.push({ field: RECOMMENDATION_FIELDS.status, message: 'Select the progress status' });
	let reviewMonth = '';
	if (status === 'review') {
		const parsed = parseReviewMonth(input.reviewMonth);
		if (parsed.ok) reviewMonth = parsed.month;
		else errors.push({ field: RECOMMENDATION_FIELDS.reviewMonth, message: parsed.message });
	}
	const actionTaken = checkLongText(input.actionTaken, RECOMMENDATION_FIELDS.actionTaken, 'the action taken', 'The action taken', false);
	if (typeof actionTaken !== 'string') errors.push(actionTaken);
	if (errors.length > 0 || !status || typeof actionTaken !== 'string') return { ok: false, errors };
	return { ok: true, value: { status, reviewMonth, actionTaken } };
}

/** A new recommendation as recorded: outstanding, no action taken yet, and its first history entry. */
export function newRecommendation(id: string, details: RecommendationDetails, by: Author, at: string): Recommendation {
	const first: RecommendationChange = { at, by, status: 'outstanding', reviewMonth: '', actionTaken: '' };
	return { id, ...details, actionTaken: '', status: 'outstanding', reviewMonth: '', history: [first], createdAt: at, updatedAt: at };
}

/**
 * The recommendation after a progress update by `by` at `at`: the new state
 * and one more history entry, earlier entries untouched. Undefined when the
 * update changes nothing, so saving an unchanged form records nothing.
 */
export function applyProgress(recommendation: Recommendation, progress: Progress, by: Author, at: string): Recommendation | undefined {
	const reviewMonth = progress.status === 'review' ? progress.reviewMonth : '';
	const same =
		progress.status === recommendation.status &&
		reviewMonth === recommendation.reviewMonth &&
		progress.actionTaken === recommendation.actionTaken;
	if (same) return undefined;
	const change: RecommendationChange = { at, by, status: progress.status, reviewMonth, actionTaken: progress.actionTaken };
	return {
		...recommendation,
		status: progress.status,
		reviewMonth,
		actionTaken: progress.actionTaken,
		history: [...recommendation.history, change],
		updatedAt: at
	};
}

/** One history entry in words: who, when, and what changed from the entry before. */
export interface ChangeDescription {
	at: string;
	by: Author;
	/** True for the entry made when the recommendation was recorded. */
	recorded: boolean;
	/** The status label after this change. */
	status: string;
	statusChanged: boolean;
	/** The status label before this change; empty for the first entry. */
	previousStatus: string;
	actionTaken: string;
	actionTakenChanged: boolean;
}

/** The history in words, oldest first. */
export function describeHistory(history: readonly RecommendationChange[]): ChangeDescription[] {
	return history.map((change, i) => {
		const before = i > 0 ? history[i - 1] : undefined;
		const status = statusLabel(change.status, change.reviewMonth);
		const previousStatus = before ? statusLabel(before.status, before.reviewMonth) : '';
		return {
			at: change.at,
			by: change.by,
			recorded: i === 0,
			status,
			statusChanged: !before || previousStatus !== status,
			previousStatus,
			actionTaken: change.actionTaken,
			actionTakenChanged: before ? before.actionTaken !== change.actionTaken : change.actionTaken !== ''
		};
	});
}

/** Meeting date, then the order recorded: the monitoring table's order. */
export function compareRecommendations(a: Recommendation, b: Recommendation): number {
	return a.meetingDate.localeCompare(b.meetingDate) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** The recommendations in the monitoring table's order (a new array). */
export function sortRecommendations<T extends Recommendation>(recommendations: readonly T[]): T[] {
	return [...recommendations].sort(compareRecommendations);
}

/** The tracker's filter: statuses to show (none ticked shows all) and one meeting (empty for all). */
export interface RecommendationFilter {
	statuses: readonly RecommendationStatus[];
	/** ISO date of the meeting, or empty for every meeting. */
	meeting: string;
}

/** True when the filter leaves something out. */
export function isFiltered(filter: RecommendationFilter): boolean {
	return filter.statuses.length > 0 || filter.meeting !== '';
}

/** The recommendations the filter shows, in the monitoring table's order. */
export function filterRecommendations<T extends Recommendation>(recommendations: readonly T[], filter: RecommendationFilter): T[] {
	return sortRecommendations(
		recommendations.filter(
			(r) => (filter.statuses.length === 0 || filter.statuses.includes(r.status)) && (!filter.meeting || r.meetingDate === filter.meeting)
		)
	);
}

/** One meeting in the filter's list. */
export interface MeetingOption {
	/** ISO date. */
	value: string;
	/** "25 March 2026 (3 recommendations)". */
	label: string;
}

/** Each meeting that made a recommendation, oldest first, with how many it made. */
export function meetingOptions(recommendations: readonly Pick<Recommendation, 'meetingDate'>[]): MeetingOption[] {
	const counts = new Map<string, number>();
	for (const r of recommendations) counts.set(r.meetingDate, (counts.get(r.meetingDate) ?? 0) + 1);
	return [...counts.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([value, n]) => ({ value, label: `${formatLongDate(value)} (${n} ${n === 1 ? 'recommendation' : 'recommendations'})` }));
}

/** "Showing 4 of 9 recommendations". */
export function describeShowing(shown: number, total: number): string {
	return `Showing ${shown} of ${total} ${total === 1 ? 'recommendation' : 'recommendations'}`;
}

/**
 * The filter in words, for the screen and the files made from it:
 * "Progress status Outstanding or Complete; meeting on 1 October 2020".
 * Empty when nothing is filtered.
 */
export function describeFilter(filter: RecommendationFilter): string {
	const parts: string[] = [];
	if (filter.statuses.length > 0) {
		// In the form's order, whatever order they were ticked in.
		const labels = recommendationStatuses.filter((s) => filter.statuses.includes(s.value)).map((s) => statusLabel(s.value));
		parts.push(`progress status ${labels.join(' or ')}`);
	}
	if (filter.meeting) parts.push(`meeting on ${formatLongDate(filter.meeting)}`);
	const text = parts.join('; ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Counts by status, for "2 outstanding, 1 complete". */
export function statusCounts(recommendations: readonly Pick<Recommendation, 'status'>[]): Record<RecommendationStatus, number> {
	const counts: Record<RecommendationStatus, number> = { outstanding: 0, review: 0, complete: 0, rejected: 0 };
	for (const r of recommendations) counts[r.status] += 1;
	return counts;
}

/** "3 recommendations: 2 outstanding, 1 complete" (statuses with none left out); empty when there are none. */
export function describeCounts(recommendations: readonly Pick<Recommendation, 'status'>[]): string {
	if (recommendations.length === 0) return '';
	const counts = statusCounts(recommendations);
	const words: Record<RecommendationStatus, string> = { outstanding: 'outstanding', review: 'to be reviewed', complete: 'complete', rejected: 'rejected' };
	const parts = recommendationStatuses.filter((s) => counts[s.value] > 0).map((s) => `${counts[s.value]} ${words[s.value]}`);
	const n = recommendations.length;
	return `${n} ${n === 1 ? 'recommendation' : 'recommendations'}: ${parts.join(', ')}`;
}

/** Something like URLSearchParams: where the tracker's filter is kept, so Back returns to the same view. */
export interface QueryParams {
	getAll(name: string): string[];
	get(name: string): string | null;
}

/** The filter from the tracker's address (`?status=outstanding&status=review&meeting=2026-03-25`); unknown values are ignored. */
export function filterFromQuery(params: QueryParams): RecommendationFilter {
	const statuses = recommendationStatuses.map((s) => s.value).filter((value) => params.getAll('status').includes(value));
	const meeting = params.get('meeting') ?? '';
	return { statuses, meeting: /^\d{4}-\d{2}-\d{2}$/.test(meeting) ? meeting : '' };
}

/** The query string for a filter ("" when nothing is filtered), the inverse of `filterFromQuery`. */
export function filterQuery(filter: RecommendationFilter): string {
	const parts = [
		...recommendationStatuses.filter((s) => filter.statuses.includes(s.value)).map((s) => `status=${s.value}`),
		...(filter.meeting ? [`meeting=${filter.meeting}`] : [])
	];
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}
