import { planMerge } from '../domain/merge.ts';
import { sameJson } from '../domain/team/record-rules.ts';
import type { StatementRecords } from '../domain/team/remote-statement.ts';
import type { ShareRole } from '../domain/team/roles.ts';
import { getDatabase } from './db.ts';
import { refreshStatementSummary } from './statement-summaries.ts';
import { getSyncedThrough, leavingStatements } from './shared-statements.ts';
import { clearSyncConflict, getSyncConflict, putSyncConflict } from './sync-conflicts.ts';
import { mergeAnswers, mergeNotesAndRecommendations } from './transfer.ts';

/**
 * Takes what a statement's shared documents hold into this device's copy,
 * the way a statement file from a colleague is merged: answers changed only
 * there are taken, answers changed only here are kept, every saved version
 * joins the history, notes and recommendations are merged by their rules.
 * An answer changed on both sides keeps this device's version and the other
 * waits for the person's choice. One transaction: all of it or none.
 * Returns the questions now waiting for a choice.
 */
export async function takeShared(records: StatementRecords, role: ShareRole, author: string): Promise<{ added: boolean; waiting: string[] }> {
	const db = getDatabase();
	return db.transaction('rw', [db.assessments, db.responses, db.revisions, db.notes, db.recommendations, db.settings, db.statementSummaries], async () => {
		// Removed from this device by the person: what the team server still holds never brings it back.
		if ((await leavingStatements()).some((l) => l.id === records.assessment.id)) return { added: false, waiting: [] };
		const existing = await db.assessments.get(records.assessment.id);
		if (!existing) {
			await db.assessments.add(records.assessment);
			await db.responses.bulkPut(records.responses);
			await db.revisions.bulkPut(records.revisions);
			await db.notes.bulkPut(records.notes);
			await db.recommendations.bulkPut(records.recommendations);
			await refreshStatementSummary(records.assessment.id);
			return { added: true, waiting: [] };
		}
		const [mine, myRevisions] = await Promise.all([
			db.responses.where('assessmentId').equals(existing.id).toArray(),
			db.revisions.where('assessmentId').equals(existing.id).toArray()
		]);
		const steps = planMerge(mine, myRevisions, records.responses, records.revisions);
		await mergeAnswers(existing.id, records, {}, author, 'keep-mine');
		await mergeNotesAndRecommendations(records.notes, records.recommendations);

		// The coordinator writes the details; everyone else takes them as shared, keeping their own "last edited".
		const incoming = records.assessment;
		const details =
			role === 'coordinator'
				? incoming.updatedAt > existing.updatedAt
					? { ...incoming, pack: existing.pack }
					: existing
				: { ...incoming, pack: existing.pack, updatedAt: incoming.updatedAt > existing.updatedAt ? incoming.updatedAt : existing.updatedAt };
		if (!sameJson(details, existing)) await db.assessments.put(details);
		await refreshStatementSummary(existing.id);

		const waiting: string[] = [];
		for (const step of steps) {
			if (step.action === 'conflict' && step.mine) {
				// Kept with this device's rev, so "Keep my version" and "Use the other version" save over what is stored.
				await putSyncConflict({ ...step.theirs, id: step.mine.id, rev: step.mine.rev });
				waiting.push(step.questionId);
			} else if (await getSyncConflict(existing.id, step.questionId)) {
				await clearSyncConflict(existing.id, step.questionId);
			}
		}
		return { added: false, waiting };
	});
}

/**
 * Removes from this device the answers now withheld from the person (marked
 * exempt after they were shared with them), with their saved versions. An
 * answer changed here since the team server last had everything stays, so
 * no unsent word is lost. Returns the questions whose answers were removed.
 */
export async function dropWithheldAnswers(assessmentId: string, questionIds: readonly string[]): Promise<string[]> {
	if (questionIds.length === 0) return [];
	const db = getDatabase();
	return db.transaction('rw', [db.assessments, db.responses, db.revisions, db.settings, db.statementSummaries], async () => {
		const through = await getSyncedThrough(assessmentId);
		if (through === undefined) return [];
		const withheld = await db.responses
			.where('assessmentId')
			.equals(assessmentId)
			.filter((r) => questionIds.includes(r.questionId) && r.updatedAt <= through)
			.toArray();
		for (const response of withheld) {
			await db.revisions.where('responseId').equals(response.id).delete();
			await db.responses.delete(response.id);
		}
		if (withheld.length > 0) await refreshStatementSummary(assessmentId);
		return withheld.map((r) => r.questionId);
	});
}
