import { validateAction, withAction, withoutAction, type ActionInput } from '../domain/actions.ts';
import { draftOf, emptyDraft } from '../domain/response.ts';
import type { PrincipleId, Response } from '../domain/types.ts';
import { getDatabase } from './db.ts';
import { ConflictError, MissingRecordError, ValidationError } from './errors.ts';
import { getResponse, saveResponseWithin } from './responses.ts';

/** What to do to one of an answer's actions. */
export type ActionChange =
	| { kind: 'add'; input: ActionInput }
	| { kind: 'change'; input: ActionInput }
	| { kind: 'remove'; actionId: string };

/** A change to an answer's actions, as the action forms ask for it. */
export interface ActionChangeRequest {
	assessmentId: string;
	questionId: string;
	/** The `rev` of the answer when the form opened (0 when no answer was stored yet). */
	baseRev: number;
	/** The question's proposed principles: the principles of an answer first stored by adding an action. */
	proposedPrinciples: readonly PrincipleId[];
	/** Who is making the change, recorded on the answer. */
	author: string;
	change: ActionChange;
}

/**
 * Adds, changes or removes one action on an answer, through the same save as
 * the answer's text (`saveResponseWithin`): the answer's `rev` goes up by one
 * and the statement's "last edited" time moves, in one transaction. The form
 * says which version of the answer it opened; if the answer has been saved
 * since (another tab, another form), nothing is written and a ConflictError
 * carries what is stored now, so no change is ever written over silently.
 * Throws ValidationError for a bad action and MissingRecordError for an
 * action (or answer, or statement) that is no longer there.
 */
export async function changeAction(request: ActionChangeRequest): Promise<Response> {
	const { change } = request;
	// Refuse bad input before opening a transaction.
	const checked = change.kind === 'remove' ? undefined : validateAction(change.input);
	if (checked && !checked.ok) throw new ValidationError(checked.errors);
	const db = getDatabase();
	return db.transaction('rw', [db.assessments, db.responses, db.revisions, db.statementSummaries], async () => {
		const existing = await getResponse(request.assessmentId, request.questionId);
		if ((existing?.rev ?? 0) !== request.baseRev) {
			if (existing) throw new ConflictError(existing);
			throw new MissingRecordError('This answer');
		}
		const draft = existing ? draftOf(existing) : emptyDraft(request.proposedPrinciples);
		if (change.kind === 'remove') {
			if (!draft.actions.some((a) => a.id === change.actionId)) throw new MissingRecordError('This action');
			draft.actions = withoutAction(draft.actions, change.actionId);
		} else if (checked?.ok) {
			const known = draft.actions.some((a) => a.id === checked.value.id);
			if (change.kind === 'change' && !known) throw new MissingRecordError('This action');
			if (change.kind === 'add' && known) throw new ConflictError(existing as Response);
			draft.actions = withAction(draft.actions, checked.value);
		}
		return saveResponseWithin({
			assessmentId: request.assessmentId,
			questionId: request.questionId,
			draft,
			baseRev: request.baseRev,
			author: request.author
		});
	});
}
