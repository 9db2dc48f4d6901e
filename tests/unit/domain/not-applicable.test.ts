import { describe, expect, it } from 'vitest';
import { statementProgress } from '../../../src/lib/domain/progress.ts';
import { readingView } from '../../../src/lib/domain/reading.ts';
import { draftProblems, emptyDraft, validateDraft } from '../../../src/lib/domain/response.ts';
import type { Assessment, Response } from '../../../src/lib/domain/types.ts';
import { storedResponse } from './stored-response.ts';

const refs = [{ id: 'lgsco-careless-2020', edition: '2020-12' }];

function response(questionId: string, overrides: Partial<Response> = {}): Response {
	return storedResponse({ questionId, ...overrides });
}

describe('a question that does not apply', () => {
	it('is saved without its reason, and the missing reason is named beside the field', () => {
		const draft = { ...emptyDraft([]), notApplicable: true, notApplicableReason: '   ' };
		expect(validateDraft(draft).ok).toBe(true);
		expect(draftProblems(draft)).toEqual([{ field: 'notApplicableReason', message: 'Enter why this question does not apply to the council' }]);
		expect(draftProblems({ ...draft, notApplicableReason: 'No secure children’s home.' })).toEqual([]);
		// Unticked, a leftover empty reason is no problem.
		expect(draftProblems({ ...draft, notApplicable: false })).toEqual([]);
	});

	it('keeps a tidy reason, forgets it when unticked, and refuses one too long to store', () => {
		const draft = { ...emptyDraft([]), notApplicable: true, notApplicableReason: '  No secure settings.  ' };
		const kept = validateDraft(draft);
		expect(kept.ok && kept.value.notApplicableReason).toBe('No secure settings.');
		const unticked = validateDraft({ ...draft, notApplicable: false });
		expect(unticked.ok && unticked.value.notApplicableReason).toBe('');
		expect(validateDraft({ ...draft, notApplicableReason: 'x'.repeat(2001) })).toEqual({
			ok: false,
			errors: [{ field: 'notApplicableReason', message: 'Why it does not apply must be 2,000 characters or fewer' }]
		});
		// Only when ticked: an unticked leftover is dropped, not refused.
		expect(validateDraft({ ...draft, notApplicable: false, notApplicableReason: 'x'.repeat(2001) }).ok).toBe(true);
	});

	it('counts as answered, and progress says how many answers do not apply, overall, per set and per area', () => {
		const progress = statementProgress({ frameworks: refs }, [
			response('careless-4-1', { notApplicable: true, notApplicableReason: 'No secure settings.' }),
			response('careless-4-2', { notApplicable: true }),
			response('careless-1-1', { statement: 'Four young people.' })
		]);
		expect(progress).toMatchObject({ answered: 3, notApplicable: 2 });
		expect(progress.sets[0]).toMatchObject({ answered: 3, notApplicable: 2 });
		expect(progress.areas.map((a) => [a.areaNumber, a.answered, a.notApplicable])).toEqual([
			[1, 1, 0],
			[2, 0, 0],
			[3, 0, 0],
			[4, 2, 2],
			[5, 0, 0]
		]);
	});

	it('leaves a question that does not apply out of the principle counts, whatever was ticked', () => {
		const progress = statementProgress({ frameworks: refs }, [
			response('careless-4-1', { notApplicable: true, notApplicableReason: 'No secure settings.', principleIds: ['safe-and-stable'] }),
			response('careless-1-1', { statement: 'Four young people.', principleIds: ['safe-and-stable'] })
		]);
		expect(progress.principles.find((p) => p.principle.id === 'safe-and-stable')?.answers).toBe(1);
	});
});

describe('the reading view', () => {
	it('carries each answer’s figures, and none for a question without an answer', () => {
		const assessment = { frameworks: refs, localAreas: [] } as unknown as Assessment;
		const figure = {
			id: 'f1',
			indicator: 'Children placed more than 20 miles away',
			value: 38,
			unit: '%',
			period: '2025-26',
			comparators: [{ kind: 'england' as const, value: 25 }],
			direction: 'down' as const,
			source: ''
		};
		const areas = readingView(assessment, [response('careless-2-1', { statement: 'Most are close.', figures: [figure] })]);
		const questions = areas.flatMap((a) => a.questions);
		expect(questions.find((q) => q.id === 'careless-2-1')?.figures).toEqual([figure]);
		expect(questions.find((q) => q.id === 'careless-2-2')?.figures).toEqual([]);
	});
});
