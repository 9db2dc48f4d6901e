import { describe, expect, it } from 'vitest';
import { placedQuestions, defaultFrameworkRefs } from '../../../src/lib/domain/frameworks/index.ts';
import { answerGaps, hasFigure, statementGaps } from '../../../src/lib/domain/gaps.ts';
import type { ChallengeNote, Response } from '../../../src/lib/domain/types.ts';
import { storedResponse } from './stored-response.ts';

const at = '2026-03-01T10:00:00.000Z';

function response(overrides: Partial<Response> = {}): Response {
	return storedResponse({
		id: 'r1',
		assessmentId: 'a1',
		questionId: 'careless-1-1',
		statement: '21.7% (Q2 2025/26) against an England average of 25%.',
		reporters: [{ name: 'Jo Bloggs', designation: 'Head of Placements' }],
		selfRating: 'one-to-watch',
		principleIds: ['best-interests', 'safe-and-stable'],
		status: 'agreed',
		createdAt: at,
		updatedAt: at,
		...overrides
	});
}

function note(overrides: Partial<ChallengeNote> = {}): ChallengeNote {
	return {
		id: crypto.randomUUID(),
		assessmentId: 'a1',
		questionId: 'careless-1-1',
		kind: 'challenge',
		text: 'Why?',
		author: { name: 'Cllr Jo Lee', role: 'councillor', designation: '' },
		createdAt: at,
		updatedAt: at,
		replies: [],
		...overrides
	};
}

const figure = { id: 'f1', indicator: 'Placement stability', value: 68, unit: '%', period: '2025-26', comparators: [], direction: 'up' as const, source: '' };

describe('gaps in one answer', () => {
	it('finds nothing in a complete, agreed answer with a figure, a reporter and a rating', () => {
		expect(answerGaps(response(), 0)).toEqual([]);
	});

	it('flags each missing detail in words a panel member would use', () => {
		const thin = response({ statement: 'We are working on it.', reporters: [{ name: ' ', designation: 'Head' }], selfRating: 'not-rated', status: 'in-progress' });
		expect(answerGaps(thin, 2)).toEqual(['no-figure', 'no-reporter', 'no-self-rating', 'not-agreed', 'open-notes']);
	});

	it('counts a structured figure as a figure even when the text has no digit', () => {
		expect(hasFigure(response({ statement: 'See the figure below.', figures: [figure] }))).toBe(true);
		expect(hasFigure(response({ statement: 'Most children are settled.' }))).toBe(false);
	});

	it('asks no figure, reporter or self-rating of a question that does not apply', () => {
		const notApplicable = response({ statement: '', notApplicable: true, notApplicableReason: 'We have no secure children’s home.', selfRating: 'not-rated' });
		expect(answerGaps(notApplicable, 0)).toEqual([]);
		// It needs no reporter either: the page asks for its reason instead.
		expect(answerGaps({ ...notApplicable, reporters: [] }, 0)).toEqual([]);
	});

	it('flags an unanswered question once, as not answered, plus any open notes', () => {
		expect(answerGaps(undefined, 0)).toEqual(['not-answered']);
		expect(answerGaps(response({ statement: '  ' }), 1)).toEqual(['not-answered', 'open-notes']);
	});
});

describe('gaps across a statement', () => {
	const placed = placedQuestions(defaultFrameworkRefs);

	it('counts each gap, counts only open questions, requests and challenges, and finds principles no answer bears on', () => {
		const responses = [
			response(),
			response({ id: 'r2', questionId: 'careless-1-2', reporters: [], principleIds: ['express-views'] }),
			response({ id: 'r3', questionId: 'careless-2-1', statement: '', principleIds: ['prepare-for-adulthood'] })
		];
		const notes = [
			note({ questionId: 'careless-1-2', kind: 'question' }),
			note({ questionId: 'careless-1-2', kind: 'challenge', resolved: { at, by: { name: 'Sam Patel', role: 'officer', designation: 'Head of Service' } } }),
			note({ questionId: 'careless-1-2', kind: 'satisfied' })
		];
		const gaps = statementGaps(placed, responses, notes);
		expect(gaps.questions).toHaveLength(20);
		const second = gaps.questions.find((q) => q.item.question.id === 'careless-1-2')!;
		expect(second.gaps).toEqual(['no-reporter', 'open-notes']);
		expect(second.openNotes).toBe(1);
		expect(gaps.counts['no-reporter']).toBe(1);
		expect(gaps.counts['not-answered']).toBe(18);
		expect(gaps.counts['open-notes']).toBe(1);
		// The unanswered 2.1 bears on nothing yet, so "preparing for adulthood" is uncovered.
		expect(gaps.uncovered.map((p) => p.id)).toEqual(['consider-views', 'access-services', 'high-aspirations', 'prepare-for-adulthood']);
		expect(gaps.principles.find((p) => p.principle.id === 'best-interests')?.answers).toBe(1);
	});

	it('ignores answers and notes on questions the statement does not use', () => {
		const gaps = statementGaps(placed.slice(0, 1), [response({ questionId: 'somewhere-else' })], [note({ questionId: 'somewhere-else' })]);
		expect(gaps.questions[0]?.gaps).toEqual(['not-answered']);
		expect(gaps.counts['open-notes']).toBe(0);
	});
});
