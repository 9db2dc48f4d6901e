import { emptyDraft, type ResponseDraft } from '../domain/response.ts';

/**
 * A safety net under the IndexedDB autosave, which waits for a pause in
 * typing. Every change to an answer is written twice until it is safely
 * stored: to localStorage at once (it survives a closed tab, but Chromium
 * writes it to disk only every few seconds), and to a small IndexedDB
 * database of its own within the next animation frame (it survives a killed
 * browser, since IndexedDB writes reach the disk as they commit). The next
 * time the app opens it saves what is left, the newer copy of each answer.
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

/** Records an unsaved answer. Never throws: if storage is full or off, the autosave is still the record. */
export function writeJournal(entry: JournalEntry): void {
	try {
		localStorage.setItem(keyOf(entry), JSON.stringify(entry));
	} catch {
		// Nothing more can be done here; the on-screen save state reports real failures.
	}
	frameWrites.set(keyOf(entry), entry);
	scheduleFrameWrite();
}

/** Forgets an answer once it is safely stored. */
export function clearJournal(entry: Pick<JournalEntry, 'tabId' | 'assessmentId' | 'questionId'>): void {
	try {
		localStorage.removeItem(keyOf(entry));
	} catch {
		// See writeJournal.
	}
	frameWrites.set(keyOf(entry), undefined);
	scheduleFrameWrite();
}

// The IndexedDB copy: one database of its own, so it never waits behind (or upgrades with) the app's.
const JOURNAL_DB = 'scrutiny-journal';
const STORE = 'entries';
let opening: Promise<IDBDatabase> | undefined;
/** What the next frame writes, by key: an entry, or undefined to delete it. */
const frameWrites = new Map<string, JournalEntry | undefined>();
let frameScheduled = false;

function journalDatabase(): Promise<IDBDatabase> {
	opening ??= new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(JOURNAL_DB, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('The journal could not be opened'));
	}).catch((error: unknown) => {
		opening = undefined;
		throw error;
	});
	return opening;
}

function scheduleFrameWrite(): void {
	if (frameScheduled || typeof indexedDB === 'undefined') return;
	frameScheduled = true;
	const run = () => {
		frameScheduled = false;
		void flushFrameWrites().catch(() => undefined);
	};
	// A hidden tab gets no animation frames.
	if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) requestAnimationFrame(run);
	else setTimeout(run, 0);
}

/** Writes the frame's changes in one transaction; relaxed durability is enough to outlive a killed browser. */
async function flushFrameWrites(): Promise<void> {
	if (frameWrites.size === 0) return;
	const writes = [...frameWrites];
	frameWrites.clear();
	const db = await journalDatabase();
	await new Promise<void>((resolve, reject) => {
		const tx = db.transaction(STORE, 'readwrite', { durability: 'relaxed' });
		const store = tx.objectStore(STORE);
		for (const [key, entry] of writes) {
			if (entry) store.put(entry, key);
			else store.delete(key);
		}
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error ?? new Error('The journal could not be written'));
		tx.onabort = () => reject(tx.error ?? new Error('The journal write was aborted'));
	});
}

async function indexedDbEntries(): Promise<Map<string, unknown>> {
	const found = new Map<string, unknown>();
	if (typeof indexedDB === 'undefined') return found;
	const db = await journalDatabase();
	await new Promise<void>((resolve, reject) => {
		const request = db.transaction(STORE, 'readonly').objectStore(STORE).openCursor();
		request.onsuccess = () => {
			const cursor = request.result;
			if (!cursor) return resolve();
			found.set(String(cursor.key), cursor.value);
			cursor.continue();
		};
		request.onerror = () => reject(request.error ?? new Error('The journal could not be read'));
	});
	return found;
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

/**
 * Every unsaved answer recorded by any tab, from both copies (the newer of
 * the two for each answer); entries that cannot be read are skipped.
 */
export async function journalEntries(): Promise<JournalEntry[]> {
	const byKey = new Map<string, JournalEntry>();
	const take = (key: string, value: unknown) => {
		// Entries written by an earlier version lack newer fields: fill them in.
		if (!isEntry(value)) return;
		const entry = { ...value, draft: { ...emptyDraft([]), ...value.draft } };
		const other = byKey.get(key);
		if (!other || entry.at > other.at) byKey.set(key, entry);
	};
	try {
		for (const [key, value] of await indexedDbEntries()) take(key, value);
	} catch {
		// The localStorage copy is still read.
	}
	try {
		for (let i = 0; i < localStorage.length; i += 1) {
			const key = localStorage.key(i);
			if (!key?.startsWith(PREFIX)) continue;
			try {
				take(key, JSON.parse(localStorage.getItem(key) ?? ''));
			} catch {
				// A damaged entry is left in place for a person to look at, not deleted.
			}
		}
	} catch {
		// No localStorage: the IndexedDB copy stands.
	}
	return [...byKey.values()];
}
