/**
 * Carrying a statement into the next cycle: the panel asks for an update
 * six or twelve months on, so the follow-up statement starts from the
 * earlier one (the same council, panel, question sets, the panel's own
 * questions, reporters and answers), every answer back to *In progress*,
 * with a new meeting date and a link back. The earlier statement is never
 * changed. Pure.
 */

import { versionOf } from './answer-versions.ts';
import { formatLongDate, parseDateParts, type DateParts } from './dates.ts';
import { isAnswered } from './response.ts';
import type { Assessment, FieldError, Response, Revision, Validated } from './types.ts';

/** The id of the meeting date's first box, for error links. */
export const NEXT_MEETING_FIELD = 'nextMeeting-day';

/** Checks the follow-up meeting's date: a real date, after the earlier meeting. */
export function validateNextMeeting(parts: DateParts, earlier: Pick<Assessment, 'meetingDate'>): Validated<string> {
	const date = parseDateParts(parts);
	const error = (message: string): { ok: false; errors: FieldError[] } => ({ ok: false, errors: [{ field: NEXT_MEETING_FIELD, message }] });
	if (!date.ok) return error(date.message === 'Enter the date' ? 'Enter the date of the next panel meeting' : date.message.replace('The date', 'The meeting date'));
	if (date.iso <= earlier.meetingDate) return error(`The next meeting must be after the last one (${formatLongDate(earlier.meetingDate)})`);
	return { ok: true, value: date.iso };
}

/** How each carried-over answer's first saved version says where it came from. */
export function carriedOverNote(earlier: Pick<Assessment, 'meetingDate'>): string {
	return `Carried over from the statement for the meeting on ${formatLongDate(earlier.meetingDate)}`;
}

/**
 * The follow-up statement and its answers, from the earlier one. Answers
 * with words (or "does not apply") come back *In progress*, others *Not
 * started*; each carried answer gets a first saved version saying where it
 * came from. The earlier records are copied, never changed.
 */
export function nextStatement(
	earlier: Assessment,
	responses: readonly Response[],
	options: { id: string; meetingDate: string; now: string; newId: () => string }
): { assessment: Assessment; responses: Response[]; revisions: Revision[] } {
	const { id, meetingDate, now, newId } = options;
	const { pack: _pack, ...details } = structuredClone(earlier);
	const assessment: Assessment = {
		...details,
		id,
		meetingDate,
		previous: { id: earlier.id, title: earlier.title, meetingDate: earlier.meetingDate },
		createdAt: now,
		updatedAt: now
	};
	const savedBy = carriedOverNote(earlier);
	const copied: Response[] = [];
	const revisions: Revision[] = [];
	for (const r of responses) {
		if (r.assessmentId !== earlier.id) continue;
		const answered = isAnswered(r);
		const response: Response = {
			...structuredClone(r),
			id: newId(),
			assessmentId: id,
			status: answered ? 'in-progress' : 'not-started',
			rev: 1,
			createdAt: now,
			updatedAt: now,
			updatedBy: savedBy
		};
		copied.push(response);
		revisions.push(versionOf(response, newId(), now, savedBy));
	}
	return { assessment, responses: copied, revisions };
}
