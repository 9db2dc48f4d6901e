import { clearFormDraft, readFormDraft, saveFormDraft, type FormDraftRecord } from '$lib/storage/form-drafts.ts';
import { registerPendingSave } from './pending-saves.ts';
import { SaveScheduler } from './save-scheduler.ts';

type Fields = Record<string, unknown>;

/** Where drafts are kept; the settings table unless a test passes its own. */
export interface DraftStore {
	save: (key: string, fields: Fields) => Promise<unknown>;
	read: (key: string) => Promise<FormDraftRecord | undefined>;
	clear: (key: string) => Promise<void>;
}

const settingsStore: DraftStore = { save: saveFormDraft, read: readFormDraft, clear: clearFormDraft };

/** A draft found when the form opened. */
export interface RestoredDraft<T extends object> {
	fields: Partial<T>;
	savedAt: string;
}

/**
 * Keeps an unsubmitted form's fields as a draft, so a reload or a closed tab
 * does not lose what was typed: saved within a second of a change (call
 * `changed()` from an effect that reads the fields), at once on `flush()`
 * (blur) and when the app flushes pending saves (page hide). Only fields
 * that differ from the form's starting values are kept: opening a form and
 * leaving it writes nothing, and typing back to the start removes the draft.
 *
 * A draft is a convenience on top of the form's own save: a write that fails
 * is dropped quietly and never stops the form or a reload.
 */
export class FormDraft<T extends object> {
	#start: string;
	/** The fields the store holds for this form, as JSON (`#start` when it holds none); undefined when unknown. */
	#written: string | undefined;
	#queue: Promise<void> = Promise.resolve();
	#scheduler = new SaveScheduler(() => void this.flush());
	#unregister: () => void;
	#disposed = false;

	constructor(
		readonly key: string,
		private readonly fields: () => T,
		private readonly store: DraftStore = settingsStore
	) {
		this.#start = JSON.stringify(fields());
		this.#written = this.#start;
		this.#unregister = registerPendingSave({ flush: () => this.flush(), unsaved: () => false });
	}

	/**
	 * The draft kept for this form, if any and if nothing has been typed
	 * since the form opened (typing wins over an older draft).
	 */
	async restore(): Promise<RestoredDraft<T> | undefined> {
		const record = await this.store.read(this.key).catch(() => undefined);
		if (!record || this.#disposed || JSON.stringify(this.fields()) !== this.#start) return undefined;
		this.#written = JSON.stringify(record.fields);
		return { fields: record.fields as Partial<T>, savedAt: record.savedAt };
	}

	/** Call after every change (an effect reading the fields): saves once typing pauses. */
	changed(): void {
		const now = JSON.stringify(this.fields());
		if (!this.#disposed && now !== this.#written) this.#scheduler.changed();
	}

	/** Saves the draft now if the fields changed since it was last written. Never rejects. */
	flush(): Promise<void> {
		this.#scheduler.saving();
		const fields = this.fields();
		const json = JSON.stringify(fields);
		if (json === this.#written) return this.#queue;
		this.#written = json;
		const record: Fields = Object.fromEntries(Object.entries(fields));
		const write = json === this.#start ? () => this.store.clear(this.key) : () => this.store.save(this.key, record);
		return this.#enqueue(write, json);
	}

	/**
	 * Removes the draft: after a successful submit, an explicit cancel or
	 * "Discard it". What is on screen now counts as written, so nothing is
	 * saved until it changes again; `start` gives the form's new starting
	 * values when a submit leaves it showing something other than before.
	 */
	clear(start?: T): Promise<void> {
		this.#scheduler.saving();
		if (start) this.#start = JSON.stringify(start);
		this.#written = JSON.stringify(this.fields());
		return this.#enqueue(() => this.store.clear(this.key));
	}

	/** Stops watching: saves anything still waiting, then leaves the page-hide registry. */
	dispose(): void {
		void this.flush();
		this.#disposed = true;
		this.#scheduler.saving();
		this.#unregister();
	}

	#enqueue(write: () => Promise<unknown>, json?: string): Promise<void> {
		this.#queue = this.#queue.then(write).then(
			() => undefined,
			() => {
				// Dropped quietly; forgetting what was written makes the next change try again.
				if (json !== undefined && this.#written === json) this.#written = undefined;
			}
		);
		return this.#queue;
	}
}
