import { formatLongDate } from './dates.ts';
import type { PlacedQuestion } from './frameworks/index.ts';
import { isOpen, noteKind } from './note.ts';
import { authorLabel } from './person.ts';
import { isAnswered } from './response.ts';
import type { Assessment, ChallengeNote, NoteKind, Response } from './types.ts';

/**
 * "Questions for the meeting": the councillors' questions and open
 * challenges, grouped by area, each beside the question and a short extract
 * of the answer it refers to. One model for the screen, print and the PDF.
 */

/** How long an answer extract may be, in characters, before it is cut at a word. */
export const EXTRACT_LENGTH = 280;

/** What stands in for an exempt answer: the list may be printed and carried out of the room. */
export const EXEMPT_EXTRACT = 'The answer is exempt information and is not quoted here.';

/** One councillor question or challenge. */
export interface MeetingNote {
	id: string;
	kind: NoteKind;
	/** The tag's words, e.g. "Question for the meeting". */
	kindLabel: string;
	/** Markdown, as written. */
	text: string;
	/** "Cllr Jo Lee" or "Sam Patel, Head of Service". */
	author: string;
	createdAt: string;
	resolved: boolean;
}

/** A question with the notes raised on it. */
export interface MeetingQuestion {
	id: string;
	/** "2.3": area number and question number. */
	number: string;
	text: string;
	/** Plain text from the start of the answer, or a notice when there is none to quote. */
	extract: string;
	notes: MeetingNote[];
}

/** An area of focus with its questions that have notes. */
export interface MeetingArea {
	number: number;
	title: string;
	questions: MeetingQuestion[];
}

/** The whole list. */
export interface MeetingQuestionsList {
	statementTitle: string;
	council: string;
	panel: string;
	/** "25 March 2026". */
	meetingDate: string;
	areas: MeetingArea[];
	/** How many notes the list holds. */
	total: number;
}

/** True for the notes that belong on the list: every question for the meeting, and challenges still open. */
export function isForTheMeeting(note: Pick<ChallengeNote, 'kind' | 'resolved'>): boolean {
	return note.kind === 'question' || (note.kind === 'challenge' && isOpen(note));
}

/** Markdown reduced to plain running text: no marks, links as their words, one space between blocks. */
export function plainFromMarkdown(markdown: string): string {
	return markdown
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
		.replace(/^\s*\|?\s*:?-{3,}.*$/gm, ' ')
		.replace(/\|/g, ' ')
		.replace(/(\*\*|__|~~|`)/g, '')
		.replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The start of an answer as plain text, cut at a word with "…" when longer than `max`. */
export function answerExtract(markdown: string, max = EXTRACT_LENGTH): string {
	const plain = plainFromMarkdown(markdown);
	if (plain.length <= max) return plain;
	const cut = plain.slice(0, max);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

function extractFor(response: Response | undefined): string {
	if (!response || !isAnswered(response)) return 'No answer has been given to this question yet.';
	if (response.exempt) return EXEMPT_EXTRACT;
	if (response.notApplicable) return `Not applicable: ${response.notApplicableReason.trim() || 'no reason given'}`;
	return answerExtract(response.statement);
}

/**
 * Builds the list: areas and questions in statement order, only those with
 * a question or open challenge on them, notes oldest first.
 */
export function meetingQuestionsList(
	assessment: Pick<Assessment, 'title' | 'council' | 'panel' | 'meetingDate'>,
	placed: readonly PlacedQuestion[],
	responses: readonly Response[],
	notes: readonly ChallengeNote[]
): MeetingQuestionsList {
	const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
	const wanted = notes.filter(isForTheMeeting).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
	const areas: MeetingArea[] = [];
	let total = 0;
	for (const p of placed) {
		const raised = wanted.filter((n) => n.questionId === p.question.id);
		if (raised.length === 0) continue;
		let area = areas.at(-1);
		if (!area || area.number !== p.areaNumber) {
			area = { number: p.areaNumber, title: p.area.title, questions: [] };
			areas.push(area);
		}
		total += raised.length;
		area.questions.push({
			id: p.question.id,
			number: `${p.areaNumber}.${p.questionNumber}`,
			text: p.question.text,
			extract: extractFor(byQuestion.get(p.question.id)),
			notes: raised.map((n) => ({
				id: n.id,
				kind: n.kind,
				kindLabel: noteKind(n.kind).tag,
				text: n.text,
				author: authorLabel(n.author),
				createdAt: n.createdAt,
				resolved: !isOpen(n)
			}))
		});
	}
	return {
		statementTitle: assessment.title,
		council: assessment.council,
		panel: assessment.panel,
		meetingDate: formatLongDate(assessment.meetingDate),
		areas,
		total
	};
}
