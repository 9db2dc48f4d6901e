import { holdsAnswer, restoredDraft, versionOf } from '../domain/answer-versions.ts';
import { draftOf, storesSameAs } from '../domain/response.ts';
import type { Response, Revision } from '../domain/types.ts';
import { getDatabase } from './db.ts';
import { MissingRecordError } from './errors.ts';
import { newId } from './ids.ts';
import { getResponse, saveResponseWithin } from './responses.ts';

/**
 * Thrown when asked to restore a saved version into an answer it does not
 * belong to (a stale link, say). Nothing was written.
 */
export class RevisionOfAnotherAnswerError extends Error {
	constructor() {
		super('This saved version belongs to a different answer, so it cannot be restored here');
		this.name = 'RevisionOfAnotherAnswerError';
	}
}

/** One saved version as the history screen lists it. */
export interface AnswerVersion {
	/** 1 for the first version saved, counting up in the order they were saved. */
	number: number;
	revision: Revision;
	/** True for the version that holds the answer as it is now. */
	current: boolean;
}

/** An answer and every saved version of it. */
export interface AnswerHistory {
	/** The answer as stored now, or undefined when nothing has been saved for the question. */
	response: Response | undefined;
	/** Oldest first. */
	versions: AnswerVersion[];
}

/**
 * Numbers an answer's saved versions in the order they were saved and marks
 * the one the answer holds now: the latest that holds it as it is (versions
 * merged in from a file may be newer without being kept; a version saved
 * before versions kept the whole answer holds it when the text is the same).
 */
function numberVersions(response: Response | undefined, revisions: readonly Revision[]): AnswerVersion[] {
	const ordered = [...revisions].sort(
		(a, b) => a.savedAt.localeCompare(b.savedAt) || a.rev - b.rev || a.id.localeCompare(b.id)
	);
	const versions = ordered.map((revision, i) => ({ number: i + 1, revision, current: false }));
	const current = response ? versions.filter((v) => holdsAnswer(v.revision, response)).pop() : undefined;
	if (current) current.current = true;
	return versions;
}

/** An answer with its saved versions, numbered oldest first; read in one transaction so the two agree. */
export function getAnswerHistory(assessmentId: string, questionId: string): Promise<AnswerHistory> {
	const db = getDatabase();
	return db.transaction('r', [db.responses, db.revisions], async () => {
		const response = await getResponse(assessmentId, questionId);
		const revisions = response ? await db.revisions.where('responseId').equals(response.id).toArray() : [];
		return { response, versions: numberVersions(response, revisions) };
	});
}

/** What the history screen asks to restore. */
export interface RestoreRevisionRequest {
	assessmentId: string;
	questionId: string;
	/** The id of the saved version the answer should be again. */
	revisionId: string;
	/** Who is restoring, recorded on the answer and its new version. */
	author: string;
}

/**
 * Gives an answer what one of its saved versions holds again, by saving it
 * as a new save: the whole answer (text, reporters, rating, principles,
 * status, exemption, not applicable, figures and actions), or, for a version
 * saved before versions kept the whole answer, its text with everything
 * else as it is. The answer's `rev` goes up, a new version is added, and
 * nothing is deleted. The version and the answer are read, checked and
 * saved in one transaction, through the same code as every other save, so a
 * save from another tab lands wholly before or after the restore, never in
 * between. If no saved version holds the answer as it is now (an answer
 * imported without its history), it is kept as a version first. Refuses
 * with a RevisionOfAnotherAnswerError when the version belongs to another
 * answer, and MissingRecordError when either no longer exists. Restoring a
 * version the answer already matches writes nothing and returns the answer.
 */
export async function restoreRevision(request: RestoreRevisionRequest): Promise<Response> {
	const db = getDatabase();
	return db.transaction('rw', [db.assessments, db.responses, db.revisions, db.statementSummaries], async () => {
		const revision = await db.revisions.get(request.revisionId);
		if (!revision) throw new MissingRecordError('This saved version');
		const current = await getResponse(request.assessmentId, request.questionId);
		if (!current) throw new MissingRecordError('This answer');
		if (revision.responseId !== current.id) throw new RevisionOfAnotherAnswerError();
		const draft = restoredDraft(draftOf(current), revision);
		if (storesSameAs(current, draft)) return current;

		const held = await db.revisions
			.where('responseId')
			.equals(current.id)
			.filter((r) => r.details !== undefined && holdsAnswer(r, current))
			.count();
		if (held === 0) await db.revisions.add(versionOf(current, newId(), current.updatedAt, current.updatedBy));

		return saveResponseWithin({
			assessmentId: request.assessmentId,
			questionId: request.questionId,
			draft,
			baseRev: current.rev,
			author: request.author
		});
	});
}
