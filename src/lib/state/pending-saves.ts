/**
 * Every editor with unsaved changes registers a flush function here, so the
 * app can save everything at once: when the page is hidden or closed, before
 * it reloads for an update, and before another tab upgrades the database.
 */

type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/** Registers an editor's flush; returns the function that unregisters it. */
export function registerPendingSave(flush: Flush): () => void {
	flushes.add(flush);
	return () => flushes.delete(flush);
}

/** Saves everything pending in every open editor. Never throws: editors show their own errors. */
export async function flushPendingSaves(): Promise<void> {
	await Promise.allSettled([...flushes].map((flush) => flush()));
}

/**
 * Flushes when the page is hidden (tab switched, lid closed, app
 * backgrounded) or being unloaded. `visibilitychange` is the last event
 * mobile browsers reliably fire; `pagehide` covers desktop closes. Returns
 * the function that removes the listeners.
 */
export function flushOnPageHide(): () => void {
	const onVisibility = () => {
		if (document.visibilityState === 'hidden') void flushPendingSaves();
	};
	const onPageHide = () => void flushPendingSaves();
	document.addEventListener('visibilitychange', onVisibility);
	window.addEventListener('pagehide', onPageHide);
	return () => {
		document.removeEventListener('visibilitychange', onVisibility);
		window.removeEventListener('pagehide', onPageHide);
	};
}
