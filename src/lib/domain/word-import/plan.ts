/**
 * What importing a Word document would do, decided before anything is
 * saved: each row matched to a question of the chosen sets (or not), the
 * person's choice per row (this question, not a question, or the panel's own
 * question), the checks on those choices, and the answers and local
 * questions that follow. Pure.
 */

import { versionOf } from '../answer-versions.ts';
import { placedQuestions, type PlacedQuestion } from '../frameworks/index.ts';
import { emptyDraft, type ResponseDraft } from '../response.ts';
import type { Assessment, FieldError, FrameworkRef, LocalArea, Response, Revision } from '../types.ts';
import { matchRows, type RowMatch } from './match.ts';
import type { WordRow } from './read.ts';

/** What to do with one row. */
export type RowChoice = { kind: 'question'; questionId: string } | { kind: 'skip' } | { kind: 'local' };

/** A row with its match and the person's choice. */
export interface PlannedRow {
	row: WordRow;
	match: RowMatch;
	choice: RowChoice;
}

/** The id of the choice field for a row (the review screen's select), for error links. */
export function rowField(row: Pick<WordRow, 'rowNumber'>): string {
	return `row-${row.rowNumber}`;
}

/** The value a row's select holds for a choice. */
export function choiceValue(choice: RowChoice): string {
	return choice.kind === 'question' ? choice.questionId : choice.kind;
}

/** The choice a select's value stands for. */
export function choiceFrom(value: string): RowChoice {
	if (value === 'skip' || value === 'local') return { kind: value };
	return { kind: 'question', questionId: value };
}

/** "2.3" for a placed question. */
export function questionNumber(placed: Pick<PlacedQuestion, 'areaNumber' | 'questionNumber'>): string {
	return `${placed.areaNumber}.${placed.questionNumber}`;
}

/**
 * Each row matched to the statement's questions (`matchRows`), with a first
 * choice: the match; otherwise the panel's own question when the row has an
 * answer (so no words are dropped unasked), or "not a question" when it has none.
 */
export function planRows(rows: readonly WordRow[], questions: readonly PlacedQuestion[]): PlannedRow[] {
	const matches = matchRows(
		rows.map((r) => r.questionText),
		questions.map((p) => ({ id: p.question.id, text: p.question.text }))
	);
	return rows.map((row, i) => {
		const match = matches[i] ?? { questionId: undefined, score: 0, level: 'none' as const };
		const choice: RowChoice = match.questionId
			? { kind: 'question', questionId: match.questionId }
			: row.answer.trim()
				? { kind: 'local' }
				: { kind: 'skip' };
		return { row, match, choice };
	});
}

/** The plan's rows for this statement's question sets. */
export function planForSets(rows: readonly WordRow[], frameworks: readonly FrameworkRef[]): PlannedRow[] {
	return planRows(rows, placedQuestions(frameworks));
}

/**
 * What stops the import, each linked to a row's select: two rows given one
 * question, a question that is not in the statement, or nothing to import.
 */
export function choiceProblems(planned: readonly PlannedRow[], questions: readonly PlacedQuestion[]): FieldError[] {
	const errors: FieldError[] = [];
	const byQuestion = new Map<string, PlannedRow[]>();
	for (const p of planned) {
		if (p.choice.kind !== 'question') continue;
		const list = byQuestion.get(p.choice.questionId) ?? [];
		list.push(p);
		byQuestion.set(p.choice.questionId, list);
	}
	for (const [questionId, list] of byQuestion) {
		const placed = questions.find((q) => q.question.id === questionId);
		if (!placed) {
			for (const p of list) errors.push({ field: rowField(p.row), message: `Row ${p.row.rowNumber} is matched to a question that is not in this statement: choose another` });
			continue;
		}
		if (list.length < 2) continue;
		for (const p of list.slice(1)) {
			errors.push({
				field: rowField(p.row),
				message: `Rows ${list[0]?.row.rowNumber} and ${p.row.rowNumber} are both matched to question ${questionNumber(placed)}: choose another question for row ${p.row.rowNumber}, or "not a question"`
			});
		}
	}
	if (planned.length > 0 && planned.every((p) => p.choice.kind === 'skip')) {
		errors.push({ field: rowField(planned[0]!.row), message: 'Every row is marked "not a question": choose a question for at least one row' });
	}
	return errors;
}

/** One answer to save. `localKey` names a question still to be added as the panel's own. */
export interface PlannedAnswer {
	questionId?: string;
	localKey?: string;
	draft: ResponseDraft;
}

