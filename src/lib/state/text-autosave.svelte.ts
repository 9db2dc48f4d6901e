import { storageProblem, storageProblemMessage } from '$lib/storage/errors.ts';
import { registerPendingSave } from './pending-saves.ts';
import { AUTOSAVE_DELAY_MS, type SaveState } from './response-editor.svelte.ts';

/**
 * One text field that saves itself: within a second of typing stopping, at
 * once on blur, and when the app flushes pending saves. For statement-level
 * text such as "opportunities for further scrutiny".
 */
export class TextAutosave {
	value = $state('');
	saveState = $state<SaveState>({ kind: 'idle' });
	#saved: string;
	#timer: ReturnType<typeof setTimeout> | undefined;
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
		this.#unregister = registerPendingSave(() => this.flush());
	}

	/** Call after every change: saves once typing pauses. */
	changed(): void {
		clearTimeout(this.#timer);
		if (this.value === this.#saved) return;
		this.saveState = { kind: 'pending' };
		this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
	}

	/** Saves now if anything is unsaved. */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
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
		clearTimeout(this.#timer);
		this.#unregister();
	}
}
