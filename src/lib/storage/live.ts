import { liveQuery } from 'dexie';

/** Something that can be subscribed to and unsubscribed from. */
export interface Watchable<T> {
	subscribe(observer: { next: (value: T) => void; error: (error: unknown) => void }): { unsubscribe(): void };
}

/**
 * Runs a read-only query now and again whenever the data it read changes,
 * in this tab or another. Screens use it (through state/live.svelte.ts) so
 * they re-render from the database instead of keeping copies.
 */
export function watch<T>(query: () => Promise<T>): Watchable<T> {
	return liveQuery(query);
}
