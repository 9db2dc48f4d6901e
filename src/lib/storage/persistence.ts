import { getDatabase } from './db.ts';

const ASKED_KEY = 'persistence-requested';

/** What the browser says about keeping this app's data. */
export interface StorageReport {
	/** True when the browser has promised not to clear the data under storage pressure. */
	persisted: boolean | 'unknown';
	/** Bytes used by this app, if the browser says. */
	usage?: number;
	/** Bytes this app may use, if the browser says. */
	quota?: number;
}

/**
 * Asks the browser, once, to keep this app's data even when the device runs
 * low on space. Called after the first save, when the request is most likely
 * to be granted and makes sense to the user. Returns whether it is persisted.
 */
export async function requestPersistenceOnce(): Promise<boolean | 'unknown'> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unknown';
	if (await navigator.storage.persisted()) return true;
	const db = getDatabase();
	if (await db.settings.get(ASKED_KEY)) return false;
	const granted = await navigator.storage.persist();
	await db.settings.put({ key: ASKED_KEY, value: new Date().toISOString() });
	return granted;
}

/** Asks again, when the user presses the button on the "Your data" screen. */
export async function requestPersistenceNow(): Promise<boolean | 'unknown'> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unknown';
	return navigator.storage.persist();
}

/** Whether storage is persistent, and how much is used. */
export async function storageReport(): Promise<StorageReport> {
	if (typeof navigator === 'undefined' || !navigator.storage) return { persisted: 'unknown' };
	const persisted = navigator.storage.persisted ? await navigator.storage.persisted() : 'unknown';
	const estimate = navigator.storage.estimate ? await navigator.storage.estimate() : {};
	return { persisted, usage: estimate.usage, quota: estimate.quota };
}