/** A panel's own area to add, with its questions (each with the key its answer refers to). */
export interface PlannedLocalArea {
	title: string;
	questions: { key: string; text: string }[];
}

/** Everything the import will write, before ids are given. */
export interface ImportWrite {
	localAreas: PlannedLocalArea[];
	answers: PlannedAnswer[];
}

// Area titles in the document carry their number ("2. The placing of children in care"); the app numbers its own.
function areaTitleOf(heading: string, fallback: string): string {
	const title = heading.replace(/^\s*(?:\d+(?:\.\d+)*[.):]?\s+)/, '').replace(/\s+/g, ' ').trim();
	return (title || fallback).slice(0, 200);
}

function localQuestionText(row: WordRow): string {
	const text = row.questionText.replace(/^\s*(?:\d+(?:\.\d+)*[.):]?\s+)/, '').trim();
	return (text || `Row ${row.rowNumber}`).slice(0, 2000);
}

/** The draft an imported row becomes: its words, reporters and rating; in progress when it has words. */
export function importedDraft(row: WordRow, proposedPrinciples: PlacedQuestion['question']['principleIds']): ResponseDraft {
	const draft = emptyDraft(proposedPrinciples);
	const statement = row.answer.trim();
	return {
		...draft,
		statement,
		reporters: row.reporters.length > 0 ? row.reporters.map((r) => ({ name: r.name.slice(0, 200), designation: r.designation.slice(0, 200) })) : draft.reporters,
		selfRating: row.selfRating,
		status: statement ? 'in-progress' : 'not-started'
	};
}

/**
 * The answers and the panel's own questions the chosen rows make. Rows
 * added as the panel's own questions are grouped under their Word area
 * heading (one local area per heading, in document order), or under
 * `fallbackArea` when there is none. Rows marked "not a question" are left out.
 */
export function importWrite(planned: readonly PlannedRow[], questions: readonly PlacedQuestion[], fallbackArea: string): ImportWrite {
	const localAreas: PlannedLocalArea[] = [];
	const answers: PlannedAnswer[] = [];
	for (const p of planned) {
		if (p.choice.kind === 'skip') continue;
		if (p.choice.kind === 'question') {
			const { questionId } = p.choice;
			const placed = questions.find((q) => q.question.id === questionId);
			answers.push({ questionId, draft: importedDraft(p.row, placed?.question.principleIds ?? []) });
			continue;
		}
		const title = areaTitleOf(p.row.area, fallbackArea);
		let area = localAreas.find((a) => a.title.toLowerCase() === title.toLowerCase());
		if (!area) {
			area = { title, questions: [] };
			localAreas.push(area);
		}
		const key = `row-${p.row.rowNumber}`;
		area.questions.push({ key, text: localQuestionText(p.row) });
		answers.push({ localKey: key, draft: importedDraft(p.row, []) });
	}
	return { localAreas, answers };
}

/** The note on each imported answer's first saved version, after the person's name. */
export function importedBy(author: string, fileName: string): string {
	const note = `imported from ${fileName}`;
	return (author ? `${author} (${note})` : note.charAt(0).toUpperCase() + note.slice(1)).slice(0, 200);
}

/**
 * A whole statement as the import would store it, for the command-line
 * importer (the app stores it through its storage functions instead): the
 * statement with its own areas, the answers and each answer's first version.
 */
export function importedStatement(
	base: Assessment,
	write: ImportWrite,
	newId: () => string,
	now: string,
	savedBy: string
): { assessment: Assessment; responses: Response[]; revisions: Revision[] } {
	const keys = new Map<string, string>();
	const localAreas: LocalArea[] = [
		...base.localAreas,
		...write.localAreas.map((a) => ({
			id: newId(),
			title: a.title,
			questions: a.questions.map((q) => {
				// The same shape of id the app gives the panel's own questions.
				const id = `local-${newId()}`;
				keys.set(q.key, id);
				return { id, text: q.text, principleIds: [] };
			})
		}))
	];
	const assessment: Assessment = { ...base, localAreas, updatedAt: now };
	const responses: Response[] = [];
	const revisions: Revision[] = [];
	for (const answer of write.answers) {
		const questionId = answer.questionId ?? keys.get(answer.localKey ?? '');
		if (!questionId) continue;
		const response: Response = { id: newId(), assessmentId: base.id, questionId, ...answer.draft, rev: 1, createdAt: now, updatedAt: now, updatedBy: savedBy };
		responses.push(response);
		revisions.push(versionOf(response, newId(), now, savedBy));
	}
	return { assessment, responses, revisions };
}
