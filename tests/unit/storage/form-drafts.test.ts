import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ScrutinyDatabase, getDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { clearFormDraft, readFormDraft, saveFormDraft } from '../../../src/lib/storage/form-drafts.ts';

beforeEach(() => {
	useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`));
});

describe('form drafts', () => {
	it('keeps what was typed, with when, until it is cleared', async () => {
		expect(await readFormDraft('note:a:q')).toBeUndefined();
		const saved = await saveFormDraft('note:a:q', { kind: 'challenge', text: 'Why so few?' }, new Date('2026-03-02T10:15:00Z'));
		expect(saved).toEqual({ savedAt: '2026-03-02T10:15:00.000Z', fields: { kind: 'challenge', text: 'Why so few?' } });
		expect(await readFormDraft('note:a:q')).toEqual(saved);
		expect(await getDatabase().settings.get('form-draft:note:a:q')).toEqual({ key: 'form-draft:note:a:q', value: saved });

		await clearFormDraft('note:a:q');
		expect(await readFormDraft('note:a:q')).toBeUndefined();
	});

	it('keeps one draft per form, the latest replacing the earlier', async () => {
		await saveFormDraft('note:a:q1', { text: 'first' });
		await saveFormDraft('note:a:q1', { text: 'second' });
		await saveFormDraft('note:a:q2', { text: 'other question' });
		expect((await readFormDraft('note:a:q1'))?.fields).toEqual({ text: 'second' });
		expect((await readFormDraft('note:a:q2'))?.fields).toEqual({ text: 'other question' });
		await clearFormDraft('note:a:q1');
		expect((await readFormDraft('note:a:q2'))?.fields).toEqual({ text: 'other question' });
	});

	it('keeps nested fields such as dates and comparators', async () => {
		const fields = { text: 'Audit', due: { day: '30', month: '6', year: '2026' }, questionIds: ['q1', 'q2'] };
		await saveFormDraft('action:a:q:new', fields);
		expect((await readFormDraft('action:a:q:new'))?.fields).toEqual(fields);
	});

	it('ignores a stored value that is not a draft', async () => {
		await getDatabase().settings.put({ key: 'form-draft:odd', value: 'just text' });
		expect(await readFormDraft('odd')).toBeUndefined();
		await clearFormDraft('never-saved');
	});
});
