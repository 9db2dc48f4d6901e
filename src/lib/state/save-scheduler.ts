/** How long typing must pause before a save. */
export const AUTOSAVE_DELAY_MS = 500;

/** The longest a change may wait for a save while someone types without pausing. */
export const AUTOSAVE_MAX_WAIT_MS = 1000;

/**
 * Decides when an editor saves: after a short pause in typing, but never
 * later than a second after the first unsaved change, so a fast typist who
 * never pauses still has every word stored within a second.
 */
export class SaveScheduler {
	#timer: ReturnType<typeof setTimeout> | undefined;
	#firstChangeAt: number | undefined;

	constructor(private readonly save: () => void) {}

	/** A change was made: (re)start the countdown to the next save. */
	changed(now = Date.now()): void {
		this.#firstChangeAt ??= now;
		clearTimeout(this.#timer);
		const waited = now - this.#firstChangeAt;
		const delay = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS - waited));
		this.#timer = setTimeout(() => this.save(), delay);
	}

	/** A save is starting now: forget the countdown. */
	saving(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#firstChangeAt = undefined;
	}
}
