import { statementSummaryRecord, type StatementSummaryRecord } from '../domain/progress.ts';
import type { Assessment, Response } from '../domain/types.ts';
import { getDatabase } from './db.ts';

/**
 * Recomputes one statement's summary row (progress and "last edited") from
 * that statement's own answers and writes it, or removes the row when the
 * statement is gone. Call it at the end of every transaction that changes a
 * statement's answers or questions, with `statementSummaries` in the
 * transaction's tables, so the row never disagrees with the answers.
 */
export async function refreshStatementSummary(assessmentId: string): Promise<void> {
	const db = getDatabase();
	const assessment = await db.assessments.get(assessmentId);
	if (!assessment) {
		await db.statementSummaries.delete(assessmentId);
		return;
	}
	const responses = await db.responses.where('assessmentId').equals(assessmentId).toArray();
	await db.statementSummaries.put(statementSummaryRecord(assessment, responses));
}

/** Every statement's summary row, by statement id (the home screen's progress). */
export async function summariesById(): Promise<Map<string, StatementSummaryRecord>> {
	const rows = await getDatabase().statementSummaries.toArray();
	return new Map(rows.map((r) => [r.assessmentId, r]));
}

/** Summary rows for statements and answers held in memory (a backup being restored), without reading the database. */
export function summariesFor(assessments: readonly Assessment[], responses: readonly Response[]): StatementSummaryRecord[] {
	const byStatement = new Map<string, Response[]>();
	for (const r of responses) {
		const list = byStatement.get(r.assessmentId);
		if (list) list.push(r);
		else byStatement.set(r.assessmentId, [r]);
	}
	return assessments.map((a) => statementSummaryRecord(a, byStatement.get(a.id) ?? []));
}
