import type { FileProblem } from '../domain/file-format/read.ts';
import { frameworkById, frameworks, placedQuestions } from '../domain/frameworks/index.ts';
import { compareLibraryOrder, newestEditions, planLoad, sharedIds, type LoadPlan } from '../domain/question-sets/library.ts';
import type { Assessment, Framework, FrameworkRef, StoredQuestionSet } from '../domain/types.ts';
import { getDatabase } from './db.ts';
import { refreshStatementSummary } from './statement-summaries.ts';
import { MissingRecordError, NotAllowedError } from './errors.ts';
import { nowIso } from './ids.ts';

/**
 * The device's library of question sets loaded from files, and the two
 * changes a statement can make with them: start using a set, and move to
 * another edition of one. A statement keeps its own whole copy of every
 * loaded set it uses (`Assessment.importedSets`), so removing a set from the
 * library never changes a statement.
 */

/** Thrown when a set cannot be loaded (an edition that changed, an id the app's own sets use). Nothing was written. */
export class QuestionSetRefusedError extends Error {
	constructor(readonly problems: FileProblem[]) {
		super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
		this.name = 'QuestionSetRefusedError';
	}
}

/** What loading did: stored the set, or found the same edition already loaded exactly as it is. */
export type LoadOutcome = { kind: 'loaded'; stored: StoredQuestionSet } | { kind: 'already-loaded'; stored: StoredQuestionSet };

async function editionsOf(id: string): Promise<StoredQuestionSet[]> {
	return getDatabase().questionSets.where('id').equals(id).toArray();
}

/** What loading this set would do, without writing anything (for the preview before "Load this question set"). */
export async function planQuestionSetLoad(framework: Framework): Promise<LoadPlan> {
	return planLoad(framework, (await editionsOf(framework.id)).map((s) => s.framework), frameworks);
}

/**
 * Stores a validated set in the library. The same edition already stored
 * with identical content writes nothing and says so; the same edition with
 * different content, or an id the app's own sets use, is refused with
 * `QuestionSetRefusedError`. Read and write share one transaction, so two
 * tabs loading at once cannot both store an edition.
 */
export async function loadQuestionSet(framework: Framework): Promise<LoadOutcome> {
	const db = getDatabase();
	return db.transaction('rw', db.questionSets, async () => {
		const stored = await editionsOf(framework.id);
		const plan = planLoad(framework, stored.map((s) => s.framework), frameworks);
		if (plan.kind === 'refused') throw new QuestionSetRefusedError(plan.problems);
		const existing = stored.find((s) => s.edition === framework.edition);
		if (plan.kind === 'already-loaded' && existing) return { kind: 'already-loaded', stored: existing };
		const record: StoredQuestionSet = { id: framework.id, edition: framework.edition, framework, importedAt: nowIso() };
		await db.questionSets.add(record);
		return { kind: 'loaded', stored: record };
	});
}

/** Every set in the library: by title, each set's editions newest first. */
export async function listQuestionSets(): Promise<StoredQuestionSet[]> {
	const all = await getDatabase().questionSets.toArray();
	return all.sort((a, b) => compareLibraryOrder(a.framework, b.framework));
}

/** Removes one edition from the library. Statements that use it keep their own copy and are not changed. */
export async function removeQuestionSet(id: string, edition: string): Promise<void> {
	await getDatabase().questionSets.delete([id, edition]);
}

/** The loaded sets a new statement can choose: the newest edition of each. */
export async function loadedSetsOnOffer(): Promise<Framework[]> {
	return newestEditions((await getDatabase().questionSets.toArray()).map((s) => s.framework));
}

/** The area and question ids a statement already uses, leaving out one set's (the set being replaced). */
function idsInUse(assessment: Assessment, except?: string): Set<string> {
	return new Set(placedQuestions(assessment).filter((p) => p.framework.id !== except).flatMap((p) => [p.area.id, p.question.id]));
}

function clashMessage(set: Framework, shared: readonly string[]): string {
	return `${set.shortTitle} uses the id ${shared[0]}, which this statement's other questions already use, so it cannot be added`;
}

async function statementToChange(assessmentId: string): Promise<Assessment> {
	const assessment = await getDatabase().assessments.get(assessmentId);
	if (!assessment) throw new MissingRecordError('This position statement');
	if (assessment.pack) throw new NotAllowedError("This is a contribution pack: the coordinator's statement decides its questions");
	return assessment;
}

/**
 * Adds a question set to an existing statement: one the app ships, or an
 * edition from the library, whose whole copy the statement keeps. Its areas
 * come after the statement's other sets. Refused when the statement already
 * uses the set (at any edition) or shares an id with it. The reference and
 * the copy are written together in one transaction, so a statement never
 * refers to a set it has no copy of.
 */
export async function useQuestionSet(assessmentId: string, id: string, edition: string): Promise<void> {
	const db = getDatabase();
	await db.transaction('rw', [db.assessments, db.questionSets, db.responses, db.statementSummaries], async () => {
		const assessment = await statementToChange(assessmentId);
		if (assessment.frameworks.some((r) => r.id === id)) throw new NotAllowedError('This statement already uses that question set');
		const shipped = frameworkById(id);
		const set = shipped && shipped.edition === edition ? shipped : (await db.questionSets.get([id, edition]))?.framework;
		if (!set) throw new MissingRecordError('That question set');
		const shared = sharedIds(set, idsInUse(assessment));
		if (shared.length > 0) throw new NotAllowedError(clashMessage(set, shared));
		const ref: FrameworkRef = { id, edition };
		await db.assessments.update(assessmentId, {
			frameworks: [...assessment.frameworks, ref],
			importedSets: shipped ? assessment.importedSets : [...assessment.importedSets.filter((f) => f.id !== id), set],
			updatedAt: nowIso()
		});
		await refreshStatementSummary(assessmentId);
	});
}

/**
 * Moves a statement to another edition of a loaded set it uses: replaces its
 * copy of the set and the edition it records, in one transaction. Answers are
 * kept by question id and never touched, so answers to questions the new
 * edition drops stay stored and come back if the statement changes back.
 * Called only when the user has chosen the edition.
 */
export async function changeEdition(assessmentId: string, id: string, toEdition: string): Promise<void> {
	const db = getDatabase();
	await db.transaction('rw', [db.assessments, db.questionSets, db.responses, db.statementSummaries], async () => {
		const assessment = await statementToChange(assessmentId);
		const index = assessment.frameworks.findIndex((r) => r.id === id);
		if (index < 0) throw new NotAllowedError('This statement does not use that question set');
		if (assessment.frameworks[index]!.edition === toEdition) return;
		const set = (await db.questionSets.get([id, toEdition]))?.framework;
		if (!set) throw new MissingRecordError(`Edition ${toEdition} of that question set`);
		const shared = sharedIds(set, idsInUse(assessment, id));
		if (shared.length > 0) throw new NotAllowedError(clashMessage(set, shared));
		const refs = assessment.frameworks.map((r, i) => (i === index ? { id, edition: toEdition } : r));
		await db.assessments.update(assessmentId, {
			frameworks: refs,
			importedSets: [...assessment.importedSets.filter((f) => f.id !== id), set],
			updatedAt: nowIso()
		});
		await refreshStatementSummary(assessmentId);
	});
}
