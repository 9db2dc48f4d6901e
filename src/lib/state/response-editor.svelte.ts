import { draftOf, emptyDraft, keepDraftOver, sameDraft, storesSameAs, type ResponseDraft } from '$lib/domain/response.ts';
import type { FieldError, PrincipleId, Response } from '$lib/domain/types.ts';
import { ConflictError, MissingRecordError, ValidationError, storageProblem, storageProblemMessage } from '$lib/storage/errors.ts';
import { clearSyncConflict } from '$lib/storage/sync-conflicts.ts';
import { clearJournal, tabId, writeJournal, type JournalEntry } from '$lib/storage/journal.ts';
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
	/** True when the page opened with text typed before the page last closed, not yet saved then. */
	recovered = $state(false);
	/** The conflict on show came from the team server (someone else, another device), not another tab here. */
	fromSync = $state(false);

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
		private readonly author: () => string,
		leftover?: JournalEntry
	) {
		this.draft = stored ? draftOf(stored) : emptyDraft(proposedPrinciples);
		this.#saved = $state.snapshot(this.draft) as ResponseDraft;
		this.#baseRev = stored?.rev ?? 0;
		if (stored) this.saveState = { kind: 'saved', at: stored.updatedAt };
		this.#unregister = registerPendingSave({ flush: () => this.flush(), unsaved: () => this.dirty });
		if (leftover) this.#recoverLeftover(stored, leftover);
	}

	/** Picks up text typed here before the page closed that never reached the database. */
	#recoverLeftover(stored: Response | undefined, leftover: JournalEntry): void {
		clearJournal(leftover);
		if (stored && storesSameAs(stored, leftover.draft)) return;
		this.draft = leftover.draft;
		this.recovered = true;
		if (stored && leftover.baseRev !== stored.rev) {
			// Saved elsewhere since: let the user choose, as with any conflict.
			this.#baseRev = leftover.baseRev;
			this.saveState = { kind: 'conflict', theirs: stored };
			this.#journal();
			return;
		}
		this.changed();
	}

	/** The answer is safely stored: drop its journal entry. */
	#forget(): void {
		clearJournal({ tabId: tabId(), assessmentId: this.assessmentId, questionId: this.questionId });
	}

	#journal(): void {
		writeJournal({
			tabId: tabId(),
			assessmentId: this.assessmentId,
			questionId: this.questionId,
			draft: $state.snapshot(this.draft) as ResponseDraft,
			baseRev: this.#baseRev,
			author: this.author(),
			at: new Date().toISOString()
		});
	}

	get #failing(): boolean {
		return this.saveState.kind === 'failed' || this.saveState.kind === 'invalid';
	}

	/** True while the draft differs from what is stored. */
	get dirty(): boolean {
		return !sameDraft($state.snapshot(this.draft) as ResponseDraft, this.#saved);
	}

	/** Call after every change: saves once typing pauses. */
	changed(): void {
		if (!this.dirty) return;
		this.#journal();
		if (this.saveState.kind === 'conflict') return;
		// A failure stays on screen until a save succeeds, so its buttons never vanish under a click.
		if (!this.#failing) this.saveState = { kind: 'pending' };
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

	/**
	 * Someone else changed this answer while apart (team sync): this device's
	 * version is stored, theirs waits for the person's choice.
	 */
	syncConflict(theirs: Response): void {
		if (this.saveState.kind === 'conflict') return;
		this.fromSync = true;
		this.saveState = { kind: 'conflict', theirs };
	}

	/** Resolves a conflict by saving this tab's version over the other one (which stays in the history). */
	async keepMine(): Promise<void> {
		if (this.saveState.kind !== 'conflict') return;
		if (this.fromSync) {
			// Saved again now, so it is the latest version everywhere; theirs stays in the history.
			this.#saved = draftOf(this.saveState.theirs);
			await this.#resolveSync();
		}
		this.#baseRev = this.saveState.theirs.rev;
		this.draft = keepDraftOver($state.snapshot(this.draft) as ResponseDraft, this.saveState.theirs);
		this.saveState = { kind: 'pending' };
		await this.flush();
	}

	/** Resolves a conflict by taking the other tab's version and dropping this tab's changes. */
	useTheirs(): void {
		if (this.saveState.kind !== 'conflict') return;
		const theirs = this.saveState.theirs;
		if (this.fromSync) {
			// Theirs is not stored here yet: save it over this device's version, which stays in the history.
			this.draft = draftOf(theirs);
			this.#baseRev = theirs.rev;
			this.saveState = { kind: 'pending' };
			void this.#resolveSync().then(() => this.changed());
			return;
		}
		this.draft = draftOf(theirs);
		this.#saved = $state.snapshot(this.draft) as ResponseDraft;
		this.#baseRev = theirs.rev;
		this.saveState = { kind: 'saved', at: theirs.updatedAt };
		this.#forget();
	}

	async #resolveSync(): Promise<void> {
		this.fromSync = false;
		await clearSyncConflict(this.assessmentId, this.questionId);
	}

	/** Stops autosaving (the page is being left); call after a final flush. */
	dispose(): void {
		this.#scheduler.saving();
		this.#unregister();
	}

	async #save(): Promise<void> {
		const draft = $state.snapshot(this.draft) as ResponseDraft;
		if (!this.#failing) this.saveState = { kind: 'saving' };
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
			if (this.dirty) {
				this.changed();
			} else {
				this.saveState = { kind: 'saved', at: stored.updatedAt };
				this.#forget();
			}
			void requestPersistenceOnce().catch(() => undefined);
		} catch (error) {
			if (error instanceof ConflictError && storesSameAs(error.theirs, draft)) {
				// The other save stored exactly this (a recovered copy, say): nothing to choose between.
				this.#baseRev = error.theirs.rev;
				this.#saved = draft;
				this.saveState = { kind: 'saved', at: error.theirs.updatedAt };
				if (this.dirty) this.changed();
				else this.#forget();
				return;
			}
			this.saveState = failure(error);
		}
	}
}

function failure(error: unknown): SaveState {
	if (error instanceof ConflictError) return { kind: 'conflict', theirs: error.theirs };
	if (error instanceof ValidationError) return { kind: 'invalid', errors: error.errors };
	if (error instanceof MissingRecordError) {
		return { kind: 'failed', message: `${error.message}: it may have been deleted in another tab. Copy your text somewhere safe.` };
	}
	return { kind: 'failed', message: storageProblemMessage(storageProblem(error)) };
}
