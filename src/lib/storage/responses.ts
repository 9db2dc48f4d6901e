import { isUntouched, sameDetails, versionOf } from '../domain/answer-versions.ts';
import { validateDraft, type ResponseDraft } from '../domain/response.ts';
import type { Response, Revision } from '../domain/types.ts';
import { getDatabase } from './db.ts';
import { ConflictError, MissingRecordError, ValidationError } from './errors.ts';
import { newId, nowIso } from './ids.ts';
import { refreshStatementSummary } from './statement-summaries.ts';

/** What the question page asks to store. */
export interface SaveResponseRequest {
	assessmentId: string;
	questionId: string;
	draft: ResponseDraft;
	/** The `rev` the editor loaded (0 for an answer not yet stored). */
	baseRev: number;
	/** Who is saving, recorded on the answer and its revision. */
	author: string;
}

/** The stored answer to one question, or undefined when none has been saved. */
export function getResponse(assessmentId: string, questionId: string): Promise<Response | undefined> {
	return getDatabase().responses.where('[assessmentId+questionId]').equals([assessmentId, questionId]).first();
}

/**
 * Validates and stores an answer, appending a saved version of the whole
 * answer when anything in it changed (its text or any detail), and touching the statement's "last edited" time. One transaction, so the
 * answer, its history and the statement never disagree. If the stored answer
 * has moved on since `baseRev` (another tab saved it), nothing is written
 * and a ConflictError carries the stored version.
 */
export async function saveResponse(request: SaveResponseRequest): Promise<Response> {
	// Refuse bad input before opening a transaction.
	const result = validateDraft(request.draft);
	if (!result.ok) throw new ValidationError(result.errors);
	const db = getDatabase();
	return db.transaction('rw', [db.assessments, db.responses, db.revisions, db.statementSummaries], () => saveResponseWithin(request));
}

/**
 * What `saveResponse` does inside its transaction, for storage functions
 * that save an answer as one step of a larger transaction (restoring a
 * saved version reads it and saves it together). Call it only inside a
 * read-write transaction over `assessments`, `responses`, `revisions` and
 * `statementSummaries` (the statement's progress is kept up to date with it),
 * so that a refusal (validation, conflict, missing statement) writes nothing.
 */
export async function saveResponseWithin(request: SaveResponseRequest): Promise<Response> {
	const result = validateDraft(request.draft);
	if (!result.ok) throw new ValidationError(result.errors);
	const draft = result.value;
	const db = getDatabase();
	const assessment = await db.assessments.get(request.assessmentId);
	if (!assessment) throw new MissingRecordError('This position statement');
	const existing = await getResponse(request.assessmentId, request.questionId);
	if ((existing?.rev ?? 0) !== request.baseRev) {
		if (existing) throw new ConflictError(existing);
		throw new MissingRecordError('This answer');
	}
	const now = nowIso();
	const next: Response = {
		id: existing?.id ?? newId(),
		assessmentId: request.assessmentId,
		questionId: request.questionId,
		...draft,
		rev: request.baseRev + 1,
		createdAt: existing?.createdAt ?? now,
		updatedAt: now,
		updatedBy: request.author
	};
	await db.responses.put(next);
	const changed = existing ? existing.statement !== next.statement || !sameDetails(existing, next) : !isUntouched(next);
	if (changed) {
		await db.revisions.add(versionOf(next, newId(), now, request.author));
	}
	await db.assessments.update(request.assessmentId, { updatedAt: now });
	await refreshStatementSummary(request.assessmentId);
	return next;
}

/** Every saved version of an answer's text, oldest first. */
export function listRevisions(responseId: string): Promise<Revision[]> {
	return getDatabase()
		.revisions.where('[responseId+rev]')
		.between([responseId, -Infinity], [responseId, Infinity])
		.toArray();
}
