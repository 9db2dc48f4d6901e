import type { WithheldQuestion } from '../domain/team/withheld.ts';
import type { SharedStatementSummary } from '../sync/team-api.ts';
import { changedSince } from '../domain/team/sync-progress.ts';
import { getDatabase } from './db.ts';

/**
 * What this device knows of its team's statements, kept in the `settings`
 * table so the screens know each person's role and which answers are
 * withheld also offline and after a reload. No answer's content is here.
 */

const LIST = 'team-shared';
const REMOVED = 'team-removed';
const WITHHELD = 'sync-withheld:';
const LEAVING = 'team-leaving';
const SYNCED_THROUGH = 'sync-through:';

/** A statement removed from this device that the team server is still to hear about. */
export interface Leaving {
	id: string;
	/** The coordinator deletes it from the team server; anyone else stops it being shared with them. */
	action: 'delete' | 'leave';
}

/** The statements shared with the person when the team server last said. */
export async function getSharedList(): Promise<SharedStatementSummary[] | undefined> {
	return (await getDatabase().settings.get(LIST))?.value as SharedStatementSummary[] | undefined;
}

/**
 * Keeps the new list; statements that were on the old one and are not on the
 * new one (shared with the person by someone else) are remembered as no
 * longer shared, so their overview can say so.
 */
export async function saveSharedList(list: readonly SharedStatementSummary[]): Promise<void> {
	const db = getDatabase();
	await db.transaction('rw', db.settings, async () => {
		const before = ((await db.settings.get(LIST))?.value as SharedStatementSummary[] | undefined) ?? [];
		const removed = new Set(((await db.settings.get(REMOVED))?.value as string[] | undefined) ?? []);
		for (const old of before) if (old.role !== 'coordinator' && !list.some((s) => s.id === old.id)) removed.add(old.id);
		for (const now of list) removed.delete(now.id);
		await db.settings.put({ key: LIST, value: [...list] });
		await db.settings.put({ key: REMOVED, value: [...removed] });
	});
}

/** Forgets the list (signing out). */
export async function clearSharedList(): Promise<void> {
	await getDatabase().settings.bulkDelete([LIST, REMOVED, LEAVING]);
}

/**
 * Remembers that a shared statement is leaving this device, in the same
 * transaction that takes it off the shared list: from now on nothing the
 * team server holds brings it back, in this tab or another. The team server
 * is told when it can be reached (`leavingStatements`, then `leftStatement`).
 */
export async function markLeaving(leaving: Leaving): Promise<void> {
	const db = getDatabase();
	await db.transaction('rw', db.settings, async () => {
		const list = ((await db.settings.get(LIST))?.value as SharedStatementSummary[] | undefined) ?? [];
		const pending = ((await db.settings.get(LEAVING))?.value as Leaving[] | undefined) ?? [];
		await db.settings.put({ key: LIST, value: list.filter((s) => s.id !== leaving.id) });
		await db.settings.put({ key: LEAVING, value: [...pending.filter((l) => l.id !== leaving.id), leaving] });
	});
}

/** Statements removed from this device that the team server has not yet heard about. */
export async function leavingStatements(): Promise<Leaving[]> {
	return ((await getDatabase().settings.get(LEAVING))?.value as Leaving[] | undefined) ?? [];
}

/** The team server has heard: the statement is gone from it, or no longer shared with the person. */
export async function leftStatement(id: string): Promise<void> {
	const db = getDatabase();
	await db.transaction('rw', db.settings, async () => {
		const pending = ((await db.settings.get(LEAVING))?.value as Leaving[] | undefined) ?? [];
		await db.settings.put({ key: LEAVING, value: pending.filter((l) => l.id !== id) });
	});
}

/** Statements no longer shared with the person, by id. */
export async function noLongerShared(): Promise<string[]> {
	return ((await getDatabase().settings.get(REMOVED))?.value as string[] | undefined) ?? [];
}

/**
 * The questions of a statement whose answers are exempt and not shared with
 * this person, each with the exemption relied on (empty when not known: an
 * earlier release kept only the questions).
 */
export async function getWithheld(assessmentId: string): Promise<WithheldQuestion[]> {
	const stored = (await getDatabase().settings.get(WITHHELD + assessmentId))?.value;
	if (!Array.isArray(stored)) return [];
	return stored.flatMap((item: unknown): WithheldQuestion[] => {
		if (typeof item === 'string') return [{ questionId: item, exemptionCategory: '' }];
		const w = item as Partial<WithheldQuestion> | null;
		return typeof w?.questionId === 'string' ? [{ questionId: w.questionId, exemptionCategory: typeof w.exemptionCategory === 'string' ? w.exemptionCategory : '' }] : [];
	});
}

/** Records which questions' answers are withheld, and their exemptions (only when that changed). */
export async function saveWithheld(assessmentId: string, withheld: readonly WithheldQuestion[]): Promise<void> {
	const sorted = [...withheld].sort((a, b) => a.questionId.localeCompare(b.questionId));
	if (JSON.stringify(await getWithheld(assessmentId)) === JSON.stringify(sorted)) return;
	await getDatabase().settings.put({ key: WITHHELD + assessmentId, value: sorted });
}

/** The latest change the team server has acknowledged for a statement, if any. */
export async function getSyncedThrough(assessmentId: string): Promise<string | undefined> {
	return (await getDatabase().settings.get(SYNCED_THROUGH + assessmentId))?.value as string | undefined;
}

/** Records that the team server has everything up to `through` (never moves back). */
export async function saveSyncedThrough(assessmentId: string, through: string): Promise<void> {
	const db = getDatabase();
	await db.transaction('rw', db.settings, async () => {
		const now = (await db.settings.get(SYNCED_THROUGH + assessmentId))?.value as string | undefined;
		if (!now || through > now) await db.settings.put({ key: SYNCED_THROUGH + assessmentId, value: through });
	});
}

/**
 * How many of a statement's answers, notes and recommendations changed on
 * this device since the team server last had everything: offline saves
 * count too, also after a reload.
 */
export async function changesWaiting(assessmentId: string): Promise<number> {
	const db = getDatabase();
	return db.transaction('r', [db.responses, db.notes, db.recommendations, db.settings], async () => {
		const through = await getSyncedThrough(assessmentId);
		const [responses, notes, recommendations] = await Promise.all([
			db.responses.where('assessmentId').equals(assessmentId).toArray(),
			db.notes.where('assessmentId').equals(assessmentId).toArray(),
			db.recommendations.where('assessmentId').equals(assessmentId).toArray()
		]);
		return changedSince({ responses, notes, recommendations }, through);
	});
}
