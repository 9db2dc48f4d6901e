import { draftOf, emptyDraft, sameDraft, type ResponseDraft } from '$lib/domain/response.ts';
import type { FieldError, PrincipleId, Response } from '$lib/domain/types.ts';
import { ConflictError, NotFoundError, ValidationError, storageProblem, storageProblemMessage } from '$lib/storage/errors.ts';
import { requestPersistenceOnce } from '$lib/storage/persistence.ts';
import { saveResponse } from '$lib/storage/responses.ts';
import { registerPendingSave } from './pending-saves.ts';
import { SaveScheduler } from './save-scheduler.ts';

/** What the save indicator shows. */
export type SaveState =
	| { kind: 'idle' }
	| { kind: 'pending' }
	| { kind: 'saving' }
	| { kind: 'saved'; at: string }
	| { kind: 'invalid'; errors: FieldError[] }
	| { kind: 'conflict'; theirs: Response }
	| { kind: 'failed'; message: string };

/**
 * The question page's answer while it is being edited: the draft, and the
 * autosave that stores it within a second of any change, at once on
 * blur, and whenever the app flushes pending saves (page hidden, update).
 * Saves run one at a time; a save never overwrites another tab's newer
 * save without the user choosing to.
 */
export class ResponseEditor {
	draft = $state<ResponseDraft>(emptyDraft([]));
	saveState = $state<SaveState>({ kind: 'idle' });

	#saved: ResponseDraft;
	#baseRev = 0;
	#scheduler = new SaveScheduler(() => void this.flush());
	#inFlight: Promise<void> | undefined;
	#unregister: () => void;

	constructor(
		readonly assessmentId: string,
		readonly questionId: string,
		stored: Response | undefined,
		proposedPrinciples: readonly PrincipleId[],
		private readonly author: () => string
	) {
		this.draft = stored ? draftOf(stored) : emptyDraft(proposedPrinciples);
		this.#saved = $state.snapshot(this.draft) as ResponseDraft;
		this.#baseRev = stored?.rev ?? 0;
		if (stored) this.saveState = { kind: 'saved', at: stored.updatedAt };
		this.#unregister = registerPendingSave({ flush: () => this.flush(), unsaved: () => this.dirty });
	}

	/** True while the draft differs from what is stored. */
	get dirty(): boolean {
		return !sameDraft($state.snapshot(this.draft) as ResponseDraft, this.#saved);
	}

	/** Call after every change: saves once typing pauses. */
	changed(): void {
		if (this.saveState.kind === 'conflict' || !this.dirty) return;
		this.saveState = { kind: 'pending' };
		this.#scheduler.changed();
	}

	/** Saves now if anything is unsaved; resolves when stored (or when the failure is shown). */
	async flush(): Promise<void> {
		this.#scheduler.saving();
		while (this.#inFlight) await this.#inFlight;
		if (!this.dirty || this.saveState.kind === 'conflict') return;
		this.#inFlight = this.#save().finally(() => (this.#inFlight = undefined));
		await this.#inFlight;
	}

	/**
	 * Another tab saved this answer. If nothing here is unsaved, show theirs;
	 * otherwise keep ours, and the next save reports the conflict.
	 */
	storedChanged(stored: Response): void {
		if (stored.rev <= this.#baseRev || this.#inFlight) return;
		if (this.dirty) return;
		this.draft = draftOf(stored);
		this.#saved = $state.snapshot(this.draft) as ResponseDraft;
		this.#baseRev = stored.rev;
		this.saveState = { kind: 'saved', at: stored.updatedAt };
	}

	/** Resolves a conflict by saving this tab's version over the other one (which stays in the history). */
	async keepMine(): Promise<void> {
		if (this.saveState.kind !== 'conflict') return;
		this.#baseRev = this.saveState.theirs.rev;
		this.saveState = { kind: 'pending' };
		await this.flush();
	}

	/** Resolves a conflict by taking the other tab's version and dropping this tab's changes. */
	useTheirs(): void {
		if (this.saveState.kind !== 'conflict') return;
		const theirs = this.saveState.theirs;
		this.draft = draftOf(theirs);
		this.#saved = $state.snapshot(this.draft) as ResponseDraft;
		this.#baseRev = theirs.rev;
		this.saveState = { kind: 'saved', at: theirs.updatedAt };
	}

	/** Stops autosaving (the page is being left); call after a final flush. */
	dispose(): void {
		this.#scheduler.saving();
		this.#unregister();
	}

	async #save(): Promise<void> {
		const draft = $state.snapshot(this.draft) as ResponseDraft;
		this.saveState = { kind: 'saving' };
		try {
			const stored = await saveResponse({
				assessmentId: this.assessmentId,
				questionId: this.questionId,
				draft,
				baseRev: this.#baseRev,
				author: this.author()
			});
			this.#baseRev = stored.rev;
			this.#saved = { ...draft, status: stored.status };
			// Typing into a "not started" answer starts it: show the status it was stored with,
			// unless the user has chosen another status since the save began.
			if (this.draft.status === draft.status) this.draft.status = stored.status;
			this.saveState = this.dirty ? { kind: 'pending' } : { kind: 'saved', at: stored.updatedAt };
			if (this.dirty) this.changed();
			void requestPersistenceOnce().catch(() => undefined);
		} catch (error) {
			this.saveState = failure(error);
		}
	}
}

function failure(error: unknown): SaveState {
	if (error instanceof ConflictError) return { kind: 'conflict', theirs: error.theirs };
	if (error instanceof ValidationError) return { kind: 'invalid', errors: error.errors };
	if (error instanceof NotFoundError) {
		return { kind: 'failed', message: `${error.message}: it may have been deleted in another tab. Copy your text somewhere safe.` };
	}
	return { kind: 'failed', message: storageProblemMessage(storageProblem(error)) };
}
