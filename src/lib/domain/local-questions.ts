import { placedQuestions, type QuestionSource } from './frameworks/index.ts';
import { isPrincipleId, sortPrincipleIds } from './frameworks/principles.ts';
import type { FieldError, LocalArea, LocalQuestion, PrincipleId, Response, Validated } from './types.ts';

/**
 * The panel's own areas and questions ("local questions"): checking what is
 * typed, and changing the list as pure functions that return a new list.
 * `placedQuestions` (frameworks/index.ts) puts them after the sets' areas, so
 * once stored they are answered, read, counted and exported like any other
 * question.
 *
 * Removing a question never destroys an answer. A question is refused
 * removal while anything hangs on it: an answer with anything in it (text,
 * "does not apply", a reporter, a rating, a figure or an action), a
 * councillor's note, or a recommendation that refers to it. The person
 * clears the answer first (its earlier versions stay in the statement's
 * history), so nothing typed disappears with the question. An empty answer
 * record left behind is kept, unused, with the statement.
 */

/** The longest title an area may have (the file format's limit for names). */
export const MAX_AREA_TITLE_LENGTH = 200;
/** The longest question (the file format's limit). */
export const MAX_LOCAL_QUESTION_LENGTH = 2000;

/** Form field ids, which the error summary links to. */
export const AREA_TITLE_FIELD = 'area-title';
export const QUESTION_TEXT_FIELD = 'question-text';
/** The first principle checkbox (PrincipleCheckboxes gives it this id). */
export const QUESTION_PRINCIPLES_FIELD = 'principles';
export const QUESTION_AREA_FIELD = 'question-area';

/** Which way a "Move up" or "Move down" button moves an item. */
export type MoveDirection = 'up' | 'down';

/** What the question form collects. */
export interface LocalQuestionInput {
	text: string;
	principleIds: readonly string[];
}

/** A checked question, ready to store. */
export interface LocalQuestionValue {
	text: string;
	principleIds: PrincipleId[];
}

const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();
const sameTitle = (a: string, b: string): boolean => tidy(a).toLocaleLowerCase('en-GB') === tidy(b).toLocaleLowerCase('en-GB');

/**
 * Checks an area's title: required, at most 200 characters, and not the
 * title of another of the statement's own areas (`exceptAreaId` is the area
 * being renamed). Runs of spaces and line breaks become one space.
 */
export function validateAreaTitle(title: string, areas: readonly LocalArea[], exceptAreaId?: string): Validated<string> {
	const value = tidy(title);
	const problem = (message: string): Validated<string> => ({ ok: false, errors: [{ field: AREA_TITLE_FIELD, message }] });
	if (!value) return problem("Enter the area's title");
	if (value.length > MAX_AREA_TITLE_LENGTH) return problem(`The area's title must be ${MAX_AREA_TITLE_LENGTH} characters or fewer`);
	if (areas.some((a) => a.id !== exceptAreaId && sameTitle(a.title, value))) {
		return problem(`There is already an area called ‘${value}’: give this one a different title`);
	}
	return { ok: true, value };
}

/**
 * Checks a question: its text required, at most 2,000 characters (runs of
 * spaces and line breaks become one space, as it is printed on one line);
 * principles optional, only the seven, stored in statutory order.
 */
export function validateLocalQuestion(input: LocalQuestionInput): Validated<LocalQuestionValue> {
	const errors: FieldError[] = [];
	const text = tidy(input.text);
	if (!text) errors.push({ field: QUESTION_TEXT_FIELD, message: 'Enter the question' });
	else if (text.length > MAX_LOCAL_QUESTION_LENGTH) {
		errors.push({
			field: QUESTION_TEXT_FIELD,
			message: `The question must be ${MAX_LOCAL_QUESTION_LENGTH.toLocaleString('en-GB')} characters or fewer`
		});
	}
	const known = input.principleIds.filter(isPrincipleId);
	if (known.length !== input.principleIds.length) {
		errors.push({ field: QUESTION_PRINCIPLES_FIELD, message: 'Select corporate parenting principles from the list' });
	}
	if (errors.length > 0) return { ok: false, errors };
	return { ok: true, value: { text, principleIds: sortPrincipleIds(known) } };
}

