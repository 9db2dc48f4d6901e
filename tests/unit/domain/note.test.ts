import { describe, expect, it } from 'vitest';
import {
	MAX_NOTE_LENGTH,
	canEditNote,
	canResolveNote,
	describeOpenNotes,
	involves,
	noteAuthors,
	openNoteCounts,
	validateNote,
	validateReply
} from '../../../src/lib/domain/note.ts';
import type { Author, ChallengeNote } from '../../../src/lib/domain/types.ts';

const jo: Author = { name: 'Cllr Jo Lee', role: 'councillor', designation: '' };
const sam: Author = { name: 'Sam Patel', role: 'officer', designation: 'Head of Service' };
const at = '2026-03-01T10:00:00.000Z';

function note(overrides: Partial<ChallengeNote> = {}): ChallengeNote {
	return {
		id: 'n1',
		assessmentId: 'a1',
		questionId: 'careless-1-1',
		kind: 'challenge',
		text: 'Why has the figure fallen?',
		author: jo,
		createdAt: at,
		updatedAt: at,
		replies: [],
		...overrides
	};
}

describe('checking a note', () => {
	it('needs a kind and some text, with a message for each in GOV.UK style', () => {
		expect(validateNote({ kind: '', text: '  \n ' })).toEqual({
			ok: false,
			errors: [
				{ field: 'note-kind', message: 'Select what kind of note this is' },
				{ field: 'note-text', message: 'Enter your note' }
			]
		});
	});

	it('refuses a note over 20,000 characters, and accepts one at the limit', () => {
		expect(validateNote({ kind: 'question', text: 'a'.repeat(MAX_NOTE_LENGTH + 1) })).toEqual({
			ok: false,
			errors: [{ field: 'note-text', message: 'Your note must be 20,000 characters or fewer' }]
		});
		expect(validateNote({ kind: 'question', text: 'a'.repeat(MAX_NOTE_LENGTH) }).ok).toBe(true);
	});

	it('keeps the writer’s markdown and line breaks, trimming only blank lines at the ends', () => {
		expect(validateNote({ kind: 'information', text: '\n- one\n- two\n\n' })).toEqual({
			ok: true,
			value: { kind: 'information', text: '- one\n- two' }
		});
	});

	it('refuses a kind that is not one of the four', () => {
		expect(validateNote({ kind: 'complaint' as 'question', text: 'x' }).ok).toBe(false);
	});

	it('needs text in a reply, naming the reply’s own field', () => {
		expect(validateReply('', 'reply-n1')).toEqual({ ok: false, errors: [{ field: 'reply-n1', message: 'Enter your reply' }] });
	});
});

describe('who may do what', () => {
	it('lets only the writer change a note, recognising them whatever the spacing or case', () => {
		expect(canEditNote(note(), { name: 'cllr jo  lee', role: 'councillor' })).toBe(true);
		expect(canEditNote(note(), sam)).toBe(false);
		expect(canEditNote(note(), { name: 'Cllr Jo Lee', role: 'officer' })).toBe(false);
	});

	it('lets officers resolve any note, and councillors only their own', () => {
		expect(canResolveNote(note(), sam)).toBe(true);
		expect(canResolveNote(note(), jo)).toBe(true);
		expect(canResolveNote(note(), { name: 'Cllr Ann Other', role: 'councillor' })).toBe(false);
	});

	it('counts a note as someone’s when they wrote it or replied to it', () => {
		const replied = note({ author: sam, replies: [{ id: 'r1', text: 'Thanks', author: jo, createdAt: at }] });
		expect(involves(replied, jo)).toBe(true);
		expect(involves(note({ author: sam }), jo)).toBe(false);
		expect(noteAuthors([note(), note({ id: 'n2' }), note({ id: 'n3', author: sam })])).toEqual([jo, sam]);
	});
});

describe('counting open notes', () => {
	it('counts unresolved notes by kind and describes those that ask something', () => {
		const counts = openNoteCounts([
			note({ kind: 'question' }),
			note({ kind: 'question' }),
			note({ kind: 'challenge' }),
			note({ kind: 'challenge', resolved: { at, by: sam } }),
			note({ kind: 'satisfied' })
		]);
		expect(counts).toEqual({ question: 2, information: 0, challenge: 1, satisfied: 1 });
		expect(describeOpenNotes(counts)).toBe('2 questions, 1 challenge open');
		expect(describeOpenNotes(openNoteCounts([note({ kind: 'information' })]))).toBe('1 information request open');
		expect(describeOpenNotes(openNoteCounts([note({ kind: 'satisfied' })]))).toBe('');
	});
});
