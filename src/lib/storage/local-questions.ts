import {
	QUESTION_AREA_FIELD,
	addArea,
	addQuestion,
	findLocalArea,
	findLocalQuestion,
	localNumbering,
	moveArea,
	moveQuestion,
	removalRefusals,
	removeArea,
	removeQuestion,
	renameArea,
	updateQuestion,
	validateAreaTitle,
	validateLocalQuestion,
	withoutQuestions,
	type LocalQuestionInput,
	type MoveDirection,
	type QuestionAttachments,
	type RemovalRefusal
} from '../domain/local-questions.ts';
import type { Assessment, LocalArea, LocalQuestion } from '../domain/types.ts';
import { getDatabase } from './db.ts';
import { refreshStatementSummary } from './statement-summaries.ts';
import { MissingRecordError, NotAllowedError, ValidationError } from './errors.ts';
import { newId, nowIso } from './ids.ts';

/**
 * The panel's own areas and questions on a statement. Every write runs in
 * one transaction that reads the statement, checks the change against what
 * is stored now (not what a form saw when it opened), and writes the new
 * list with the statement's "last edited" time. A reporter's copy from a
 * contribution pack cannot change them: they belong to the coordinator.
 */

/** Thrown when questions cannot be removed because something hangs on them. Nothing was written. */
export class RemovalRefusedError extends Error {
	constructor(readonly refusals: RemovalRefusal[]) {
		super(refusals.map((r) => r.message).join('; '));
		this.name = 'RemovalRefusedError';
	}
}

const STATEMENT = 'This position statement';

function editable(assessment: Assessment | undefined): Assessment {
	if (!assessment) throw new MissingRecordError(STATEMENT);
	if (assessment.pack) {
		throw new NotAllowedError(`This is ${assessment.pack.contributor.name}'s copy of the statement: only the coordinator can change the panel's own questions`);
	}
	return assessment;
}

/** Reads the statement, applies `edit` to it and stores the result, all in one transaction. Returns what `edit` returns. */
async function change<T>(assessmentId: string, edit: (a: Assessment) => { localAreas: LocalArea[]; result: T }): Promise<T> {
	const db = getDatabase();
	return db.transaction('rw', [db.assessments, db.responses, db.statementSummaries], async () => {
		const assessment = editable(await db.assessments.get(assessmentId));
		const { localAreas, result } = edit(assessment);
		await db.assessments.update(assessmentId, { localAreas, updatedAt: nowIso() });
		await refreshStatementSummary(assessmentId);
		return result;
	});
}

function areaOf(assessment: Assessment, areaId: string): LocalArea {
	const area = findLocalArea(assessment.localAreas, areaId);
	if (!area) throw new MissingRecordError('This area');
	return area;
}

function questionOf(assessment: Assessment, questionId: string): { area: LocalArea; question: LocalQuestion } {
	const found = findLocalQuestion(assessment.localAreas, questionId);
	if (!found) throw new MissingRecordError('This question');
	return found;
}

/** Validates the title and adds an empty area at the end. Returns the new area's id. */
export async function addLocalArea(assessmentId: string, title: string): Promise<string> {
	return change(assessmentId, (a) => {
		const checked = validateAreaTitle(title, a.localAreas);
		if (!checked.ok) throw new ValidationError(checked.errors);
		const id = `local-area-${newId()}`;
		return { localAreas: addArea(a.localAreas, id, checked.value), result: id };
	});
}

/** Validates and stores an area's new title. */
export async function renameLocalArea(assessmentId: string, areaId: string, title: string): Promise<void> {
	await change(assessmentId, (a) => {
		areaOf(a, areaId);
		const checked = validateAreaTitle(title, a.localAreas, areaId);
		if (!checked.ok) throw new ValidationError(checked.errors);
		return { localAreas: renameArea(a.localAreas, areaId, checked.value), result: undefined };
	});
}

/** Moves an area one place up or down (nothing changes at either end). */
export async function moveLocalArea(assessmentId: string, areaId: string, direction: MoveDirection): Promise<void> {
	await change(assessmentId, (a) => {
		areaOf(a, areaId);
		return { localAreas: moveArea(a.localAreas, areaId, direction), result: undefined };
	});
}

/** Validates a question and adds it at the end of its area. Returns the new question's id. */
export async function addLocalQuestion(assessmentId: string, areaId: string, input: LocalQuestionInput): Promise<string> {
	return change(assessmentId, (a) => {
		areaOf(a, areaId);
		const checked = validateLocalQuestion(input);
		if (!checked.ok) throw new ValidationError(checked.errors);
		const id = `local-${newId()}`;
		return { localAreas: addQuestion(a.localAreas, areaId, id, checked.value), result: id };
	});
}

/**
 * Validates and stores a question's new text and principles; given another
 * area, moves it to the end of that area. Its answer goes with it.
 */
