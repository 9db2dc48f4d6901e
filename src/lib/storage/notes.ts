import { reopeningText } from '../domain/merge-notes.ts';
import { canEditNote, canResolveNote, validateNote, validateNoteText, validateReply, type NoteInput } from '../domain/note.ts';
import { authorLabel } from '../domain/person.ts';
import type { ChallengeNote, NoteReply } from '../domain/types.ts';
import { getDatabase } from './db.ts';
import { ChangedElsewhereError, MissingRecordError, NotAllowedError, ValidationError } from './errors.ts';
import { newId, nowAfter, nowIso } from './ids.ts';
import { currentAuthor } from './profile.ts';

/**
 * Councillors' notes on answers. Every write is stamped with the author
 * from this device's profile and the time, inside one transaction with the
 * profile read, so the stamp is who was using the device at that moment.
 * Notes are never overwritten without the writer seeing the latest copy:
 * replies are only ever added, and a change to a note's text names the
 * version it replaces.
 */

/** Every note on a statement, oldest first. */
export async function listNotes(assessmentId: string): Promise<ChallengeNote[]> {
	const notes = await getDatabase().notes.where('assessmentId').equals(assessmentId).toArray();
	return notes.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The notes on one answer, oldest first. */
export async function listNotesForQuestion(assessmentId: string, questionId: string): Promise<ChallengeNote[]> {
	const notes = await getDatabase().notes.where('[assessmentId+questionId]').equals([assessmentId, questionId]).toArray();
	return notes.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** What the "Add a note" form asks to store. */
export interface AddNoteRequest extends NoteInput {
	assessmentId: string;
	questionId: string;
}

/**
 * Validates and stores a new note on an answer, by the person using this
 * device. Throws ValidationError, NoProfileError or MissingRecordError
 * (statement deleted) and writes nothing in those cases.
 */
export async function addNote(request: AddNoteRequest): Promise<ChallengeNote> {
	const result = validateNote(request);
	if (!result.ok) throw new ValidationError(result.errors);
	const db = getDatabase();
	return db.transaction('rw', [db.notes, db.assessments, db.settings, db.people], async () => {
		const author = await currentAuthor();
		if (!(await db.assessments.get(request.assessmentId))) throw new MissingRecordError('This position statement');
		// Notes are listed oldest first: a note is always stamped after the statement's latest, so two added in the same millisecond keep their order.
		const latest = (await db.notes.where('assessmentId').equals(request.assessmentId).toArray()).reduce((max, n) => (n.createdAt > max ? n.createdAt : max), '');
		const now = latest ? nowAfter(latest) : nowIso();
		const note: ChallengeNote = {
			id: newId(),
			assessmentId: request.assessmentId,
			questionId: request.questionId,
			kind: result.value.kind,
			text: result.value.text,
			author,
			createdAt: now,
			updatedAt: now,
			replies: []
		};
		await db.notes.add(note);
		return note;
	});
}

/** Reads a note inside a transaction, or says it has gone. */
async function existing(id: string): Promise<ChallengeNote> {
	const note = await getDatabase().notes.get(id);
	if (!note) throw new MissingRecordError('This note');
	return note;
}

/** What changing a note's text needs: the new text and the version the writer was looking at. */
export interface EditNoteRequest {
	id: string;
	text: string;
	/** The note's `updatedAt` when the writer opened it for changing. */
	seenUpdatedAt: string;
	/** The textarea's id, so a validation message links to it. */
	field?: string;
}

/**
 * Changes the text of the writer's own note. Refused (nothing written) if
 * someone else wrote it, or if it changed since the writer opened it
 * (ChangedElsewhereError: their text stays on screen to copy).
 */
export async function editNote(request: EditNoteRequest): Promise<ChallengeNote> {
	const result = validateNoteText(request.text, request.field);
	if (!result.ok) throw new ValidationError(result.errors);
	const db = getDatabase();
	return db.transaction('rw', [db.notes, db.settings, db.people], async () => {
		const author = await currentAuthor();
		const note = await existing(request.id);
		if (!canEditNote(note, author)) throw new NotAllowedError(`Only ${authorLabel(note.author)} can change this note`);
		if (note.updatedAt !== request.seenUpdatedAt) {
			throw new ChangedElsewhereError('This note was changed somewhere else since you opened it. Copy your text, then look at the note again.');
		}
		const changed: ChallengeNote = { ...note, text: result.value, updatedAt: nowAfter(note.updatedAt) };
		await db.notes.put(changed);
		return changed;
	});
}

/**
 * Adds a reply under a note, by the person using this device. Replies are
 * only ever added, so two people replying at once both keep their words.
 * The note's `updatedAt` stays as it is: it dates the note's own text and
 * state, which decides which copy wins when files are merged.
 */
export async function replyToNote(id: string, text: string, field?: string): Promise<NoteReply> {
	const result = validateReply(text, field);
	if (!result.ok) throw new ValidationError(result.errors);
	const db = getDatabase();
	return db.transaction('rw', [db.notes, db.settings, db.people], async () => {
		const author = await currentAuthor();
		const note = await existing(id);
		const reply: NoteReply = { id: newId(), text: result.value, author, createdAt: nowIso() };
		await db.notes.put({ ...note, replies: [...note.replies, reply] });
		return reply;
	});
}

/**
 * Marks a note resolved by the person using this device (an officer, or
 * the note's writer). A note already resolved keeps its first resolution,
 * so nobody's "Resolved by" is replaced.
 */
export async function resolveNote(id: string): Promise<ChallengeNote> {
	const db = getDatabase();
	return db.transaction('rw', [db.notes, db.settings, db.people], async () => {
		const author = await currentAuthor();
		const note = await existing(id);
		if (note.resolved) return note;
		if (!canResolveNote(note, author)) throw new NotAllowedError('Only an officer or the person who wrote this note can resolve it');
		const now = nowAfter(note.updatedAt);
		const resolved: ChallengeNote = { ...note, resolved: { at: now, by: author }, updatedAt: now };
		await db.notes.put(resolved);
		return resolved;
	});
}

/**
 * Opens a resolved note again (an officer, or the note's writer). The
 * resolution is not lost: a reply records who reopened it and who had
 * resolved it when.
 */
export async function reopenNote(id: string): Promise<ChallengeNote> {
	const db = getDatabase();
	return db.transaction('rw', [db.notes, db.settings, db.people], async () => {
		const author = await currentAuthor();
		const note = await existing(id);
		if (!note.resolved) return note;
		if (!canResolveNote(note, author)) throw new NotAllowedError('Only an officer or the person who wrote this note can reopen it');
		const { resolved, ...open } = note;
		const now = nowAfter(note.updatedAt);
		const record: NoteReply = {
			id: newId(),
			// The merge recognises a reopening by these exact words (domain/merge-notes.ts).
			text: reopeningText(resolved),
			author,
			createdAt: now
		};
		const reopened: ChallengeNote = { ...open, replies: [...note.replies, record], updatedAt: now };
		await db.notes.put(reopened);
		return reopened;
	});
}
