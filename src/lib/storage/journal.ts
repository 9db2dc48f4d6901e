import { emptyDraft, type ResponseDraft } from '../domain/response.ts';

/**
 * A synchronous safety net under the IndexedDB autosave. IndexedDB writes
 * are asynchronous, so a tab closed (or a laptop lid shut) mid-sentence can
 * lose the last second of typing. localStorage writes finish before the call
 * returns, so every change to an answer is also written here until it is
 * safely in IndexedDB; the next time the app opens it saves what is left.
 */

const PREFIX = 'unsaved-answer:';
const TAB_KEY = 'tab-id';

/** An answer typed but not yet confirmed as saved in IndexedDB. */
export interface JournalEntry {
	tabId: string;
	assessmentId: string;
	questionId: string;
	draft: ResponseDraft;
	/** The stored `rev` the draft was typed against. */
	baseRev: number;
	author: string;
	/** ISO time of the last change. */
	at: string;
}

/** This tab's id: kept across reloads of the same tab, new in every other tab. */
export function tabId(): string {
	try {
		let id = sessionStorage.getItem(TAB_KEY);
		if (!id) {
			id = Math.random().toString(36).slice(2) + Date.now().toString(36);
			sessionStorage.setItem(TAB_KEY, id);
		}
		return id;
	} catch {
		return 'this-tab';
	}
}

function keyOf(entry: Pick<JournalEntry, 'tabId' | 'assessmentId' | 'questionId'>): string {
	return `${PREFIX}${entry.tabId}:${entry.assessmentId}:${entry.questionId}`;
}

/** Records an unsaved answer. Never throws: if localStorage is full or off, IndexedDB is still the record. */
export function writeJournal(entry: JournalEntry): void {
	try {
		localStorage.setItem(keyOf(entry), JSON.stringify(entry));
	} catch {
		// Nothing more can be done here; the on-screen save state reports real failures.
	}
}

/** Forgets an answer once it is safely stored. */
export function clearJournal(entry: Pick<JournalEntry, 'tabId' | 'assessmentId' | 'questionId'>): void {
	try {
		localStorage.removeItem(keyOf(entry));
	} catch {
		// See writeJournal.
	}
}

function isEntry(value: unknown): value is JournalEntry {
	if (typeof value !== 'object' || value === null) return false;
	const e = value as Record<string, unknown>;
	const draft = e.draft as Record<string, unknown> | undefined;
	return (
		typeof e.tabId === 'string' &&
		typeof e.assessmentId === 'string' &&
		typeof e.questionId === 'string' &&
		typeof e.baseRev === 'number' &&
		typeof e.author === 'string' &&
		typeof e.at === 'string' &&
		typeof draft === 'object' &&
		draft !== null &&
		typeof draft.statement === 'string' &&
		Array.isArray(draft.reporters) &&
		Array.isArray(draft.principleIds)
	);
}

/** Every unsaved answer recorded by any tab; entries that cannot be read are skipped. */
export function journalEntries(): JournalEntry[] {
	const entries: JournalEntry[] = [];
	try {
		for (let i = 0; i < localStorage.length; i += 1) {
			const key = localStorage.key(i);
			if (!key?.startsWith(PREFIX)) continue;
			try {
				const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '');
				// Entries written by an earlier version lack newer fields: fill them in.
				if (isEntry(parsed)) entries.push({ ...parsed, draft: { ...emptyDraft([]), ...parsed.draft } });
			} catch {
				// A damaged entry is left in place for a person to look at, not deleted.
			}
		}
	} catch {
		return [];
	}
	return entries;
}
