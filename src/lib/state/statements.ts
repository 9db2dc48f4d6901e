import { statementSummaryRecord, type StatementSummaryRecord } from '$lib/domain/progress.ts';
import type { Assessment, Response } from '$lib/domain/types.ts';
import { withWithheld } from '$lib/domain/team/withheld.ts';
import { getAssessment, listAssessments, listResponses } from '$lib/storage/assessments.ts';
import { getWithheld } from '$lib/storage/shared-statements.ts';
import { summariesById } from '$lib/storage/statement-summaries.ts';

/** A statement with its progress, as the list screen shows it. */
export interface StatementSummary {
	assessment: Assessment;
	/** Kept beside the statement, updated with every answer saved (storage/statement-summaries.ts). */
	progress: StatementSummaryRecord;
	/** The latest of the statement's and its answers' changes. */
	lastEdited: string;
}

/**
 * Every statement on this device with its progress, most recently edited
 * first. Reads the statements and their summary rows only, never the answers;
 * a statement somehow without a row (none should be) counts only its own answers.
 */
export async function loadStatementSummaries(): Promise<StatementSummary[]> {
	const [assessments, summaries] = await Promise.all([listAssessments(), summariesById()]);
	const list = await Promise.all(
		assessments.map(async (assessment) => {
			const progress = summaries.get(assessment.id) ?? statementSummaryRecord(assessment, await listResponses(assessment.id));
			const lastEdited = progress.lastEdited > assessment.updatedAt ? progress.lastEdited : assessment.updatedAt;
			return { assessment, progress, lastEdited };
		})
	);
	return list.sort((a, b) => (a.lastEdited < b.lastEdited ? 1 : a.lastEdited > b.lastEdited ? -1 : 0));
}

/** One statement with its answers, or null when it does not exist on this device. */
export interface LoadedStatement {
	assessment: Assessment;
	/** With a stand-in for each exempt answer withheld from this person on the team. */
	responses: Response[];
	/** The questions whose exempt answers are withheld from this person. */
	withheld: string[];
}

/** Loads a statement and its answers for the overview and question screens. */
export async function loadStatement(id: string): Promise<LoadedStatement | null> {
	const [assessment, responses, withheld] = await Promise.all([getAssessment(id), listResponses(id), getWithheld(id)]);
	return assessment ? { assessment, responses: withWithheld(id, responses, withheld), withheld: withheld.map((w) => w.questionId) } : null;
}
