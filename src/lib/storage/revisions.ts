import { draftOf } from '../domain/response.ts';
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
	/** True for the version whose text the answer has now. */
	current: boolean;
}

/** An answer and every saved version of its text. */
export interface AnswerHistory {
	/** The answer as stored now, or undefined when nothing has been saved for the question. */
	response: Response | undefined;
	/** Oldest first. */
	versions: AnswerVersion[];
}

/**
 * Numbers an answer's saved versions in the order they were saved and marks
 * the one the answer holds now: the latest with the same text (a status-only
 * save adds no version, and versions merged in from a file may be newer
 * without being kept).
 */
function numberVersions(response: Response | undefined, revisions: readonly Revision[]): AnswerVersion[] {
	const ordered = [...revisions].sort(
		(a, b) => a.savedAt.localeCompare(b.savedAt) || a.rev - b.rev || a.id.localeCompare(b.id)
	);
	const versions = ordered.map((revision, i) => ({ number: i + 1, revision, current: false }));
	const current = response ? versions.filter((v) => v.revision.statement === response.statement).pop() : undefined;
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
	/** The id of the saved version whose text the answer should have again. */
	revisionId: string;
	/** Who is restoring, recorded on the answer and its new version. */
	author: string;
}

/**
 * Gives an answer the text of one of its saved versions again, by saving
 * that text as a new save: the answer's `rev` goes up, a new version is
 * added, and its other details (reporters, rating, principles, status,
 * exemption) stay as they are. Nothing is deleted. The version and the
 * answer are read, checked and saved in one transaction, through the same
 * code as every other save, so a save from another tab lands wholly before
 * or after the restore, never in between. If no saved version holds the
 * answer's current text (an answer imported without its history), that
 * text is kept as a version first. Refuses with a RevisionOfAnotherAnswerError
 * when the version belongs to another answer, and MissingRecordError when
 * either no longer exists. Restoring a version whose text the answer
 * already has writes nothing and returns the answer as it is.
 */
export async function restoreRevision(request: RestoreRevisionRequest): Promise<Response> {
	const db = getDatabase();
	return db.transaction('rw', [db.assessments, db.responses, db.revisions, db.statementSummaries], async () => {
		const revision = await db.revisions.get(request.revisionId);
		if (!revision) throw new MissingRecordError('This saved version');
		const current = await getResponse(request.assessmentId, request.questionId);
		if (!current) throw new MissingRecordError('This answer');
		if (revision.responseId !== current.id) throw new RevisionOfAnotherAnswerError();
		if (revision.statement === current.statement) return current;

		const held = await db.revisions
			.where('responseId')
			.equals(current.id)
			.filter((r) => r.statement === current.statement)
			.count();
		if (held === 0 && current.statement !== '') {
			await db.revisions.add({
				id: newId(),
				responseId: current.id,
				assessmentId: current.assessmentId,
				questionId: current.questionId,
				rev: current.rev,
				statement: current.statement,
				savedAt: current.updatedAt,
				savedBy: current.updatedBy
			});
		}

		return saveResponseWithin({
			assessmentId: request.assessmentId,
			questionId: request.questionId,
			draft: { ...draftOf(current), statement: revision.statement },
			baseRev: current.rev,
			author: request.author
		});
	});
}
