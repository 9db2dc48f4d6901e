import {
	FRAMEWORKS_FIELD,
	newAssessment,
	validateDetails,
	validateFrameworkChoice,
	type AssessmentDetails,
	type AssessmentDetailsInput
} from '../domain/assessment.ts';
import { defaultFrameworkRefs, frameworks, frameworksFor } from '../domain/frameworks/index.ts';
import { combinationProblem } from '../domain/question-sets/library.ts';
import { isAnswered } from '../domain/response.ts';
import type { Assessment, Response } from '../domain/types.ts';
import { getDatabase } from './db.ts';
import { refreshStatementSummary } from './statement-summaries.ts';
import { MissingRecordError, ValidationError } from './errors.ts';
import { newId, nowIso } from './ids.ts';
import { loadedSetsOnOffer } from './question-sets.ts';

function validated(input: AssessmentDetailsInput): AssessmentDetails {
	const result = validateDetails(input);
	if (!result.ok) throw new ValidationError(result.errors);
	return result.value;
}

/**
 * Validates the details and the chosen question sets (the Ombudsman's
 * questions unless others are given) and stores a new statement. Returns it.
 */
export async function createAssessment(
	input: AssessmentDetailsInput,
	frameworkIds: readonly string[] = defaultFrameworkRefs.map((r) => r.id)
): Promise<Assessment> {
	const db = getDatabase();
	// Sets loaded from files are offered too (the newest edition of each), and
	// the statement keeps its own copy of those it uses: read and write in one
	// transaction, so the copy is the edition the reference records.
	return db.transaction('rw', [db.assessments, db.questionSets, db.responses, db.statementSummaries], async () => {
		const loaded = await loadedSetsOnOffer();
		const sets = validateFrameworkChoice(frameworkIds, [...frameworks, ...loaded]);
		const details = validateDetails(input);
		if (!sets.ok || !details.ok) throw new ValidationError([...(sets.ok ? [] : sets.errors), ...(details.ok ? [] : details.errors)]);
		const importedSets = loaded.filter((f) => sets.value.some((r) => r.id === f.id));
		const clash = combinationProblem(frameworksFor({ frameworks: sets.value, importedSets }));
		if (clash) throw new ValidationError([{ field: FRAMEWORKS_FIELD, message: clash }]);
		const assessment = { ...newAssessment(details.value, sets.value, newId(), nowIso()), importedSets };
		await db.assessments.add(assessment);
		await refreshStatementSummary(assessment.id);
		return assessment;
	});
}

/** Validates and stores changed details (title, council, panel, meeting date, …). */
export async function updateAssessmentDetails(id: string, input: AssessmentDetailsInput): Promise<void> {
	const details = validated(input);
	const changed = await getDatabase().assessments.update(id, { ...details, updatedAt: nowIso() });
	if (changed === 0) throw new MissingRecordError('This position statement');
}

/** The statement with this id, or undefined. */
export function getAssessment(id: string): Promise<Assessment | undefined> {
	return getDatabase().assessments.get(id);
}

/** Every statement on this device, most recently edited first. */
export function listAssessments(): Promise<Assessment[]> {
	return getDatabase().assessments.orderBy('updatedAt').reverse().toArray();
}

/** Every stored answer of one statement. */
export function listResponses(assessmentId: string): Promise<Response[]> {
	return getDatabase().responses.where('assessmentId').equals(assessmentId).toArray();
}

/** What deleting a statement would remove, for the confirmation page. */
export interface DeletionImpact {
	answers: number;
	revisions: number;
}

/** Counts what deleting this statement would remove. */
export async function deletionImpact(id: string): Promise<DeletionImpact> {
	const db = getDatabase();
	const [responses, revisions] = await Promise.all([
		db.responses.where('assessmentId').equals(id).toArray(),
		db.revisions.where('assessmentId').equals(id).count()
	]);
	return { answers: responses.filter(isAnswered).length, revisions };
}

/**
 * Deletes a statement with all its answers, their history and the
 * councillors' notes on them. Recommendations stay in the tracker, no longer
 * linked to a statement. One transaction: either everything goes or nothing
 * does, so a failure can never leave answers without their statement.
 */
export async function deleteAssessment(id: string): Promise<void> {
	const db = getDatabase();
	await db.transaction('rw', [db.assessments, db.responses, db.revisions, db.notes, db.recommendations, db.statementSummaries], async () => {
		await db.notes.where('assessmentId').equals(id).delete();
		await db.recommendations.where('assessmentId').equals(id).modify({ assessmentId: null, questionIds: [] });
		await db.revisions.where('assessmentId').equals(id).delete();
		await db.responses.where('assessmentId').equals(id).delete();
		await db.assessments.delete(id);
		await db.statementSummaries.delete(id);
	});
}

/** Stores the statement's "opportunities for further scrutiny" text (markdown). */
export async function updateFurtherScrutiny(id: string, markdown: string): Promise<void> {
	const changed = await getDatabase().assessments.update(id, { furtherScrutiny: markdown, updatedAt: nowIso() });
	if (changed === 0) throw new MissingRecordError('This position statement');
}
