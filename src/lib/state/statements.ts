import { statementProgress, type StatementProgress } from '$lib/domain/progress.ts';
import type { Assessment, Response } from '$lib/domain/types.ts';
import { withWithheld } from '$lib/domain/team/withheld.ts';
import { getAssessment, listAssessments, listResponses, responsesByAssessment } from '$lib/storage/assessments.ts';
import { getWithheld } from '$lib/storage/shared-statements.ts';

/** A statement with its progress, as the list screen shows it. */
export interface StatementSummary {
	assessment: Assessment;
	progress: StatementProgress;
}

/** Every statement on this device with its progress, most recently edited first. */
export async function loadStatementSummaries(): Promise<StatementSummary[]> {
	const [assessments, responses] = await Promise.all([listAssessments(), responsesByAssessment()]);
	return assessments.map((assessment) => ({
		assessment,
		// A reporter's copy from a contribution pack counts only her questions.
		progress: statementProgress(assessment, responses.get(assessment.id) ?? [], assessment.pack ? new Set(assessment.pack.contributor.questionIds) : undefined)
	}));
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
	return assessment ? { assessment, responses: withWithheld(id, responses, withheld), withheld } : null;
}
