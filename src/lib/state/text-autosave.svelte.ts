import { storageProblem, storageProblemMessage } from '$lib/storage/errors.ts';
import { registerPendingSave } from './pending-saves.ts';
import type { SaveState } from './response-editor.svelte.ts';
import { SaveScheduler } from './save-scheduler.ts';

/**
 * One text field that saves itself: within a second of any change, at
 * once on blur, and when the app flushes pending saves. For statement-level
 * text such as "opportunities for further scrutiny".
 */
export class TextAutosave {
	value = $state('');
	saveState = $state<SaveState>({ kind: 'idle' });
	#saved: string;
	#scheduler = new SaveScheduler(() => void this.flush());
	#inFlight: Promise<void> | undefined;
	#unregister: () => void;

	constructor(
		initial: string,
		savedAt: string | undefined,
		private readonly write: (value: string) => Promise<void>
	) {
		this.value = initial;
		this.#saved = initial;
		if (savedAt) this.saveState = { kind: 'saved', at: savedAt };
		this.#unregister = registerPendingSave({ flush: () => this.flush(), unsaved: () => this.value !== this.#saved });
	}

	/** Call after every change: saves once typing pauses. */
	changed(): void {
		if (this.value === this.#saved) return;
		this.saveState = { kind: 'pending' };
		this.#scheduler.changed();
	}

	/** Saves now if anything is unsaved. */
	async flush(): Promise<void> {
		this.#scheduler.saving();
		while (this.#inFlight) await this.#inFlight;
		if (this.value === this.#saved) return;
		const value = this.value;
		this.saveState = { kind: 'saving' };
		this.#inFlight = this.write(value)
			.then(() => {
				this.#saved = value;
				this.saveState = { kind: 'saved', at: new Date().toISOString() };
				if (this.value !== value) this.changed();
			})
			.catch((error: unknown) => {
				this.saveState = { kind: 'failed', message: storageProblemMessage(storageProblem(error)) };
			})
			.finally(() => (this.#inFlight = undefined));
		await this.#inFlight;
	}

	/** Stops autosaving; call after a final flush. */
	dispose(): void {
		this.#scheduler.saving();
		this.#unregister();
	}
}
