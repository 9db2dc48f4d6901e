import { describe, expect, it } from 'vitest';
import { statementProgress } from '../../../src/lib/domain/progress.ts';
import type { Response } from '../../../src/lib/domain/types.ts';
import { storedResponse } from './stored-response.ts';

const refs = [{ id: 'lgsco-careless-2020', edition: '2020-12' }];

function response(questionId: string, statement: string, status: Response['status'], principleIds: Response['principleIds']): Response {
	return storedResponse({ questionId, statement, status, principleIds });
}

describe("a statement's progress", () => {
	it('counts every question as not started until it has an answer', () => {
		const progress = statementProgress({ frameworks: refs }, []);
		expect(progress).toMatchObject({ total: 20, answered: 0, byStatus: { 'not-started': 20, agreed: 0 } });
		expect(progress.areas.map((a) => a.total)).toEqual([2, 8, 5, 3, 2]);
		expect(progress.principles.every((p) => p.answers === 0)).toBe(true);
	});

	it('counts answers, statuses by area, and the principles answered questions bear on', () => {
		const progress = statementProgress({ frameworks: refs }, [
			response('careless-1-1', 'Four', 'agreed', ['safe-and-stable', 'best-interests']),
			response('careless-1-2', 'Actions', 'ready-for-review', ['best-interests']),
			response('careless-2-4', '', 'in-progress', ['high-aspirations']),
			response('retired-question', 'Old', 'agreed', ['high-aspirations'])
		]);
		expect(progress.answered).toBe(2);
		expect(progress.byStatus).toEqual({ 'not-started': 17, 'in-progress': 1, 'ready-for-review': 1, agreed: 1 });
		expect(progress.areas[0]).toMatchObject({ answered: 2, total: 2, byStatus: { agreed: 1, 'ready-for-review': 1 } });
		expect(progress.areas[1]).toMatchObject({ answered: 0, byStatus: { 'in-progress': 1, 'not-started': 7 } });
		const counts = Object.fromEntries(progress.principles.map((p) => [p.principle.id, p.answers]));
		expect(counts).toMatchObject({ 'best-interests': 2, 'safe-and-stable': 1, 'high-aspirations': 0 });
	});

	it('counts each question set of a statement that uses two, and keeps each area with its set', () => {
		const two = [...refs, { id: 'lga-ncb-10-questions-2012', edition: '2012-06' }];
		const progress = statementProgress({ frameworks: two }, [
			response('careless-1-1', 'Four', 'agreed', ['safe-and-stable']),
			response('lga10-3-1', '92% on time (2025-26)', 'in-progress', ['best-interests']),
			response('lga10-3-2', 'Yes', 'agreed', ['best-interests'])
		]);
		expect(progress).toMatchObject({ total: 103, answered: 3 });
		expect(progress.sets.map((s) => [s.framework.id, s.answered, s.total])).toEqual([
			['lgsco-careless-2020', 1, 20],
			['lga-ncb-10-questions-2012', 2, 83]
		]);
		expect(progress.areas).toHaveLength(15);
		expect(progress.areas[5]).toMatchObject({ areaNumber: 6, total: 9, framework: { id: 'lga-ncb-10-questions-2012' } });
		expect(progress.areas[7]).toMatchObject({ areaNumber: 8, answered: 2, byStatus: { agreed: 1, 'in-progress': 1 } });
		expect(progress.principles.find((p) => p.principle.id === 'best-interests')?.answers).toBe(2);
	});

	it("counts only a reporter's questions on her copy from a contribution pack", () => {
		const progress = statementProgress(
			{ frameworks: refs },
			[response('careless-1-1', 'Four', 'in-progress', []), response('careless-3-1', 'Not hers', 'agreed', [])],
			new Set(['careless-1-1', 'careless-1-2', 'careless-2-1'])
		);
		expect(progress).toMatchObject({ total: 3, answered: 1, byStatus: { 'not-started': 2, 'in-progress': 1, agreed: 0 } });
		expect(progress.areas.map((a) => [a.areaNumber, a.total, a.answered])).toEqual([
			[1, 2, 1],
			[2, 1, 0]
		]);
	});
});
