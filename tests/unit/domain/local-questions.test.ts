import { describe, expect, it } from 'vitest';
import { defaultFrameworkRefs, placedQuestions } from '../../../src/lib/domain/frameworks/index.ts';
import {
	addArea,
	addQuestion,
	answerHasContent,
	localNumbering,
	moveArea,
	moveQuestion,
	removalRefusals,
	removeArea,
	removeQuestion,
	renameArea,
	updateQuestion,
	validateAreaTitle,
	validateLocalQuestion,
	withoutQuestions,
	type AnswerContent
} from '../../../src/lib/domain/local-questions.ts';
import type { LocalArea } from '../../../src/lib/domain/types.ts';

/** Two areas of the panel's own: further scrutiny (two questions) and an empty one. */
function areas(): LocalArea[] {
	return [
		{
			id: 'a1',
			title: 'Opportunities for further scrutiny',
			questions: [
				{ id: 'q1', text: 'How does the IRO service report to the panel?', principleIds: ['express-views'] },
				{ id: 'q2', text: 'What is the plan for placement sufficiency?', principleIds: ['safe-and-stable'] }
			]
		},
		{ id: 'a2', title: 'Our own lines of enquiry', questions: [] }
	];
}

const titles = (list: LocalArea[]) => list.map((a) => a.title);
const questionIds = (list: LocalArea[]) => list.map((a) => a.questions.map((q) => q.id));

function emptyAnswer(overrides: Partial<AnswerContent> = {}): AnswerContent {
	return { statement: '', notApplicable: false, reporters: [], selfRating: 'not-rated', figures: [], actions: [], ...overrides };
}

describe("an area's title", () => {
	it('is required, naming the field', () => {
		expect(validateAreaTitle('   ', [])).toEqual({ ok: false, errors: [{ field: 'area-title', message: "Enter the area's title" }] });
	});

	it('is at most 200 characters, and runs of spaces become one', () => {
		expect(validateAreaTitle('x'.repeat(201), [])).toEqual({
			ok: false,
			errors: [{ field: 'area-title', message: "The area's title must be 200 characters or fewer" }]
		});
		expect(validateAreaTitle('  Further \n scrutiny ', [])).toEqual({ ok: true, value: 'Further scrutiny' });
		expect(validateAreaTitle('x'.repeat(200), []).ok).toBe(true);
	});

	it('differs from the other areas’ titles, whatever the case, but an area may keep its own', () => {
		expect(validateAreaTitle('opportunities for FURTHER scrutiny', areas())).toEqual({
			ok: false,
			errors: [{ field: 'area-title', message: 'There is already an area called ‘opportunities for FURTHER scrutiny’: give this one a different title' }]
		});
		expect(validateAreaTitle('Opportunities for further scrutiny', areas(), 'a1')).toEqual({ ok: true, value: 'Opportunities for further scrutiny' });
	});
});

describe('a question of the panel’s own', () => {
	it('needs its text, naming the field', () => {
		expect(validateLocalQuestion({ text: ' \n ', principleIds: [] })).toEqual({
			ok: false,
			errors: [{ field: 'question-text', message: 'Enter the question' }]
		});
	});

	it('is at most 2,000 characters', () => {
		expect(validateLocalQuestion({ text: 'x'.repeat(2001), principleIds: [] })).toEqual({
			ok: false,
			errors: [{ field: 'question-text', message: 'The question must be 2,000 characters or fewer' }]
		});
		expect(validateLocalQuestion({ text: 'x'.repeat(2000), principleIds: [] }).ok).toBe(true);
	});

	it('keeps its principles in statutory order, none being fine, and refuses any not among the seven', () => {
		expect(validateLocalQuestion({ text: ' How  is\nit going? ', principleIds: ['prepare-for-adulthood', 'best-interests', 'best-interests'] })).toEqual({
			ok: true,
			value: { text: 'How is it going?', principleIds: ['best-interests', 'prepare-for-adulthood'] }
		});
		expect(validateLocalQuestion({ text: 'How?', principleIds: [] })).toEqual({ ok: true, value: { text: 'How?', principleIds: [] } });
		expect(validateLocalQuestion({ text: 'How?', principleIds: ['made-up'] })).toEqual({
			ok: false,
			errors: [{ field: 'principles', message: 'Select corporate parenting principles from the list' }]
		});
	});
});

