import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addNoteOn, changeNoteText, replyTo, setResolved } from '../../../src/lib/state/notes.svelte.ts';
import { saveYourDetails } from '../../../src/lib/state/profile.svelte.ts';
import { createAssessment } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { listNotesForQuestion } from '../../../src/lib/storage/notes.ts';
import { detailsInput } from '../storage/helpers.ts';

let assessmentId = '';

beforeEach(async () => {
	useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`));
	assessmentId = (await createAssessment(detailsInput())).id;
});

const note = (text: string) => addNoteOn({ assessmentId, questionId: 'careless-2-1', kind: 'challenge', text });

describe("the notes components' changes, said in words", () => {
	it('adds a note once someone has said who they are, and says why not before', async () => {
		await expect(note('Why has placement stability fallen?')).resolves.toEqual({
			ok: false,
			errors: [],
			failure: 'Your note was not added. Say who is using this device first, so your name can be recorded.'
		});
		expect(await listNotesForQuestion(assessmentId, 'careless-2-1')).toEqual([]);

		await expect(saveYourDetails({ name: 'Cllr Jo Lee', role: 'councillor', designation: '' })).resolves.toMatchObject({ ok: true, person: { name: 'Cllr Jo Lee' } });
		await expect(note('Why has placement stability fallen?')).resolves.toEqual({ ok: true });
		expect((await listNotesForQuestion(assessmentId, 'careless-2-1')).map((n) => n.text)).toEqual(['Why has placement stability fallen?']);
	});

	it('gives a missing text as a message for its field, and writes nothing', async () => {
		await saveYourDetails({ name: 'Cllr Jo Lee', role: 'councillor', designation: '' });
		const refused = await note('');
		expect(refused.ok).toBe(false);
		expect(refused.ok ? [] : refused.errors.map((e) => e.field)).toEqual(['note-text']);
		expect(await listNotesForQuestion(assessmentId, 'careless-2-1')).toEqual([]);
	});

	it("replies, and refuses someone else's change with the reason", async () => {
		await saveYourDetails({ name: 'Cllr Jo Lee', role: 'councillor', designation: '' });
		await note('Why has placement stability fallen?');
		const [written] = await listNotesForQuestion(assessmentId, 'careless-2-1');
		if (!written) throw new Error('no note');

		await saveYourDetails({ name: 'Cllr Ann Other', role: 'councillor', designation: '' });
		await expect(replyTo(written.id, 'Agreed.')).resolves.toEqual({ ok: true });
		await expect(changeNoteText({ id: written.id, text: 'Changed', seenUpdatedAt: written.updatedAt })).resolves.toEqual({
			ok: false,
			errors: [],
			failure: 'Only Cllr Jo Lee (councillor) can change this note'
		});
		await expect(setResolved(written.id, true)).resolves.toMatchObject({ ok: false, failure: 'Only an officer or the person who wrote this note can resolve it' });
		const [after] = await listNotesForQuestion(assessmentId, 'careless-2-1');
		expect(after).toMatchObject({ text: 'Why has placement stability fallen?', replies: [{ text: 'Agreed.' }] });
		expect(after?.resolved).toBeUndefined();
	});
});
