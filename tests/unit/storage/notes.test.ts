import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { ChangedElsewhereError, MissingRecordError, NoProfileError, NotAllowedError, ValidationError } from '../../../src/lib/storage/errors.ts';
import { addNote, editNote, listNotes, listNotesForQuestion, reopenNote, replyToNote, resolveNote } from '../../../src/lib/storage/notes.ts';
import { saveProfile } from '../../../src/lib/storage/profile.ts';
import { clearTeamSession, saveTeamSession } from '../../../src/lib/storage/team-session.ts';
import { detailsInput } from './helpers.ts';

const asJo = () => saveProfile({ name: 'Cllr Jo Lee', role: 'councillor', designation: '' });
const asSam = () => saveProfile({ name: 'Sam Patel', role: 'officer', designation: 'Head of Service' });
const asAnn = () => saveProfile({ name: 'Cllr Ann Other', role: 'councillor', designation: '' });

let assessmentId = '';

beforeEach(async () => {
	useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`));
	assessmentId = (await createAssessment(detailsInput())).id;
});

const challenge = (text = 'Why has placement stability fallen?') =>
	addNote({ assessmentId, questionId: 'careless-2-1', kind: 'challenge', text });

describe('adding a note', () => {
	it('stamps the note with who is using the device and when', async () => {
		await asJo();
		const note = await challenge();
		expect(note).toMatchObject({
			assessmentId,
			questionId: 'careless-2-1',
			kind: 'challenge',
			text: 'Why has placement stability fallen?',
			author: { name: 'Cllr Jo Lee', role: 'councillor', designation: '' },
			replies: []
		});
		expect(note.createdAt).toBe(note.updatedAt);
		expect(await listNotesForQuestion(assessmentId, 'careless-2-1')).toEqual([note]);
		expect(await listNotesForQuestion(assessmentId, 'careless-2-2')).toEqual([]);
	});

	it('is written under the name signed in with on a team server, whatever the profile says, so the server takes it', async () => {
		await saveProfile({ name: 'Jo', role: 'councillor', designation: '' });
		await saveTeamSession({
			serverUrl: 'https://scrutiny.anytown.gov.uk',
			signedInAt: '2026-03-01T09:00:00.000Z',
			user: { id: 'u1', email: 'jo@anytown.gov.uk', name: 'Cllr Jo Bloggs', admin: false },
			accessToken: 'a',
			accessTokenExpiresAt: '2026-03-01T10:00:00.000Z',
			refreshToken: 'r'
		});
		expect((await challenge()).author).toEqual({ name: 'Cllr Jo Bloggs', role: 'councillor', designation: '' });
		// Once signed out, the profile's name again.
		await clearTeamSession();
		expect((await challenge('And the year before?')).author.name).toBe('Jo');
	});

	it('is refused, writing nothing, before anyone has said who they are', async () => {
		await expect(challenge()).rejects.toBeInstanceOf(NoProfileError);
		expect(await listNotes(assessmentId)).toEqual([]);
	});

	it('is refused with field messages when the kind or text is missing', async () => {
		await asJo();
		const refused = addNote({ assessmentId, questionId: 'careless-2-1', kind: '', text: ' ' });
		await expect(refused).rejects.toBeInstanceOf(ValidationError);
		await expect(refused).rejects.toMatchObject({ errors: [{ field: 'note-kind' }, { field: 'note-text' }] });
		expect(await listNotes(assessmentId)).toEqual([]);
	});

	it('is refused on a statement that has been deleted', async () => {
		await asJo();
		await expect(addNote({ assessmentId: 'gone', questionId: 'careless-2-1', kind: 'question', text: 'x' })).rejects.toBeInstanceOf(MissingRecordError);
	});
});

describe('changing a note', () => {
	it('lets the writer change the text of the version they saw', async () => {
		await asJo();
		const note = await challenge();
		const changed = await editNote({ id: note.id, text: 'Why has it fallen since March?', seenUpdatedAt: note.updatedAt });
		expect(changed.text).toBe('Why has it fallen since March?');
		expect((await listNotes(assessmentId))[0]?.text).toBe('Why has it fallen since March?');
	});

	it('never overwrites a change made since the writer opened the note', async () => {
		await asJo();
		const note = await challenge();
		await editNote({ id: note.id, text: 'First change', seenUpdatedAt: note.updatedAt });
		await new Promise((r) => setTimeout(r, 5));
		await expect(editNote({ id: note.id, text: 'Second, from a stale page', seenUpdatedAt: note.updatedAt })).rejects.toBeInstanceOf(ChangedElsewhereError);
		expect((await listNotes(assessmentId))[0]?.text).toBe('First change');
	});

	it('keeps notes in the order they were added, even within one millisecond', async () => {
		await asJo();
		vi.useFakeTimers({ now: new Date('2026-03-02T10:00:00.000Z'), toFake: ['Date'] });
		try {
			for (const text of ['First', 'Second', 'Third', 'Fourth']) await addNote({ assessmentId, questionId: 'careless-1-1', kind: 'question', text });
		} finally {
			vi.useRealTimers();
		}
		expect((await listNotes(assessmentId)).map((n) => n.text)).toEqual(['First', 'Second', 'Third', 'Fourth']);
	});

	it('tells a stale page apart even when both changes fall in the same millisecond', async () => {
		await asJo();
		vi.useFakeTimers({ now: new Date('2026-03-02T10:00:00.000Z'), toFake: ['Date'] });
		try {
			const note = await challenge();
			const changed = await editNote({ id: note.id, text: 'First change', seenUpdatedAt: note.updatedAt });
			expect(changed.updatedAt).not.toBe(note.updatedAt);
			await expect(editNote({ id: note.id, text: 'Second, from a stale page', seenUpdatedAt: note.updatedAt })).rejects.toBeInstanceOf(ChangedElsewhereError);
		} finally {
			vi.useRealTimers();
		}
		expect((await listNotes(assessmentId))[0]?.text).toBe('First change');
	});

	it('does not let anyone else change it', async () => {
		await asJo();
		const note = await challenge();
		await asSam();
		await expect(editNote({ id: note.id, text: 'Officer rewrote it', seenUpdatedAt: note.updatedAt })).rejects.toBeInstanceOf(NotAllowedError);
		expect((await listNotes(assessmentId))[0]?.text).toBe('Why has placement stability fallen?');
	});
});

describe('replies and resolving', () => {
	it('keeps every reply, each with its author, oldest first', async () => {
		await asJo();
		const note = await challenge();
		await asSam();
		await replyToNote(note.id, 'Three children moved home in **March**.');
		await asJo();
		await replyToNote(note.id, 'Thank you.');
		const [stored] = await listNotes(assessmentId);
		expect(stored?.replies.map((r) => [r.author.name, r.text])).toEqual([
			['Sam Patel', 'Three children moved home in **March**.'],
			['Cllr Jo Lee', 'Thank you.']
		]);
		// A reply leaves the note's own text and time alone (they decide which copy wins in a merge).
		expect(stored?.updatedAt).toBe(note.updatedAt);
		await expect(replyToNote(note.id, '')).rejects.toBeInstanceOf(ValidationError);
	});

	it('records who resolved a note and when, keeps the first resolution, and reopens with a record', async () => {
		await asJo();
		const note = await challenge();
		await asSam();
		const resolved = await resolveNote(note.id);
		expect(resolved.resolved?.by).toEqual({ name: 'Sam Patel', role: 'officer', designation: 'Head of Service' });
		await asJo();
		const again = await resolveNote(note.id);
		expect(again.resolved?.by.name).toBe('Sam Patel');
		const reopened = await reopenNote(note.id);
		expect(reopened.resolved).toBeUndefined();
		expect(reopened.replies.at(-1)).toMatchObject({ author: { name: 'Cllr Jo Lee' } });
		expect(reopened.replies.at(-1)?.text).toMatch(/^Reopened this note\. It had been resolved by Sam Patel, Head of Service on /);
	});

	it('does not let another councillor resolve someone else’s note', async () => {
		await asJo();
		const note = await challenge();
		await asAnn();
		await expect(resolveNote(note.id)).rejects.toBeInstanceOf(NotAllowedError);
		expect((await listNotes(assessmentId))[0]?.resolved).toBeUndefined();
	});
});
