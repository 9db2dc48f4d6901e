import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/lib/domain/response.ts';
import { checkFile } from '../../../src/lib/domain/file-format/check.ts';
import { readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import type { NotesFile, StatementFile } from '../../../src/lib/domain/file-format/schema.ts';
import { notesFileName, serialise } from '../../../src/lib/domain/file-format/write.ts';
import { createAssessment, listResponses } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, getDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { MissingRecordError } from '../../../src/lib/storage/errors.ts';
import { addNote, editNote, listNotes, reopenNote, replyToNote, resolveNote } from '../../../src/lib/storage/notes.ts';
import { exportNotes, importNotes, planNotesImport } from '../../../src/lib/storage/notes-file.ts';
import { saveProfile } from '../../../src/lib/storage/profile.ts';
import { saveResponse } from '../../../src/lib/storage/responses.ts';
import { addStatement, exportStatement, mergeStatement } from '../../../src/lib/storage/transfer.ts';
import { detailsInput } from './helpers.ts';

const asJo = () => saveProfile({ name: 'Cllr Jo Lee', role: 'councillor', designation: '' });
const asSam = () => saveProfile({ name: 'Sam Patel', role: 'officer', designation: 'Head of Service' });
const newDevice = () => useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`));

/** Written out and read back through the validator, as the other device gets it. */
function received(file: NotesFile): NotesFile {
	const result = readExchangeFile(serialise(file));
	if (!result.ok || result.file.type !== 'scrutiny-notes') throw new Error(`not read: ${JSON.stringify(result)}`);
	return result.file;
}

/** A statement file as the other device gets it. */
function receivedStatement(file: StatementFile): StatementFile {
	const result = readExchangeFile(serialise(file));
	if (!result.ok || result.file.type !== 'scrutiny-position-statement') throw new Error(`not read: ${JSON.stringify(result)}`);
	return result.file;
}

/** Lets the clock move on, so changes made one after another have different times, as they do when people make them. */
const later = () => new Promise((resolve) => setTimeout(resolve, 3));

beforeEach(() => newDevice());

describe('a councillor’s notes file', () => {
	it('carries her notes to the officer, who merges them without any answer changing', async () => {
		// The officer writes an answer and sends the statement to the councillor.
		await asSam();
		const a = await createAssessment(detailsInput({ title: 'Anytown – March 2026' }));
		await saveResponse({ assessmentId: a.id, questionId: 'careless-1-1', draft: { ...emptyDraft([]), statement: 'Four young people.' }, baseRev: 0, author: 'Sam Patel' });
		await addNote({ assessmentId: a.id, questionId: 'careless-1-1', kind: 'information', text: 'An officer’s own note' });
		const statement = await exportStatement(a.id);
		const officerDevice = (await import('../../../src/lib/storage/db.ts')).getDatabase();

		newDevice();
		await addStatement(statement, false);
		await asJo();
		await addNote({ assessmentId: a.id, questionId: 'careless-1-1', kind: 'question', text: 'Who checks these homes?' });
		await addNote({ assessmentId: a.id, questionId: 'careless-2-1', kind: 'challenge', text: 'This is below statistical neighbours.' });
		const officerNote = (await listNotes(a.id)).find((n) => n.author.name === 'Sam Patel')!;
		await replyToNote(officerNote.id, 'Please send the figures.');
		const file = await exportNotes(a.id);
		expect(file.data.assessmentTitle).toBe('Anytown – March 2026');
		expect(file.data.notes.map((n) => n.text)).toEqual(['An officer’s own note', 'Who checks these homes?', 'This is below statistical neighbours.']);
		expect(checkFile(serialise(file))).toEqual({ ok: true, summary: 'a valid notes file (format version 3): 3 notes on "Anytown – March 2026"' });
		expect(notesFileName(a, 'Cllr Jo Lee')).toBe('anytown-borough-council-children-and-families-scrutiny-panel-2026-03-25-notes-cllr-jo-lee.json');

		useDatabase(officerDevice);
		const answersBefore = await listResponses(a.id);
		const plan = await planNotesImport(received(file));
		expect(plan).toMatchObject({ kind: 'merge', newNotes: 2, knownNotes: 1, newReplies: 1 });
		expect(plan.kind === 'merge' && plan.authors.map((x) => x.name)).toEqual(['Sam Patel', 'Cllr Jo Lee']);
		await importNotes(received(file));
		expect(await listResponses(a.id)).toEqual(answersBefore);
		const notes = await listNotes(a.id);
		expect(notes).toHaveLength(3);
		expect(notes.find((n) => n.author.name === 'Sam Patel')?.replies.map((r) => r.text)).toEqual(['Please send the figures.']);

		// The officer resolves one; importing the same file again keeps the resolution and adds nothing twice.
		await resolveNote(notes.find((n) => n.kind === 'challenge')!.id);
		await importNotes(received(file));
		const again = await listNotes(a.id);
		expect(again).toHaveLength(3);
		expect(again.find((n) => n.kind === 'challenge')?.resolved?.by.name).toBe('Sam Patel');
		expect(again.find((n) => n.author.name === 'Sam Patel')?.replies).toHaveLength(1);
	});

	it('is refused, naming the statement, on a device that does not have it', async () => {
		await asJo();
		const a = await createAssessment(detailsInput({ title: 'Anytown – March 2026' }));
		await addNote({ assessmentId: a.id, questionId: 'careless-1-1', kind: 'question', text: 'Who checks?' });
		const file = received(await exportNotes(a.id));
		newDevice();
		await expect(planNotesImport(file)).resolves.toMatchObject({ kind: 'missing' });
		await expect(importNotes(file)).rejects.toBeInstanceOf(MissingRecordError);
		await expect(importNotes(file)).rejects.toThrow('The position statement "Anytown – March 2026" no longer exists on this device');
	});

	it('is read only when every note belongs to the file’s statement', async () => {
		await asJo();
		const a = await createAssessment(detailsInput());
		await addNote({ assessmentId: a.id, questionId: 'careless-1-1', kind: 'question', text: 'Who checks?' });
		const file = await exportNotes(a.id);
		const tampered = { ...file, data: { ...file.data, notes: [{ ...file.data.notes[0]!, assessmentId: 'another' }, file.data.notes[0]!] } };
		const result = readExchangeFile(serialise(tampered));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems).toEqual([
			{ path: 'data.notes[0].assessmentId', message: `this note is on another statement (another), not ${a.id}` },
			{ path: 'data.notes[1].id', message: `the note id ${file.data.notes[0]!.id} appears twice` }
		]);
	});

	it('keeps the officer’s resolution when the councillor changes her note later, whichever way the copies go', async () => {
		await asJo();
		const a = await createAssessment(detailsInput());
		const note = await addNote({ assessmentId: a.id, questionId: 'careless-2-1', kind: 'challenge', text: 'Why has stability fallen?' });
		const jos = getDatabase();
		const statement = receivedStatement(await exportStatement(a.id));

		// The officer resolves it on his device while she, on hers, rewords it.
		newDevice();
		const sams = getDatabase();
		await addStatement(statement, false);
		await asSam();
		const resolved = await resolveNote(note.id);
		await later();
		useDatabase(jos);
		await editNote({ id: note.id, text: 'Why has stability fallen since 2024?', seenUpdatedAt: note.updatedAt });

		// Her notes reach him; his statement reaches her.
		const herNotes = received(await exportNotes(a.id));
		useDatabase(sams);
		await importNotes(herNotes);
		const onHis = (await listNotes(a.id))[0];
		expect(onHis).toMatchObject({ text: 'Why has stability fallen since 2024?', resolved: resolved.resolved });
		const hisStatement = receivedStatement(await exportStatement(a.id));
		useDatabase(jos);
		await mergeStatement(hisStatement, {}, 'Cllr Jo Lee');
		expect((await listNotes(a.id))[0]).toEqual(onHis);
	});

	it('brings a note reopened on one device back open on the device that still has it resolved', async () => {
		await asSam();
		const a = await createAssessment(detailsInput());
		await asJo();
		const note = await addNote({ assessmentId: a.id, questionId: 'careless-2-1', kind: 'challenge', text: 'Why has stability fallen?' });
		await asSam();
		await resolveNote(note.id);
		const sams = getDatabase();
		const statement = receivedStatement(await exportStatement(a.id));

		newDevice();
		await addStatement(statement, false);
		await asJo();
		await later();
		const reopened = await reopenNote(note.id);
		const file = received(await exportNotes(a.id));

		useDatabase(sams);
		await importNotes(file);
		const merged = (await listNotes(a.id))[0];
		expect(merged?.resolved).toBeUndefined();
		expect(merged?.replies).toEqual(reopened.replies);
		// Merging the same file again changes nothing.
		await importNotes(file);
		expect((await listNotes(a.id))[0]).toEqual(merged);
	});
});
