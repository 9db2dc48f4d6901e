import type { DateParts } from '../domain/dates.ts';
import { nextStatement, validateNextMeeting } from '../domain/next-statement.ts';
import type { Assessment, PreviousStatement } from '../domain/types.ts';
import { getDatabase } from './db.ts';
import { refreshStatementSummary } from './statement-summaries.ts';
import { MissingRecordError, NotAllowedError, ValidationError } from './errors.ts';
import { newId, nowIso } from './ids.ts';

/**
 * Starts the follow-up statement from an earlier one, with a new meeting
 * date. Reads the earlier statement and its answers and writes the new
 * statement, its answers and their first versions in one transaction, so
 * the copy is of one moment and appears whole or not at all; the earlier
 * statement is only read. A reporter's copy from a contribution pack cannot
 * be carried on (it belongs to the coordinator). Returns the new statement's id.
 */
export async function startNextStatement(earlierId: string, meetingDate: DateParts): Promise<string> {
	const db = getDatabase();
	return db.transaction('rw', [db.assessments, db.responses, db.revisions, db.statementSummaries], async () => {
		const earlier = await db.assessments.get(earlierId);
		if (!earlier) throw new MissingRecordError('This position statement');
		if (earlier.pack) throw new NotAllowedError(`This is ${earlier.pack.contributor.name}'s copy of the statement: only the coordinator can start the next one`);
		const date = validateNextMeeting(meetingDate, earlier);
		if (!date.ok) throw new ValidationError(date.errors);
		const responses = await db.responses.where('assessmentId').equals(earlierId).toArray();
		const next = nextStatement(earlier, responses, { id: newId(), meetingDate: date.value, now: nowIso(), newId });
		await db.assessments.add(next.assessment);
		await db.responses.bulkAdd(next.responses);
		await db.revisions.bulkAdd(next.revisions);
		await refreshStatementSummary(next.assessment.id);
		return next.assessment.id;
	});
}

/** "What we said last time" for one question: the earlier statement and its answer, and this statement's answer now. */
export interface LastTime {
	previous: PreviousStatement;
	/** False when the earlier statement is no longer on this device. */
	found: boolean;
	/** The earlier answer's words ('' when it had none). */
	earlier: string;
	/** This statement's answer now. */
	now: string;
}

/** What the earlier statement said to this question, or undefined when this statement was not started from another. */
export async function lastTime(assessmentId: string, questionId: string): Promise<LastTime | undefined> {
	const db = getDatabase();
	return db.transaction('r', [db.assessments, db.responses], async () => {
		const current: Assessment | undefined = await db.assessments.get(assessmentId);
		if (!current?.previous) return undefined;
		const earlierStatement = await db.assessments.get(current.previous.id);
		const byQuestion = (id: string) => db.responses.where('[assessmentId+questionId]').equals([id, questionId]).first();
		const [earlier, now] = await Promise.all([earlierStatement ? byQuestion(current.previous.id) : undefined, byQuestion(assessmentId)]);
		return { previous: current.previous, found: earlierStatement !== undefined, earlier: earlier?.statement ?? '', now: now?.statement ?? '' };
	});
}