/** The area with this id, or undefined. */
export function findLocalArea(areas: readonly LocalArea[], areaId: string): LocalArea | undefined {
	return areas.find((a) => a.id === areaId);
}

/** The question with this id and the area holding it, or undefined. */
export function findLocalQuestion(
	areas: readonly LocalArea[],
	questionId: string
): { area: LocalArea; question: LocalQuestion } | undefined {
	for (const area of areas) {
		const question = area.questions.find((q) => q.id === questionId);
		if (question) return { area, question };
	}
	return undefined;
}

function copy(areas: readonly LocalArea[]): LocalArea[] {
	return areas.map((a) => ({ ...a, questions: a.questions.map((q) => ({ ...q, principleIds: [...q.principleIds] })) }));
}

function moved<T>(items: readonly T[], index: number, direction: MoveDirection): T[] {
	const to = direction === 'up' ? index - 1 : index + 1;
	const list = [...items];
	if (index < 0 || to < 0 || to >= list.length) return list;
	[list[index], list[to]] = [list[to]!, list[index]!];
	return list;
}

/** Adds an empty area at the end. `title` should have passed `validateAreaTitle`. */
export function addArea(areas: readonly LocalArea[], id: string, title: string): LocalArea[] {
	return [...copy(areas), { id, title, questions: [] }];
}

/** Gives an area a new title. Unknown ids change nothing. */
export function renameArea(areas: readonly LocalArea[], areaId: string, title: string): LocalArea[] {
	return copy(areas).map((a) => (a.id === areaId ? { ...a, title } : a));
}

/** Takes an area and its questions off the list (check `removalRefusals` first). */
export function removeArea(areas: readonly LocalArea[], areaId: string): LocalArea[] {
	return copy(areas).filter((a) => a.id !== areaId);
}

/** Swaps an area with the one above or below; the first cannot go up nor the last down. */
export function moveArea(areas: readonly LocalArea[], areaId: string, direction: MoveDirection): LocalArea[] {
	const list = copy(areas);
	return moved(list, list.findIndex((a) => a.id === areaId), direction);
}

/** Adds a question at the end of an area. `value` should have passed `validateLocalQuestion`. */
export function addQuestion(areas: readonly LocalArea[], areaId: string, id: string, value: LocalQuestionValue): LocalArea[] {
	return copy(areas).map((a) =>
		a.id === areaId ? { ...a, questions: [...a.questions, { id, text: value.text, principleIds: [...value.principleIds] }] } : a
	);
}

/**
 * Changes a question's text and principles. Given another area, the question
 * moves to the end of that area; its id, and so its answer, go with it.
 */
export function updateQuestion(
	areas: readonly LocalArea[],
	questionId: string,
	value: LocalQuestionValue,
	toAreaId?: string
): LocalArea[] {
	const found = findLocalQuestion(areas, questionId);
	if (!found) return copy(areas);
	const changed: LocalQuestion = { id: questionId, text: value.text, principleIds: [...value.principleIds] };
	const target = toAreaId && findLocalArea(areas, toAreaId) ? toAreaId : found.area.id;
	if (target === found.area.id) {
		return copy(areas).map((a) => ({ ...a, questions: a.questions.map((q) => (q.id === questionId ? changed : q)) }));
	}
	return copy(areas).map((a) => {
		if (a.id === found.area.id) return { ...a, questions: a.questions.filter((q) => q.id !== questionId) };
		if (a.id === target) return { ...a, questions: [...a.questions, changed] };
		return a;
	});
}

/** Takes a question off the list (check `removalRefusals` first). */
export function removeQuestion(areas: readonly LocalArea[], questionId: string): LocalArea[] {
	return copy(areas).map((a) => ({ ...a, questions: a.questions.filter((q) => q.id !== questionId) }));
}