describe('changing the list', () => {
	it('adds an area at the end and questions at the end of their area, without changing the list it was given', () => {
		const before = areas();
		const after = addQuestion(addArea(before, 'a3', 'Care leavers'), 'a3', 'q3', { text: 'Who?', principleIds: ['best-interests'] });
		expect(titles(after)).toEqual(['Opportunities for further scrutiny', 'Our own lines of enquiry', 'Care leavers']);
		expect(after[2]?.questions).toEqual([{ id: 'q3', text: 'Who?', principleIds: ['best-interests'] }]);
		expect(before).toEqual(areas());
	});

	it('renames an area and removes one with its questions', () => {
		expect(titles(renameArea(areas(), 'a2', 'Lines of enquiry'))).toEqual(['Opportunities for further scrutiny', 'Lines of enquiry']);
		expect(titles(removeArea(areas(), 'a1'))).toEqual(['Our own lines of enquiry']);
	});

	it('moves areas up and down one place; the first does not go up nor the last down', () => {
		expect(titles(moveArea(areas(), 'a2', 'up'))).toEqual(['Our own lines of enquiry', 'Opportunities for further scrutiny']);
		expect(titles(moveArea(areas(), 'a1', 'down'))).toEqual(['Our own lines of enquiry', 'Opportunities for further scrutiny']);
		expect(titles(moveArea(areas(), 'a1', 'up'))).toEqual(titles(areas()));
		expect(titles(moveArea(areas(), 'a2', 'down'))).toEqual(titles(areas()));
		expect(titles(moveArea(areas(), 'nowhere', 'up'))).toEqual(titles(areas()));
	});

	it('moves questions within their area', () => {
		expect(questionIds(moveQuestion(areas(), 'q2', 'up'))).toEqual([['q2', 'q1'], []]);
		expect(questionIds(moveQuestion(areas(), 'q1', 'down'))).toEqual([['q2', 'q1'], []]);
		expect(questionIds(moveQuestion(areas(), 'q1', 'up'))).toEqual([['q1', 'q2'], []]);
		expect(questionIds(moveQuestion(areas(), 'q2', 'down'))).toEqual([['q1', 'q2'], []]);
	});

	it('changes a question in place, or moves it (same id) to the end of another area', () => {
		const changed = updateQuestion(areas(), 'q1', { text: 'New wording?', principleIds: [] });
		expect(changed[0]?.questions[0]).toEqual({ id: 'q1', text: 'New wording?', principleIds: [] });
		const movedAcross = updateQuestion(areas(), 'q1', { text: 'New wording?', principleIds: [] }, 'a2');
		expect(questionIds(movedAcross)).toEqual([['q2'], ['q1']]);
		expect(questionIds(updateQuestion(areas(), 'q1', { text: 'x', principleIds: [] }, 'nowhere'))).toEqual([['q1', 'q2'], []]);
	});

	it('removes a question', () => {
		expect(questionIds(removeQuestion(areas(), 'q1'))).toEqual([['q2'], []]);
	});

	it('takes removed questions off contributors’ lists and nothing else', () => {
		const priya = { id: 'c1', name: 'Priya Shah', questionIds: ['careless-1-1', 'q1'] };
		expect(withoutQuestions([priya], ['q1'])).toEqual([{ id: 'c1', name: 'Priya Shah', questionIds: ['careless-1-1'] }]);
	});
});

describe('where the panel’s own questions sit in the statement', () => {
	it('come after the sets’ areas, numbered on, skipping an area with no questions yet', () => {
		const statement = { frameworks: [...defaultFrameworkRefs], localAreas: areas() };
		const numbers = localNumbering(statement);
		expect([...numbers.areas]).toEqual([['a1', 6]]);
		expect([...numbers.questions]).toEqual([
			['q1', '6.1'],
			['q2', '6.2']
		]);
		const placed = placedQuestions(statement);
		expect(placed).toHaveLength(22);
		expect(placed.at(-1)).toMatchObject({ local: true, areaNumber: 6, questionNumber: 2, framework: { shortTitle: 'Local questions' } });
	});
});

describe('removing a question', () => {
	it('counts anything typed or chosen in its answer, but not a status on its own', () => {
		expect(answerHasContent(undefined)).toBe(false);
		expect(answerHasContent(emptyAnswer())).toBe(false);
		expect(answerHasContent(emptyAnswer({ reporters: [{ name: ' ', designation: '' }] }))).toBe(false);
		expect(answerHasContent(emptyAnswer({ statement: 'Some words' }))).toBe(true);
		expect(answerHasContent(emptyAnswer({ notApplicable: true }))).toBe(true);
		expect(answerHasContent(emptyAnswer({ reporters: [{ name: 'Sam Patel', designation: '' }] }))).toBe(true);
		expect(answerHasContent(emptyAnswer({ selfRating: 'one-to-watch' }))).toBe(true);
		expect(
			answerHasContent(emptyAnswer({ actions: [{ id: 'x', text: 'Do it', owner: '', dueDate: '', status: 'not-started' }] }))
		).toBe(true);
	});

	it('is refused while an answer, notes or recommendations hang on it, saying what to do', () => {
		expect(
			removalRefusals([
				{ questionId: 'q1', number: '6.1', response: emptyAnswer({ statement: 'Words' }), notes: 2, recommendations: 1 },
				{ questionId: 'q2', number: '6.2', response: emptyAnswer(), notes: 0, recommendations: 0 },
				{ questionId: 'q3', number: '', notes: 1, recommendations: 3 }
			])
		).toEqual([
			{ questionId: 'q1', kind: 'answer', message: 'Question 6.1 has an answer. Clear or move the answer first' },
			{ questionId: 'q1', kind: 'notes', message: 'Question 6.1 has 2 councillors’ notes on it. Notes stay with their question' },
			{ questionId: 'q1', kind: 'recommendations', message: 'A recommendation refers to question 6.1. Recommendations keep their questions' },
			{ questionId: 'q3', kind: 'notes', message: 'This question has a councillor’s note on it. Notes stay with their question' },
			{ questionId: 'q3', kind: 'recommendations', message: '3 recommendations refer to this question. Recommendations keep their questions' }
		]);
	});
});
