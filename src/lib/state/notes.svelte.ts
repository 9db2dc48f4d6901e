import { describeOpenNotes, openNoteCounts } from '$lib/domain/note.ts';
import type { ChallengeNote, FieldError } from '$lib/domain/types.ts';
import {
	ChangedElsewhereError,
	NoProfileError,
	NotAllowedError,
	ValidationError,
	storageProblem,
	storageProblemMessage
} from '$lib/storage/errors.ts';
import { addNote, editNote, listNotesForQuestion, reopenNote, replyToNote, resolveNote, type AddNoteRequest, type EditNoteRequest } from '$lib/storage/notes.ts';
import { Live } from './live.svelte.ts';

/**
 * Councillors' notes on an answer, for the notes components: the notes on
 * one question followed live, and each change to a note as an outcome in
 * words (the storage errors turned into what the form shows).
 */

/** The notes on one answer, oldest first, followed live. Create it during component initialisation. */
export class QuestionNotesState {
	readonly #live: Live<readonly [string, string], ChallengeNote[]>;

	/** `key` gives the statement's and the question's ids, read reactively. */
	constructor(key: () => { assessmentId: string; questionId: string }) {
		this.#live = new Live(
			() => {
				const { assessmentId, questionId } = key();
				return [assessmentId, questionId] as const;
			},
			([assessmentId, questionId]) => listNotesForQuestion(assessmentId, questionId)
		);
	}

	/** Undefined until first read. */
	get current(): ChallengeNote[] | undefined {
		return this.#live.current;
	}

	/** False until the first read ends. */
	get loaded(): boolean {
		return this.#live.loaded;
	}

	/** Why the notes could not be read, if they could not. */
	get error(): unknown {
		return this.#live.error;
	}

	/** "2 open: 1 question, 1 challenge", or empty before the notes are read. */
	get openSummary(): string {
		const notes = this.#live.current;
		return notes ? describeOpenNotes(openNoteCounts(notes)) : '';
	}
}

/** What a change to a note came to: done, or refused with messages for its fields and a failure in words. */
export type NoteOutcome = { ok: true } | { ok: false; errors: FieldError[]; failure: string };

/** How a failure is said: `refusal` words a refusal the person can act on (no profile, not theirs, changed elsewhere); `notDone` replaces "this could not be saved" in a storage failure. */
interface Wording {
	refusal?: (message: string) => string;
	notDone?: string;
}

async function outcome(change: () => Promise<unknown>, wording: Wording = {}): Promise<NoteOutcome> {
	try {
		await change();
		return { ok: true };
	} catch (error) {
		if (error instanceof ValidationError) return { ok: false, errors: error.errors, failure: '' };
		if (error instanceof NoProfileError || error instanceof NotAllowedError || error instanceof ChangedElsewhereError) {
			return { ok: false, errors: [], failure: wording.refusal ? wording.refusal(error.message) : error.message };
		}
		const said = storageProblemMessage(storageProblem(error));
		return { ok: false, errors: [], failure: wording.notDone ? said.replace('this could not be saved', wording.notDone) : said };
	}
}

/** Adds a note by the person using this device. A failure says "your note was not added". */
export function addNoteOn(request: AddNoteRequest): Promise<NoteOutcome> {
	return outcome(() => addNote(request), {
		refusal: (message) => `Your note was not added. ${message}.`,
		notDone: 'your note was not added'
	});
}

/** Adds a reply to a note; `field` is the textarea's id, for a message beside it. */
export function replyTo(noteId: string, text: string, field?: string): Promise<NoteOutcome> {
	return outcome(() => replyToNote(noteId, text, field));
}

/** Changes the text of the writer's own note, refused if it changed since the form opened. */
export function changeNoteText(request: EditNoteRequest): Promise<NoteOutcome> {
	return outcome(() => editNote(request));
}

/** Marks a note resolved, or reopens a resolved one. */
export function setResolved(noteId: string, resolved: boolean): Promise<NoteOutcome> {
	return outcome(() => (resolved ? resolveNote(noteId) : reopenNote(noteId)));
}
