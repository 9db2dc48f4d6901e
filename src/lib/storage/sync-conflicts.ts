import type { Response } from '../domain/types.ts';
import { getDatabase } from './db.ts';

/**
 * Answers changed both here and by someone else while apart: the other
 * version waits here, in the `settings` table, until the person chooses on
 * the question page. Until then this device's version stays as it is and is
 * not sent.
 */

const PREFIX = 'sync-conflict:';
const key = (assessmentId: string, questionId: string) => `${PREFIX}${assessmentId}:${questionId}`;

/** The other version of an answer waiting for a choice, if any. */
export async function getSyncConflict(assessmentId: string, questionId: string): Promise<Response | undefined> {
	return (await getDatabase().settings.get(key(assessmentId, questionId)))?.value as Response | undefined;
}

/** The ids of a statement's answers waiting for a choice. */
export async function heldBackAnswers(assessmentId: string): Promise<Set<string>> {
	const rows = await getDatabase().settings.where('key').startsWith(`${PREFIX}${assessmentId}:`).toArray();
	return new Set(rows.map((row) => (row.value as Response).id));
}

/** Keeps the other version for the person to choose (inside the caller's transaction, if any). */
export async function putSyncConflict(theirs: Response): Promise<void> {
	await getDatabase().settings.put({ key: key(theirs.assessmentId, theirs.questionId), value: theirs });
}

/** The person has chosen: forget the other version (it stays in the answer's history). */
export async function clearSyncConflict(assessmentId: string, questionId: string): Promise<void> {
	await getDatabase().settings.delete(key(assessmentId, questionId));
}
