import type { AssessmentDetailsInput } from '../domain/assessment.ts';
import type { ImportWrite } from '../domain/word-import/plan.ts';
import { importedBy } from '../domain/word-import/plan.ts';
import { createAssessment } from './assessments.ts';
import { getDatabase } from './db.ts';
import { addLocalArea, addLocalQuestion } from './local-questions.ts';
import { saveResponseWithin } from './responses.ts';

/** What the Word import screen asks to store. */
export interface WordImportRequest {
	details: AssessmentDetailsInput;
	frameworkIds: readonly string[];
	write: ImportWrite;
	/** The Word document's name, noted on each answer's first saved version. */
	fileName: string;
	/** Who is importing ("Sam Patel, Head of Service"), or empty. */
	author: string;
}

/**
 * Stores a position statement imported from a Word document: the statement,
 * the panel's own areas and questions for rows that matched none, and every
 * answer with its first saved version noting the file. One transaction
 * around the usual storage functions (each joins it), so a refusal anywhere
 * (a detail that fails its check, a disk that is full) leaves nothing
 * behind: the statement appears whole or not at all. Returns the new
 * statement's id.
 */
export async function importWordStatement(request: WordImportRequest): Promise<string> {
	const db = getDatabase();
	const savedBy = importedBy(request.author, request.fileName);
	return db.transaction('rw', [db.assessments, db.questionSets, db.responses, db.revisions, db.statementSummaries], async () => {
		const assessment = await createAssessment(request.details, request.frameworkIds);
		const keys = new Map<string, string>();
		for (const area of request.write.localAreas) {
			const areaId = await addLocalArea(assessment.id, area.title);
			for (const question of area.questions) {
				keys.set(question.key, await addLocalQuestion(assessment.id, areaId, { text: question.text, principleIds: [] }));
			}
		}
		for (const answer of request.write.answers) {
			const questionId = answer.questionId ?? keys.get(answer.localKey ?? '');
			if (!questionId) continue;
			await saveResponseWithin({ assessmentId: assessment.id, questionId, draft: answer.draft, baseRev: 0, author: savedBy });
		}
		return assessment.id;
	});
}
