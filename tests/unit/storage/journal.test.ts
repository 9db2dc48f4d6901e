import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/lib/domain/response.ts';
import { clearJournal, journalEntries, writeJournal, type JournalEntry } from '../../../src/lib/storage/journal.ts';

/**
 * The journal under the autosave: every change to an answer is kept in
 * localStorage at once and in IndexedDB within a frame, and read back from
 * either, so text typed just before a killed browser is still there.
 */

class MemoryStorage {
	#items = new Map<string, string>();
	get length(): number {
		return this.#items.size;
	}
	key(i: number): string | null {
		return [...this.#items.keys()][i] ?? null;
	}
	getItem(key: string): string | null {
		return this.#items.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		this.#items.set(key, value);
	}
	removeItem(key: string): void {
		this.#items.delete(key);
	}
	clear(): void {
		this.#items.clear();
	}
}

const storage = new MemoryStorage();
const entry = (statement: string, at: string): JournalEntry => ({
	tabId: 'tab-1',
	assessmentId: 'statement-1',
	questionId: 'careless-1-1',
	draft: { ...emptyDraft([]), statement },
	baseRev: 3,
	author: 'Priya Shah',
	at
});
const frame = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
	Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
});

afterEach(async () => {
	clearJournal(entry('', ''));
	await frame();
	storage.clear();
});

describe('the journal of unsaved answers', () => {
	it('keeps the last words in IndexedDB too, so they are there when localStorage never reached the disk', async () => {
		writeJournal(entry('The last sentence typed before the crash.', '2026-12-03T09:00:00.000Z'));
		await frame();
		storage.clear();
		const found = await journalEntries();
		expect(found.map((e) => e.draft.statement)).toEqual(['The last sentence typed before the crash.']);
	});

	it('reads the newer copy of each answer', async () => {
		writeJournal(entry('Older words.', '2026-12-03T09:00:00.000Z'));
		await frame();
		storage.setItem('unsaved-answer:tab-1:statement-1:careless-1-1', JSON.stringify(entry('Newer words, not yet in IndexedDB.', '2026-12-03T09:00:01.000Z')));
		expect((await journalEntries()).map((e) => e.draft.statement)).toEqual(['Newer words, not yet in IndexedDB.']);
	});

	it('forgets an answer from both copies once it is stored, even when written in the same frame', async () => {
		writeJournal(entry('Saved at once.', '2026-12-03T09:00:00.000Z'));
		clearJournal(entry('', ''));
		await frame();
		expect(await journalEntries()).toEqual([]);
	});
});
