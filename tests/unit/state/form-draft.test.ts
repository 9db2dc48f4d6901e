import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FormDraft, type DraftStore } from '../../../src/lib/state/form-draft.svelte.ts';
import { flushPendingSaves } from '../../../src/lib/state/pending-saves.ts';
import type { FormDraftRecord } from '../../../src/lib/storage/form-drafts.ts';

interface NoteFields {
	kind: string;
	text: string;
}

/** An in-memory store that records every write. */
function memoryStore() {
	const rows = new Map<string, FormDraftRecord>();
	const writes: string[] = [];
	const store: DraftStore = {
		save: vi.fn(async (key: string, fields: Record<string, unknown>) => {
			writes.push(`save ${JSON.stringify(fields)}`);
			rows.set(key, { savedAt: '2026-03-02T10:15:00.000Z', fields });
		}),
		read: async (key) => rows.get(key),
		clear: vi.fn(async (key: string) => {
			writes.push('clear');
			rows.delete(key);
		})
	};
	return { store, rows, writes };
}

const drafts: FormDraft<NoteFields>[] = [];
function formDraft(input: NoteFields, store: DraftStore) {
	const draft = new FormDraft('note:a:q', () => ({ ...input }), store);
	drafts.push(draft);
	return draft;
}

describe('a form draft', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => {
		vi.useRealTimers();
		drafts.splice(0).forEach((d) => d.dispose());
	});

	it('saves within a second of a change, never while nothing differs from the start', async () => {
		const { store, rows, writes } = memoryStore();
		const input = { kind: '', text: '' };
		const draft = formDraft(input, store);
		draft.changed();
		await vi.advanceTimersByTimeAsync(2000);
		expect(writes).toEqual([]);

		input.text = 'Why';
		draft.changed();
		await vi.advanceTimersByTimeAsync(499);
		expect(writes).toEqual([]);
		await vi.advanceTimersByTimeAsync(1);
		expect(rows.get('note:a:q')?.fields).toEqual({ kind: '', text: 'Why' });
	});

	it('saves within a second even while typing never pauses', async () => {
		const { store, writes } = memoryStore();
		const input = { kind: '', text: '' };
		const draft = formDraft(input, store);
		for (let i = 0; i < 10; i++) {
			input.text += 'a';
			draft.changed();
			await vi.advanceTimersByTimeAsync(100);
		}
		expect(writes.length).toBeGreaterThanOrEqual(1);
	});

	it('saves at once on flush (blur, page hide) and writes nothing more when nothing changed', async () => {
		const { store, rows, writes } = memoryStore();
		const input = { kind: 'challenge', text: '' };
		formDraft(input, store);
		input.text = 'Typed just before the tab closed';
		await flushPendingSaves();
		expect(rows.get('note:a:q')?.fields).toEqual({ kind: 'challenge', text: 'Typed just before the tab closed' });
		await flushPendingSaves();
		expect(writes).toHaveLength(1);
	});

	it('removes the draft when the fields go back to where they started', async () => {
		const { store, rows, writes } = memoryStore();
		const input = { kind: '', text: '' };
		const draft = formDraft(input, store);
		input.text = 'x';
		await draft.flush();
		input.text = '';
		await draft.flush();
		expect(writes).toEqual(['save {"kind":"","text":"x"}', 'clear']);
		expect(rows.has('note:a:q')).toBe(false);
	});

	it('restores a kept draft when the form is untouched, and then writes nothing until it changes', async () => {
		const { store, rows, writes } = memoryStore();
		rows.set('note:a:q', { savedAt: '2026-03-02T10:15:00.000Z', fields: { kind: 'question', text: 'Kept' } });
		const input = { kind: '', text: '' };
		const draft = formDraft(input, store);
		const kept = await draft.restore();
		expect(kept).toEqual({ savedAt: '2026-03-02T10:15:00.000Z', fields: { kind: 'question', text: 'Kept' } });
		Object.assign(input, kept?.fields);
		draft.changed();
		await draft.flush();
		expect(writes).toEqual([]);
	});

	it('does not restore over something typed before the draft was read', async () => {
		const { store, rows } = memoryStore();
		rows.set('note:a:q', { savedAt: '2026-03-02T10:15:00.000Z', fields: { kind: 'question', text: 'Older' } });
		const input = { kind: '', text: '' };
		const draft = formDraft(input, store);
		input.text = 'Newer';
		expect(await draft.restore()).toBeUndefined();
	});

	it('clears after a submit, and a pending save does not bring it back', async () => {
		const { store, rows } = memoryStore();
		const input = { kind: 'challenge', text: 'Submitted' };
		const draft = formDraft(input, store);
		draft.changed();
		await draft.clear();
		await vi.advanceTimersByTimeAsync(2000);
		draft.dispose();
		await flushPendingSaves();
		expect(rows.has('note:a:q')).toBe(false);
	});

	it('takes new starting values on clear, so a form left showing saved values writes nothing', async () => {
		const { store, writes } = memoryStore();
		const input = { kind: '', text: '' };
		const draft = formDraft(input, store);
		input.text = 'Saved progress';
		await draft.clear({ ...input });
		input.text = 'More';
		await draft.flush();
		input.text = 'Saved progress';
		await draft.flush();
		expect(writes).toEqual(['clear', 'save {"kind":"","text":"More"}', 'clear']);
	});

	it('drops a failing write quietly and tries again on the next change', async () => {
		const { store, rows } = memoryStore();
		vi.mocked(store.save).mockRejectedValueOnce(new Error('QuotaExceededError'));
		const input = { kind: '', text: 'a' };
		const draft = new FormDraft('note:a:q', () => ({ ...input }), store);
		drafts.push(draft);
		input.text = 'ab';
		await expect(draft.flush()).resolves.toBeUndefined();
		await expect(flushPendingSaves()).resolves.toBeUndefined();
		expect(rows.get('note:a:q')?.fields).toEqual({ kind: '', text: 'ab' });
	});

	it('saves what is waiting when the form closes', async () => {
		const { store, rows } = memoryStore();
		const input = { kind: '', text: '' };
		const draft = formDraft(input, store);
		input.text = 'Left by another link';
		draft.changed();
		draft.dispose();
		await vi.advanceTimersByTimeAsync(0);
		expect(rows.get('note:a:q')?.fields).toEqual({ kind: '', text: 'Left by another link' });
	});
});
