import { sameFigure, withFigure, withoutFigure } from '../domain/figures.ts';
import { draftOf, emptyDraft } from '../domain/response.ts';
import type { Figure, PrincipleId, Response } from '../domain/types.ts';
import { getDatabase } from './db.ts';
import { ChangedElsewhereError, MissingRecordError } from './errors.ts';
import { getResponse, saveResponseWithin } from './responses.ts';

/** What the figure form asks to store. */
export interface SaveFigureRequest {
	assessmentId: string;
	questionId: string;
	/** The figure as checked by `validateFigure`. */
	figure: Figure;
	/** The figure as the form loaded it, to refuse overwriting a change made elsewhere; undefined when adding one. */
	original: Figure | undefined;
	/** The question's suggested principles, used only when the answer is not stored yet. */
	proposedPrinciples: readonly PrincipleId[];
	/** Who is saving, recorded on the answer. */
	author: string;
}

/** What the remove confirmation asks to delete. */
export interface RemoveFigureRequest {
	assessmentId: string;
	questionId: string;
	/** The figure as the confirmation screen showed it. */
	figure: Figure;
	author: string;
}

const changedMessage =
	'This figure was changed in another tab or window after you opened it, so nothing has been saved. Go back to the question to see it as it is now.';

function stored(response: Response | undefined, id: string): Figure | undefined {
	return response?.figures.find((f) => f.id === id);
}

/**
 * Adds a figure to an answer or saves a changed one. Reads the answer and
 * saves it in one transaction, through `saveResponseWithin` and so with its
 * rev check: the figure change is a save of the answer like any other (its
 * rev, time and author move on; the question page open in another tab sees
 * it, or reports a conflict if it holds unsaved changes). Only this figure
 * changes; if it was changed or removed elsewhere since the form opened,
 * nothing is written (ChangedElsewhereError, MissingRecordError). Creates
 * the answer if it is not stored yet.
 */
export async function saveFigure(request: SaveFigureRequest): Promise<Response> {
	const db = getDatabase();
	return db.transaction('rw', [db.assessments, db.responses, db.revisions, db.statementSummaries], async () => {
		const existing = await getResponse(request.assessmentId, request.questionId);
		const current = stored(existing, request.figure.id);
		if (request.original) {
			if (!current) throw new MissingRecordError('This figure');
			if (!sameFigure(current, request.original)) throw new ChangedElsewhereError(changedMessage);
		} else if (current) {
			// Added already (the form sent twice): store nothing new.
			if (existing && sameFigure(current, request.figure)) return existing;
			throw new ChangedElsewhereError(changedMessage);
		}
		const draft = existing ? draftOf(existing) : emptyDraft(request.proposedPrinciples);
		draft.figures = withFigure(draft.figures, request.figure);
		return saveResponseWithin({
			assessmentId: request.assessmentId,
			questionId: request.questionId,
			draft,
			baseRev: existing?.rev ?? 0,
			author: request.author
		});
	});
}

/**
 * Removes a figure from an answer, in one transaction with the answer's save
 * (and its rev check), only if the figure is still as the confirmation
 * screen showed it. Removing one already gone writes nothing.
 */
export async function removeFigure(request: RemoveFigureRequest): Promise<Response | undefined> {
	const db = getDatabase();
	return db.transaction('rw', [db.assessments, db.responses, db.revisions, db.statementSummaries], async () => {
		const existing = await getResponse(request.assessmentId, request.questionId);
		const current = stored(existing, request.figure.id);
		if (!existing || !current) return existing;
		if (!sameFigure(current, request.figure)) throw new ChangedElsewhereError(changedMessage);
		const draft = draftOf(existing);
		draft.figures = withoutFigure(draft.figures, request.figure.id);
		return saveResponseWithin({
			assessmentId: request.assessmentId,
			questionId: request.questionId,
			draft,
			baseRev: existing.rev,
			author: request.author
		});
	});
}
