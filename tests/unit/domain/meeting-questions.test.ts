import { describe, expect, it } from 'vitest';
import { defaultFrameworkRefs, placedQuestions } from '../../../src/lib/domain/frameworks/index.ts';
import { EXEMPT_EXTRACT, answerExtract, meetingQuestionsList, plainFromMarkdown } from '../../../src/lib/domain/meeting-questions.ts';
import type { Author, ChallengeNote, Response } from '../../../src/lib/domain/types.ts';
import { storedResponse } from './stored-response.ts';

const at = '2026-03-01T10:00:00.000Z';
const jo: Author = { name: 'Cllr Jo Lee', role: 'councillor', designation: '' };
const sam: Author = { name: 'Sam Patel', role: 'officer', designation: 'Head of Service' };

function note(overrides: Partial<ChallengeNote>): ChallengeNote {
	return {
		id: crypto.randomUUID(),
		assessmentId: 'a1',
		questionId: 'careless-1-1',
		kind: 'question',
		text: 'How many?',
		author: jo,
		createdAt: at,
		updatedAt: at,
		replies: [],
		...overrides
	};
}

function response(questionId: string, statement: string, overrides: Partial<Response> = {}): Response {
	return storedResponse({ questionId, assessmentId: 'a1', statement, createdAt: at, updatedAt: at, ...overrides });
}

const assessment = { title: 'Anytown – March 2026', council: 'Anytown Borough Council', panel: 'Children and Families Scrutiny Panel', meetingDate: '2026-03-25' };

describe('answer extracts', () => {
	it('reduce markdown to plain running text', () => {
		expect(plainFromMarkdown('As at **30 September**, [the report](https://example.org) says:\n\n- _one_\n- two\n\n| A | B |\n| --- | --- |\n| 1 | 2 |')).toBe(
			'As at 30 September, the report says: one two A B 1 2'
		);
	});

	it('cut a long answer at a word and mark the cut', () => {
		const extract = answerExtract('word '.repeat(100), 50);
		expect(extract.length).toBeLessThanOrEqual(51);
		expect(extract).toMatch(/word…$/);
		expect(answerExtract('Short answer.')).toBe('Short answer.');
	});
});

describe('the list of questions for the meeting', () => {
	const placed = placedQuestions(defaultFrameworkRefs);

	it('holds every question for the meeting and open challenges, grouped by area in statement order, with the asker’s name', () => {
		const list = meetingQuestionsList(
			assessment,
			placed,
			[response('careless-2-1', 'Four in **ten** children are placed out of area.')],
			[
				note({ questionId: 'careless-2-1', kind: 'challenge', text: 'This seems high.', createdAt: '2026-03-02T10:00:00.000Z' }),
				note({ questionId: 'careless-2-1', kind: 'question', text: 'What is the trend?' }),
				note({ questionId: 'careless-1-1', kind: 'question', text: 'Who decides?', author: sam }),
				note({ questionId: 'careless-1-2', kind: 'challenge', resolved: { at, by: sam } }),
				note({ questionId: 'careless-1-2', kind: 'information' }),
				note({ questionId: 'careless-1-2', kind: 'satisfied' })
			]
		);
		expect(list.total).toBe(3);
		expect(list.meetingDate).toBe('25 March 2026');
		expect(list.areas.map((a) => a.number)).toEqual([1, 2]);
		expect(list.areas[0]?.questions.map((q) => q.number)).toEqual(['1.1']);
		expect(list.areas[0]?.questions[0]?.extract).toBe('No answer has been given to this question yet.');
		expect(list.areas[0]?.questions[0]?.notes[0]?.author).toBe('Sam Patel, Head of Service');
		const second = list.areas[1]?.questions[0];
		expect(second?.extract).toBe('Four in ten children are placed out of area.');
		expect(second?.notes.map((n) => [n.kindLabel, n.text, n.author])).toEqual([
			['Question for the meeting', 'What is the trend?', 'Cllr Jo Lee (councillor)'],
			['Challenge', 'This seems high.', 'Cllr Jo Lee (councillor)']
		]);
	});

	it('never quotes an exempt answer', () => {
		const list = meetingQuestionsList(assessment, placed, [response('careless-1-1', 'Confidential detail.', { exempt: true })], [note({})]);
		expect(list.areas[0]?.questions[0]?.extract).toBe(EXEMPT_EXTRACT);
	});
});
