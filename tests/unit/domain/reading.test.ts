import { describe, expect, it } from 'vitest';
import { readingView } from '../../../src/lib/domain/reading.ts';
import type { Assessment, Response } from '../../../src/lib/domain/types.ts';
import { storedResponse } from './stored-response.ts';

function assessment(overrides: Partial<Assessment> = {}): Assessment {
	return {
		id: 'a',
		title: 'Position statement',
		council: 'Anytown Borough Council',
		service: 'Children and Learning',
		panel: 'Children and Families Scrutiny Panel',
		meetingDate: '2026-03-26',
		appendixLabel: 'Appendix 2',
		coordinator: { name: 'Sam Patel', designation: 'QA Manager' },
		frameworks: [{ id: 'lgsco-careless-2020', edition: '2020-12' }],
		furtherScrutiny: '',
		contributors: [],
		localAreas: [],
		importedSets: [],
		createdAt: '',
		updatedAt: '',
		...overrides
	};
}

function response(questionId: string, overrides: Partial<Response> = {}): Response {
	return storedResponse({
		questionId,
		statement: 'An answer.',
		reporters: [{ name: 'Priya Shah', designation: 'Head of Placements' }],
		selfRating: 'going-well',
		principleIds: ['safe-and-stable', 'best-interests'],
		status: 'agreed',
		...overrides
	});
}

describe('the reading view of a statement', () => {
	it('lays out every area and question in order, numbered, with links to the neighbours', () => {
		const areas = readingView(assessment(), []);
		expect(areas.map((a) => [a.number, a.questions.length])).toEqual([
			[1, 2],
			[2, 8],
			[3, 5],
			[4, 3],
			[5, 2]
		]);
		const all = areas.flatMap((a) => a.questions);
		expect(all[0]).toMatchObject({ number: '1.1', anchor: 'question-careless-1-1', previous: undefined });
		expect(all[0]?.text).toBe('How many 16 and 17 years old are in bed and breakfast accommodation or in unregulated homes?');
		expect(all[1]?.previous).toMatchObject({ number: '1.1', anchor: 'question-careless-1-1' });
		// Across an area boundary, the next question is the first of the next area.
		expect(all[1]?.next).toMatchObject({ number: '2.1', anchor: 'question-careless-2-1' });
		expect(all.at(-1)?.next).toBeUndefined();
		expect(all.every((q) => q.answer.kind === 'unanswered' && q.status === 'not-started')).toBe(true);
	});

	it('shows an answer with its reporters, rating, principles in statutory order and status', () => {
		const [first] = readingView(assessment(), [
			response('careless-1-1', { reporters: [{ name: 'Priya Shah', designation: 'Head of Placements' }, { name: ' ', designation: '' }] })
		]);
		expect(first?.questions[0]).toMatchObject({
			answer: { kind: 'answered', markdown: 'An answer.' },
			reporters: [{ name: 'Priya Shah', designation: 'Head of Placements' }],
			selfRatingLabel: 'Going well or better',
			principleLabels: ['Best interests and well-being', 'Safety and stability'],
			status: 'agreed'
		});
	});

	it('labels exempt answers and answers that do not apply', () => {
		const areas = readingView(assessment(), [
			response('careless-1-1', { exempt: true, exemptionCategory: ' Schedule 12A, paragraph 2 ' }),
			response('careless-1-2', { statement: '', notApplicable: true, notApplicableReason: 'No secure settings.' }),
			response('careless-2-1', { statement: '   ', status: 'in-progress' })
		]);
		const [q1, q2] = areas[0]?.questions ?? [];
		expect(q1?.answer).toEqual({ kind: 'answered', markdown: 'An answer.', exempt: { category: 'Schedule 12A, paragraph 2' } });
		expect(q2?.answer).toEqual({ kind: 'not-applicable', reason: 'No secure settings.', markdown: '' });
		const blank = areas[1]?.questions[0];
		expect(blank?.answer).toEqual({ kind: 'unanswered' });
		expect(blank?.principleLabels).toEqual([]);
		expect(blank?.status).toBe('in-progress');
	});

	it('shows only the questions of a contribution pack', () => {
		const pack = {
			packId: 'p',
			createdAt: '',
			contributor: { id: 'c', name: 'Dr Anne Hughes', designation: 'Virtual School Head', email: '', questionIds: ['careless-2-6', 'careless-2-7'] }
		};
		const areas = readingView(assessment({ pack }), []);
		expect(areas.map((a) => a.questions.map((q) => q.number))).toEqual([['2.6', '2.7']]);
		expect(areas[0]?.questions[0]?.next?.number).toBe('2.7');
	});
});
