import { storesSameAs } from '$lib/domain/response.ts';
import { ConflictError, MissingRecordError } from '$lib/storage/errors.ts';
import { clearJournal, journalEntries, tabId, type JournalEntry } from '$lib/storage/journal.ts';
import { saveResponse } from '$lib/storage/responses.ts';

const LOCK_PREFIX = 'scrutiny-open-tab:';

/**
 * Without Web Locks, how long an unsaved answer from another tab must have
 * been left alone before it counts as abandoned. An open tab saves within a
 * second of every change, so anything older was left by a tab that closed.
 */
export const SETTLE_MS = 3000;

/**
 * Marks this tab as open for as long as it lives, with a Web Lock the
 * browser releases when the tab closes or crashes. Other tabs use it to tell
 * a tab that is still typing from one that closed with unsaved text.
 */
export function holdOpenTabLock(): void {
	if (typeof navigator === 'undefined' || !navigator.locks) return;
	void navigator.locks.request(`${LOCK_PREFIX}${tabId()}`, () => new Promise<void>(() => undefined)).catch(() => undefined);
}

/** Ids of the tabs now open, or undefined when the browser cannot say. */
async function openTabs(): Promise<Set<string> | undefined> {
	if (typeof navigator === 'undefined' || !navigator.locks) return undefined;
	try {
		const { held = [] } = await navigator.locks.query();
		return new Set(held.flatMap((lock) => (lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : [])));
	} catch {
		return undefined;
	}
}

/** True when `entry` was left by this tab before a reload, or by a tab that has since closed. */
function isAbandoned(entry: JournalEntry, open: Set<string> | undefined, now = Date.now()): boolean {
	if (entry.tabId === tabId()) return true;
	if (open) return !open.has(entry.tabId);
	return now - Date.parse(entry.at) >= SETTLE_MS;
}

/** Unsaved answers left by closed tabs (or by this tab before a reload). */
async function abandonedEntries(): Promise<JournalEntry[]> {
	const open = await openTabs();
	return (await journalEntries()).filter((entry) => isAbandoned(entry, open));
}

/**
 * Saves answers that were typed but not confirmed as stored when their tab
 * closed (see storage/journal.ts). Runs once as the app opens, before any
 * screen reads the data. An answer that another tab has changed since is
 * left in the journal: its question page shows both versions.
 */
export async function recoverUnsavedAnswers(): Promise<void> {
	for (const entry of await abandonedEntries()) {
		try {
			await saveResponse({
				assessmentId: entry.assessmentId,
				questionId: entry.questionId,
				draft: entry.draft,
				baseRev: entry.baseRev,
				author: entry.author
			});
			clearJournal(entry);
		} catch (error) {
			if (error instanceof ConflictError && storesSameAs(error.theirs, entry.draft)) clearJournal(entry);
			// The statement was deleted on purpose: nothing to put the answer back into.
			else if (error instanceof MissingRecordError) clearJournal(entry);
		}
	}
}

/** Unsaved text for one question left by a closed tab, which its editor should offer back. */
export async function leftoverFor(assessmentId: string, questionId: string): Promise<JournalEntry | undefined> {
	return (await abandonedEntries()).find((e) => e.assessmentId === assessmentId && e.questionId === questionId);
}