/** Swaps a question with the one above or below in its area. */
export function moveQuestion(areas: readonly LocalArea[], questionId: string, direction: MoveDirection): LocalArea[] {
	return copy(areas).map((a) => {
		const index = a.questions.findIndex((q) => q.id === questionId);
		return index < 0 ? a : { ...a, questions: moved(a.questions, index, direction) };
	});
}

/** The parts of a stored answer that count as something typed or chosen. */
export type AnswerContent = Pick<Response, 'statement' | 'notApplicable' | 'reporters' | 'selfRating' | 'figures' | 'actions'>;

/**
 * True when an answer holds anything a person put there: text, "does not
 * apply", a named reporter, a self-rating, a figure or an action. (Only the
 * status is left out: it moves on its own once text is typed.)
 */
export function answerHasContent(response: AnswerContent | undefined): boolean {
	if (!response) return false;
	return (
		response.statement.trim().length > 0 ||
		response.notApplicable ||
		response.reporters.some((r) => r.name.trim() || r.designation.trim()) ||
		response.selfRating !== 'not-rated' ||
		response.figures.length > 0 ||
		response.actions.length > 0
	);
}

/** What hangs on one question, gathered by storage for the remove screens. */
export interface QuestionAttachments {
	questionId: string;
	/** "6.2": its number in the statement; empty for a question in an area not yet shown. */
	number: string;
	response?: AnswerContent;
	/** Councillors' notes on it, open or resolved. */
	notes: number;
	/** Recommendations that refer to it. */
	recommendations: number;
}

/** What stops a question being removed. */
export interface RemovalRefusal {
	questionId: string;
	kind: 'answer' | 'notes' | 'recommendations';
	message: string;
}

function plural(count: number, one: string, many: string): string {
	return count === 1 ? one : many.replace('#', String(count));
}

/**
 * Why these questions cannot be removed, one reason per thing hanging on a
 * question; none means they may go. Nothing typed is ever lost by removing
 * a question: the answer must be cleared first, and notes and
 * recommendations keep their question.
 */
export function removalRefusals(questions: readonly QuestionAttachments[]): RemovalRefusal[] {
	const refusals: RemovalRefusal[] = [];
	for (const q of questions) {
		const which = q.number ? `Question ${q.number}` : 'This question';
		const whichInText = q.number ? `question ${q.number}` : 'this question';
		if (answerHasContent(q.response)) {
			refusals.push({ questionId: q.questionId, kind: 'answer', message: `${which} has an answer. Clear or move the answer first` });
		}
		if (q.notes > 0) {
			refusals.push({
				questionId: q.questionId,
				kind: 'notes',
				message: `${which} has ${plural(q.notes, 'a councillor’s note', '# councillors’ notes')} on it. Notes stay with their question`
			});
		}
		if (q.recommendations > 0) {
			refusals.push({
				questionId: q.questionId,
				kind: 'recommendations',
				message: `${plural(q.recommendations, 'A recommendation refers', '# recommendations refer')} to ${whichInText}. Recommendations keep their questions`
			});
		}
	}
	return refusals;
}

/** The contributors' question lists with these questions taken off (nothing else changes). */
export function withoutQuestions<C extends { questionIds: string[] }>(contributors: readonly C[], questionIds: readonly string[]): C[] {
	const gone = new Set(questionIds);
	return contributors.map((c) => ({ ...c, questionIds: c.questionIds.filter((id) => !gone.has(id)) }));
}

/** The numbers the statement gives its own areas ("6") and questions ("6.2"), by id; areas without questions have none. */
export interface LocalNumbering {
	areas: Map<string, number>;
	questions: Map<string, string>;
}

/** Numbers the statement's own areas and questions as every other screen shows them (after the sets' areas). */
export function localNumbering(source: QuestionSource): LocalNumbering {
	const areas = new Map<string, number>();
	const questions = new Map<string, string>();
	for (const p of placedQuestions(source)) {
		if (!p.local) continue;
		areas.set(p.area.id, p.areaNumber);
		questions.set(p.question.id, `${p.areaNumber}.${p.questionNumber}`);
	}
	return { areas, questions };
}
