/**
 * Every editor with unsaved changes registers a flush function here, so the
 * app can save everything at once: when the page is hidden or closed, before
 * it reloads for an update, and before another tab upgrades the database.
 */

/** An open editor, as the registry sees it. */
interface PendingSave {
	/** Saves whatever is unsaved; shows its own errors and never throws. */
	flush: () => Promise<void>;
	/** True while something typed is not yet stored. */
	unsaved: () => boolean;
}

const editors = new Set<PendingSave>();

/** Registers an editor; returns the function that unregisters it. */
export function registerPendingSave(editor: PendingSave): () => void {
	editors.add(editor);
	return () => editors.delete(editor);
}

/** Thrown when some text could not be saved, so the page must not reload. */
export class UnsavedWorkError extends Error {
	constructor() {
		super('Some of your work could not be saved');
		this.name = 'UnsavedWorkError';
	}
}

/**
 * Saves everything pending in every open editor. Rejects with
 * UnsavedWorkError if anything is still unsaved afterwards (the editor shows
 * why), so callers about to reload can stop and keep the text on screen.
 */
export async function flushPendingSaves(): Promise<void> {
	await Promise.allSettled([...editors].map((editor) => editor.flush()));
	if ([...editors].some((editor) => editor.unsaved())) throw new UnsavedWorkError();
}

/**
 * Flushes when the page is hidden (tab switched, lid closed, app
 * backgrounded) or being unloaded. `visibilitychange` is the last event
 * mobile browsers reliably fire; `pagehide` covers desktop closes. Returns
 * the function that removes the listeners.
 */
export function flushOnPageHide(): () => void {
	const onVisibility = () => {
		if (document.visibilityState === 'hidden') flushPendingSaves().catch(() => undefined);
	};
	const onPageHide = () => flushPendingSaves().catch(() => undefined);
	document.addEventListener('visibilitychange', onVisibility);
	window.addEventListener('pagehide', onPageHide);
	return () => {
		document.removeEventListener('visibilitychange', onVisibility);
		window.removeEventListener('pagehide', onPageHide);
	};
}
