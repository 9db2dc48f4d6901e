import type { Author, ChallengeNote, FieldError, NoteKind, Validated } from './types.ts';

/**
 * Councillors' notes on answers: the kinds in the sector's words, the checks
 * on what is typed, and the counts the overview shows. Pure: no storage.
 */

/** Longest note or reply accepted, in characters (the file format's limit too). */
export const MAX_NOTE_LENGTH = 20_000;

/** One kind of note: the words on the form, on its tag and in counts. */
export interface NoteKindInfo {
	value: NoteKind;
	/** The radio label on the "Add a note" form. */
	label: string;
	/** The tag beside a note. */
	tag: string;
	/** GOV.UK tag colour modifier; the tag's words carry the meaning, never the colour alone. */
	colour: string;
	/** "1 question", "2 questions": for counts. */
	one: string;
	many: string;
}

/** The kinds in the order the form offers them. */
export const noteKinds: readonly NoteKindInfo[] = [
	{ value: 'question', label: 'Question to ask at the meeting', tag: 'Question for the meeting', colour: 'govuk-tag--blue', one: 'question', many: 'questions' },
	{ value: 'information', label: 'Further information requested', tag: 'Information requested', colour: 'govuk-tag--purple', one: 'information request', many: 'information requests' },
	{ value: 'challenge', label: 'Challenge', tag: 'Challenge', colour: 'govuk-tag--orange', one: 'challenge', many: 'challenges' },
	{ value: 'satisfied', label: 'Satisfied', tag: 'Satisfied', colour: 'govuk-tag--green', one: 'satisfied', many: 'satisfied' }
];

/** The details of one kind. */
export function noteKind(kind: NoteKind): NoteKindInfo {
	return noteKinds.find((k) => k.value === kind) ?? noteKinds[0]!;
}

/** The kinds that ask something of officers: open ones count as gaps and on the overview. */
export const ASKING_KINDS: readonly NoteKind[] = ['question', 'information', 'challenge'];

/** What the "Add a note" form holds. */
export interface NoteInput {
	kind: NoteKind | '';
	text: string;
}

function checkText(text: string, field: string, what: string, capitalWhat: string): string | FieldError {
	if (!text.trim()) return { field, message: `Enter ${what}` };
	if (text.length > MAX_NOTE_LENGTH) {
		return { field, message: `${capitalWhat} must be ${MAX_NOTE_LENGTH.toLocaleString('en-GB')} characters or fewer` };
	}
	// Keep the writer's line breaks and markdown; drop only blank lines at either end.
	return text.replace(/^\s*\n/, '').trimEnd();
}

/** Checks a new note: a kind and some text, within the length limit. Returns every problem in form order. */
export function validateNote(input: NoteInput): Validated<{ kind: NoteKind; text: string }> {
	const errors: FieldError[] = [];
	const kind = noteKinds.find((k) => k.value === input.kind)?.value;
	if (!kind) errors.push({ field: 'note-kind', message: 'Select what kind of note this is' });
	const text = checkText(input.text, 'note-text', 'your note', 'Your note');
	if (typeof text !== 'string') errors.push(text);
	if (!kind || typeof text !== 'string') return { ok: false, errors };
	return { ok: true, value: { kind, text } };
}

/** Checks a changed note's text (`field` is the textarea's id, for the error summary). */
export function validateNoteText(text: string, field = 'note-text'): Validated<string> {
	const checked = checkText(text, field, 'your note', 'Your note');
	return typeof checked === 'string' ? { ok: true, value: checked } : { ok: false, errors: [checked] };
}

/** Checks a reply's text (`field` is the textarea's id). */
export function validateReply(text: string, field = 'reply-text'): Validated<string> {
	const checked = checkText(text, field, 'your reply', 'Your reply');
	return typeof checked === 'string' ? { ok: true, value: checked } : { ok: false, errors: [checked] };
}

/** True when two author stamps name the same person (by name and role, ignoring case and spacing). */
export function sameAuthor(a: Pick<Author, 'name' | 'role'>, b: Pick<Author, 'name' | 'role'>): boolean {
	const tidy = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
	return a.role === b.role && tidy(a.name) === tidy(b.name);
}

/** Only the person who wrote a note may change its text. */
export function canEditNote(note: Pick<ChallengeNote, 'author'>, who: Pick<Author, 'name' | 'role'>): boolean {
	return sameAuthor(note.author, who);
}

/** Officers resolve notes; the councillor who wrote one may also resolve it (withdraw it). */
export function canResolveNote(note: Pick<ChallengeNote, 'author'>, who: Pick<Author, 'name' | 'role'>): boolean {
	return who.role === 'officer' || sameAuthor(note.author, who);
}

/** True while a note has not been resolved. */
export function isOpen(note: Pick<ChallengeNote, 'resolved'>): boolean {
	return note.resolved === undefined;
}

/** Counts of notes by kind. */
export type NoteCounts = Record<NoteKind, number>;

/** Counts of open (unresolved) notes by kind. */
export function openNoteCounts(notes: readonly Pick<ChallengeNote, 'kind' | 'resolved'>[]): NoteCounts {
	const counts: NoteCounts = { question: 0, information: 0, challenge: 0, satisfied: 0 };
	for (const note of notes) if (isOpen(note)) counts[note.kind] += 1;
	return counts;
}

/**
 * "2 questions, 1 challenge open" (satisfied notes ask nothing, so they are
 * not counted as open); empty when nothing is open.
 */
export function describeOpenNotes(counts: NoteCounts): string {
	const parts = ASKING_KINDS.filter((k) => counts[k] > 0).map((k) => {
		const info = noteKind(k);
		return `${counts[k]} ${counts[k] === 1 ? info.one : info.many}`;
	});
	return parts.length > 0 ? `${parts.join(', ')} open` : '';
}

/** True when `who` wrote the note or one of its replies: what "your notes" holds. */
export function involves(note: Pick<ChallengeNote, 'author' | 'replies'>, who: Pick<Author, 'name' | 'role'>): boolean {
	return sameAuthor(note.author, who) || note.replies.some((r) => sameAuthor(r.author, who));
}

/** The people who wrote a set of notes, in order of first appearance, without repeats. */
export function noteAuthors(notes: readonly Pick<ChallengeNote, 'author'>[]): Author[] {
	const found: Author[] = [];
	for (const { author } of notes) if (!found.some((a) => sameAuthor(a, author))) found.push(author);
	return found;
}