export async function updateLocalQuestion(
	assessmentId: string,
	questionId: string,
	input: LocalQuestionInput,
	toAreaId?: string
): Promise<void> {
	await change(assessmentId, (a) => {
		questionOf(a, questionId);
		const checked = validateLocalQuestion(input);
		const errors = checked.ok ? [] : [...checked.errors];
		if (toAreaId !== undefined && !findLocalArea(a.localAreas, toAreaId)) {
			errors.push({ field: QUESTION_AREA_FIELD, message: 'Select one of the areas listed' });
		}
		if (!checked.ok || errors.length > 0) throw new ValidationError(errors);
		return { localAreas: updateQuestion(a.localAreas, questionId, checked.value, toAreaId), result: undefined };
	});
}

/** Moves a question one place up or down within its area. */
export async function moveLocalQuestion(assessmentId: string, questionId: string, direction: MoveDirection): Promise<void> {
	await change(assessmentId, (a) => {
		questionOf(a, questionId);
		return { localAreas: moveQuestion(a.localAreas, questionId, direction), result: undefined };
	});
}

/** What removing an area or a question would do, for its confirmation screen. */
export interface RemovalCheck {
	/** The questions that would go. */
	questions: LocalQuestion[];
	/** Why they cannot go yet; empty when they can. */
	refusals: RemovalRefusal[];
	/** Contributors asked to answer any of them: those questions come off their lists. */
	contributors: string[];
}

/** Gathers what hangs on each question. Runs inside the caller's transaction. */
async function check(assessment: Assessment, questions: readonly LocalQuestion[]): Promise<RemovalCheck> {
	const db = getDatabase();
	const numbers = localNumbering(assessment).questions;
	const ids = new Set(questions.map((q) => q.id));
	const recommendations = await db.recommendations.where('assessmentId').equals(assessment.id).toArray();
	const attachments: QuestionAttachments[] = [];
	for (const q of questions) {
		const [response, notes] = await Promise.all([
			db.responses.where('[assessmentId+questionId]').equals([assessment.id, q.id]).first(),
			db.notes.where('[assessmentId+questionId]').equals([assessment.id, q.id]).count()
		]);
		attachments.push({
			questionId: q.id,
			number: numbers.get(q.id) ?? '',
			...(response ? { response } : {}),
			notes,
			recommendations: recommendations.filter((r) => r.questionIds.includes(q.id)).length
		});
	}
	return {
		questions: [...questions],
		refusals: removalRefusals(attachments),
		contributors: assessment.contributors.filter((c) => c.questionIds.some((id) => ids.has(id))).map((c) => c.name)
	};
}

const readTables = () => {
	const db = getDatabase();
	return [db.assessments, db.responses, db.notes, db.recommendations, db.statementSummaries];
};

/** What removing this question would do. Writes nothing. */
export async function questionRemovalCheck(assessmentId: string, questionId: string): Promise<RemovalCheck> {
	const db = getDatabase();
	return db.transaction('r', readTables(), async () => {
		const assessment = editable(await db.assessments.get(assessmentId));
		return check(assessment, [questionOf(assessment, questionId).question]);
	});
}

/** What removing this area, with all its questions, would do. Writes nothing. */
export async function areaRemovalCheck(assessmentId: string, areaId: string): Promise<RemovalCheck> {
	const db = getDatabase();
	return db.transaction('r', readTables(), async () => {
		const assessment = editable(await db.assessments.get(assessmentId));
		return check(assessment, areaOf(assessment, areaId).questions);
	});
}

/**
 * Removes questions, checking again inside the transaction: refused
 * (RemovalRefusedError, nothing written) while any has an answer, a note or
 * a recommendation. The questions come off contributors' lists too.
 */
async function removeChecked(assessmentId: string, pick: (a: Assessment) => { questions: LocalQuestion[]; localAreas: LocalArea[] }): Promise<void> {
	const db = getDatabase();
	await db.transaction('rw', readTables(), async () => {
		const assessment = editable(await db.assessments.get(assessmentId));
		const { questions, localAreas } = pick(assessment);
		const result = await check(assessment, questions);
		if (result.refusals.length > 0) throw new RemovalRefusedError(result.refusals);
		await db.assessments.update(assessmentId, {
			localAreas,
			contributors: withoutQuestions(assessment.contributors, questions.map((q) => q.id)),
			updatedAt: nowIso()
		});
		await refreshStatementSummary(assessmentId);
	});
}

/** Removes one question (see removeChecked). */
export async function removeLocalQuestion(assessmentId: string, questionId: string): Promise<void> {
	await removeChecked(assessmentId, (a) => ({
		questions: [questionOf(a, questionId).question],
		localAreas: removeQuestion(a.localAreas, questionId)
	}));
}

/** Removes an area with all its questions (see removeChecked). */
export async function removeLocalArea(assessmentId: string, areaId: string): Promise<void> {
	await removeChecked(assessmentId, (a) => ({
		questions: areaOf(a, areaId).questions,
		localAreas: removeArea(a.localAreas, areaId)
	}));
}

