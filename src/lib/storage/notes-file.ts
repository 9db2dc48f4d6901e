import type { NotesFile } from '../domain/file-format/schema.ts';
import { notesFile } from '../domain/file-format/write.ts';
import { involves, noteAuthors } from '../domain/note.ts';
import type { Assessment, Author } from '../domain/types.ts';
import { getDatabase } from './db.ts';
import { MissingRecordError } from './errors.ts';
import { nowIso } from './ids.ts';
import { currentAuthor } from './profile.ts';
import { APP_VERSION, mergeNotesAndRecommendations } from './transfer.ts';

/**
 * A councillor's notes travel on their own: she saves just her notes on a
 * statement as a file, and the officer merges them into the same statement
 * without any answer changing.
 */

/**
 * The notes the person using this device wrote or replied to on one
 * statement, as a file envelope (not yet saved anywhere). Throws
 * NoProfileError when nobody has said who they are.
 */
export async function exportNotes(assessmentId: string): Promise<NotesFile> {
	const db = getDatabase();
	return db.transaction('r', [db.assessments, db.notes, db.settings, db.people], async () => {
		const who = await currentAuthor();
		const assessment = await db.assessments.get(assessmentId);
		if (!assessment) throw new MissingRecordError('This position statement');
		const notes = (await db.notes.where('assessmentId').equals(assessmentId).toArray())
			.filter((n) => involves(n, who))
			.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
		return notesFile({ assessmentId, assessmentTitle: assessment.title, notes }, nowIso(), APP_VERSION);
	});
}

/** What importing a notes file would do, shown before anything is written. */
export type NotesImportPlan =
	| { kind: 'missing'; file: NotesFile }
	| {
			kind: 'merge';
			file: NotesFile;
			existing: Assessment;
			/** Who wrote the notes in the file. */
			authors: Author[];
			/** Notes not on this device yet. */
			newNotes: number;
			/** Notes already here (merged: their new replies are added, a resolution stays unless reopened; see mergeNote). */
			knownNotes: number;
			/** Replies in the file not on this device yet. */
			newReplies: number;
	  };

/** Looks at a validated notes file against this device. Writes nothing. */
export async function planNotesImport(file: NotesFile): Promise<NotesImportPlan> {
	const db = getDatabase();
	const existing = await db.assessments.get(file.data.assessmentId);
	if (!existing) return { kind: 'missing', file };
	const here = new Map((await db.notes.where('assessmentId').equals(existing.id).toArray()).map((n) => [n.id, n]));
	let newNotes = 0;
	let newReplies = 0;
	for (const note of file.data.notes) {
		const mine = here.get(note.id);
		if (!mine) newNotes += 1;
		const known = new Set(mine?.replies.map((r) => r.id) ?? []);
		newReplies += note.replies.filter((r) => !known.has(r.id)).length;
	}
	return {
		kind: 'merge',
		file,
		existing,
		authors: noteAuthors(file.data.notes),
		newNotes,
		knownNotes: file.data.notes.length - newNotes,
		newReplies
	};
}

/**
 * Merges a notes file into its statement on this device: new notes are
 * added, notes already here are merged (mergeNote: every reply from both
 * sides is kept, a resolution is never lost to an edit), and answers are not
 * touched.
 * Refused, writing nothing, when the statement is not on this device.
 * One transaction: all of it or none.
 */
export async function importNotes(file: NotesFile): Promise<string> {
	const db = getDatabase();
	await db.transaction('rw', [db.assessments, db.notes, db.recommendations], async () => {
		if (!(await db.assessments.get(file.data.assessmentId))) {
			throw new MissingRecordError(`The position statement "${file.data.assessmentTitle}"`);
		}
		await mergeNotesAndRecommendations(file.data.notes, []);
	});
	return file.data.assessmentId;
}
