import { describe, expect, it } from 'vitest';
import { draftProblems, emptyDraft, isAnswered, keepDraftOver, storesSameAs, validateDraft, type ResponseDraft } from '../../../src/lib/domain/response.ts';
import { storedResponse } from './stored-response.ts';
import type { Response } from '../../../src/lib/domain/types.ts';

const draft = (overrides: Partial<ResponseDraft> = {}): ResponseDraft => ({ ...emptyDraft(['safe-and-stable']), ...overrides });

describe('an answer being saved', () => {
	it('starts with one empty reporter and the suggested principles', () => {
		expect(emptyDraft(['high-aspirations'])).toMatchObject({
			reporters: [{ name: '', designation: '' }],
			principleIds: ['high-aspirations'],
			selfRating: 'not-rated',
			status: 'not-started'
		});
	});

	it('drops empty reporter rows, tidies the others and sorts principles', () => {
		const result = validateDraft(
			draft({
				reporters: [
					{ name: '  Jo  Bloggs ', designation: 'Head of Placements' },
					{ name: '', designation: ' ' }
				],
				principleIds: ['safe-and-stable', 'best-interests', 'safe-and-stable']
			})
		);
		expect(result.ok && result.value.reporters).toEqual([{ name: 'Jo Bloggs', designation: 'Head of Placements' }]);
		expect(result.ok && result.value.principleIds).toEqual(['best-interests', 'safe-and-stable']);
	});

	it('moves a not-started answer to in progress once it has text', () => {
		expect(validateDraft(draft({ statement: 'Some text' }))).toMatchObject({ ok: true, value: { status: 'in-progress' } });
		expect(validateDraft(draft({ statement: '  ' }))).toMatchObject({ ok: true, value: { status: 'not-started' } });
		expect(validateDraft(draft({ statement: 'Text', status: 'agreed' }))).toMatchObject({ ok: true, value: { status: 'agreed' } });
	});

	it('still saves a half-filled reporter, but names what is missing', () => {
		const d = draft({ reporters: [{ name: 'Jo', designation: 'Head' }, { name: 'Ali Khan', designation: '' }] });
		expect(validateDraft(d).ok).toBe(true);
		expect(draftProblems(d)).toEqual([{ field: 'reporter-1-designation', message: 'Enter the designation of reporter 2' }]);
	});

	it('needs a reason when exempt, and forgets the reason when not', () => {
		expect(draftProblems(draft({ exempt: true, exemptionCategory: ' ' }))).toEqual([
			{ field: 'exemptionCategory', message: 'Enter why this answer is exempt, for example Schedule 12A, paragraph 3' }
		]);
		expect(validateDraft(draft({ exempt: false, exemptionCategory: 'Schedule 12A' }))).toMatchObject({ ok: true, value: { exemptionCategory: '' } });
	});

	it('refuses only what cannot be stored: text beyond the limits', () => {
		expect(validateDraft(draft({ statement: 'x'.repeat(200_001) }))).toMatchObject({ ok: false, errors: [{ field: 'statement' }] });
		expect(validateDraft(draft({ reporters: [{ name: 'x'.repeat(201), designation: 'D' }] }))).toMatchObject({
			ok: false,
			errors: [{ field: 'reporter-0-name', message: 'The name of reporter 1 must be 200 characters or fewer' }]
		});
	});

	it('counts as answered with text, or when marked not applicable', () => {
		expect(isAnswered(undefined)).toBe(false);
		expect(isAnswered({ statement: ' \n ' })).toBe(false);
		expect(isAnswered({ statement: 'Yes' })).toBe(true);
		expect(isAnswered({ statement: '', notApplicable: true })).toBe(true);
	});

	it('knows when a draft would store exactly what is stored', () => {
		const stored: Response = {
			id: 'r',
			assessmentId: 'a',
			questionId: 'q',
			statement: 'Text',
			reporters: [{ name: 'Jo', designation: 'Head' }],
			selfRating: 'not-rated',
			principleIds: ['safe-and-stable'],
			status: 'in-progress',
			exempt: false,
			exemptionCategory: '',
			notApplicable: false,
			notApplicableReason: '',
			figures: [],
			actions: [],
			rev: 2,
			createdAt: '',
			updatedAt: '',
			updatedBy: ''
		};
		expect(storesSameAs(stored, draft({ statement: 'Text', reporters: [{ name: ' Jo ', designation: 'Head' }, { name: '', designation: '' }] }))).toBe(true);
		expect(storesSameAs(stored, draft({ statement: 'Text!' }))).toBe(false);
	});
});

describe('keeping this page’s answer over one saved elsewhere', () => {
	it('keeps the typed fields but the stored figures and actions, which only their own screens change', () => {
		const figure = { id: 'f1', indicator: 'Placed more than 20 miles away', value: 38, unit: '%', period: '2025-26', comparators: [], direction: 'up' as const, source: '' };
		const action = { id: 'x1', text: 'Open two homes', owner: 'Priya Shah', dueDate: '', status: 'on-track' as const };
		const stored = storedResponse({ questionId: 'careless-2-1', statement: 'Theirs', figures: [figure], actions: [action] });
		const kept = keepDraftOver(draft({ statement: 'Mine', status: 'agreed' }), stored);
		expect(kept).toMatchObject({ statement: 'Mine', status: 'agreed', figures: [figure], actions: [action] });
		kept.figures[0]!.value = 1;
		expect(stored.figures[0]!.value).toBe(38);
	});
});
