import { describe, expect, it } from 'vitest';
import {
	applyProgress,
	describeCounts,
	describeFilter,
	describeHistory,
	describeShowing,
	emptyRecommendationInput,
	filterFromQuery,
	filterQuery,
	filterRecommendations,
	meetingOptions,
	newRecommendation,
	parseReviewMonth,
	progressInputOf,
	sortRecommendations,
	statusLabel,
	validateProgress,
	validateRecommendation,
	type RecommendationInput
} from '../../../src/lib/domain/recommendation.ts';
import type { Author, Recommendation } from '../../../src/lib/domain/types.ts';

const sam: Author = { name: 'Sam Patel', role: 'officer', designation: 'Head of Service' };
const jo: Author = { name: 'Cllr Jo Lee', role: 'councillor', designation: '' };

const input = (overrides: Partial<RecommendationInput> = {}): RecommendationInput => ({
	...emptyRecommendationInput(),
	meetingDate: { day: '1', month: '10', year: '2020' },
	itemTitle: "Children's Services - Performance",
	text: 'That the planned threshold review is considered at a future meeting of the Panel.',
	...overrides
});

function recorded(overrides: Partial<Recommendation> = {}, details = input()): Recommendation {
	const result = validateRecommendation(details);
	if (!result.ok) throw new Error('test input should be valid');
	return { ...newRecommendation(overrides.id ?? 'r1', result.value, sam, overrides.createdAt ?? '2020-10-02T09:00:00.000Z'), ...overrides };
}

describe('checking a new recommendation', () => {
	it('accepts a dated recommendation and keeps the writer’s line breaks', () => {
		const result = validateRecommendation(input({ text: '\n  That the panel:\n- sees the review\n- in June\n\n' }));
		expect(result).toEqual({
			ok: true,
			value: {
				meetingDate: '2020-10-01',
				itemTitle: "Children's Services - Performance",
				text: '  That the panel:\n- sees the review\n- in June',
				assessmentId: null,
				questionIds: []
			}
		});
	});

	it('names every missing field, in form order, and links each to its field', () => {
		const result = validateRecommendation(input({ meetingDate: { day: '', month: '', year: '' }, itemTitle: ' ', text: '  \n ' }));
		expect(result).toEqual({
			ok: false,
			errors: [
				{ field: 'meetingDate-day', message: 'Enter the date of the panel meeting' },
				{ field: 'itemTitle', message: 'Enter the item title' },
				{ field: 'recommendationText', message: 'Enter the recommendation' }
			]
		});
	});

	it('refuses a date that is not real, naming the meeting date', () => {
		expect(validateRecommendation(input({ meetingDate: { day: '31', month: '2', year: '2021' } }))).toMatchObject({
			ok: false,
			errors: [{ field: 'meetingDate-day', message: 'The meeting date must be a real date, for example 25 3 2026' }]
		});
		expect(validateRecommendation(input({ meetingDate: { day: '1', month: '10', year: '' } }))).toMatchObject({
			ok: false,
			errors: [{ message: 'The meeting date must include a year' }]
		});
	});

	it('refuses a recommendation too long for the file format', () => {
		expect(validateRecommendation(input({ text: 'x'.repeat(20_001) }))).toMatchObject({
			ok: false,
			errors: [{ field: 'recommendationText', message: 'The recommendation must be 20,000 characters or fewer' }]
		});
	});

	it('keeps linked questions only with a linked statement, once each', () => {
		expect(validateRecommendation(input({ questionIds: ['careless-2-1'] }))).toMatchObject({ ok: true, value: { assessmentId: null, questionIds: [] } });
		expect(validateRecommendation(input({ assessmentId: 'a1', questionIds: ['careless-2-1', 'careless-2-3', 'careless-2-1'] }))).toMatchObject({
			ok: true,
			value: { assessmentId: 'a1', questionIds: ['careless-2-1', 'careless-2-3'] }
		});
	});
});

describe('progress status labels', () => {
	it('words each status as the monitoring table does', () => {
		expect(statusLabel('outstanding')).toBe('Outstanding');
		expect(statusLabel('review', '2027-03')).toBe('Recommend review in March 2027');
		expect(statusLabel('complete')).toBe('Complete');
		expect(statusLabel('rejected')).toBe('Rejected');
	});
});

describe('checking progress', () => {
	const progress = { status: 'review' as const, reviewMonth: { month: '6', year: '2021' }, actionTaken: 'The threshold review is underway.' };

	it('takes a review month typed as a number or a name', () => {
		expect(validateProgress(progress)).toEqual({ ok: true, value: { status: 'review', reviewMonth: '2021-06', actionTaken: 'The threshold review is underway.' } });
		expect(parseReviewMonth({ month: 'October', year: '2021' })).toEqual({ ok: true, month: '2021-10' });
		expect(parseReviewMonth({ month: 'oct', year: '2021' })).toEqual({ ok: true, month: '2021-10' });
	});

	it('allows a review month in the past', () => {
		expect(validateProgress({ ...progress, reviewMonth: { month: '1', year: '2001' } })).toMatchObject({ ok: true, value: { reviewMonth: '2001-01' } });
	});

	it('refuses a review month that is missing or not a month', () => {
		const message = (month: string, year: string) => {
			const result = validateProgress({ ...progress, reviewMonth: { month, year } });
			return result.ok ? 'accepted' : result.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
		};
		expect(message('', '')).toBe('reviewMonth-month: Enter the month and year to review it in');
		expect(message('13', '2027')).toBe('reviewMonth-month: The review month must be a real month, for example 6 2027');
		expect(message('soon', '2027')).toBe('reviewMonth-month: The review month must be a real month, for example 6 2027');
		expect(message('6', '27')).toBe('reviewMonth-month: The review month must be a real month, for example 6 2027');
		expect(message('6', '')).toBe('reviewMonth-month: The review month must include a year');
		expect(message('', '2027')).toBe('reviewMonth-month: The review month must include a month');
	});

	it('ignores the review month for any other status', () => {
		expect(validateProgress({ status: 'complete', reviewMonth: { month: 'rubbish', year: '' }, actionTaken: '' })).toEqual({
			ok: true,
			value: { status: 'complete', reviewMonth: '', actionTaken: '' }
		});
	});

	it('needs a status', () => {
		expect(validateProgress({ ...progress, status: '' })).toEqual({ ok: false, errors: [{ field: 'status', message: 'Select the progress status' }] });
	});

	it('fills the form from a recommendation as it stands', () => {
		expect(progressInputOf({ status: 'review', reviewMonth: '2027-03', actionTaken: 'Done so far' })).toEqual({
			status: 'review',
			reviewMonth: { month: '3', year: '2027' },
			actionTaken: 'Done so far'
		});
	});
});

describe('recording progress', () => {
	it('starts as outstanding with one history entry saying who recorded it', () => {
		const r = recorded();
		expect(r).toMatchObject({ status: 'outstanding', reviewMonth: '', actionTaken: '' });
		expect(r.history).toEqual([{ at: '2020-10-02T09:00:00.000Z', by: sam, status: 'outstanding', reviewMonth: '', actionTaken: '' }]);
	});

	it('appends a dated change and leaves earlier entries as they were', () => {
		const r = recorded();
		const first = structuredClone(r.history[0]);
		const reviewed = applyProgress(r, { status: 'review', reviewMonth: '2021-06', actionTaken: 'Underway.' }, jo, '2021-03-25T10:00:00.000Z');
		const done = applyProgress(reviewed!, { status: 'complete', reviewMonth: '', actionTaken: 'Presented in June.' }, sam, '2021-06-10T10:00:00.000Z');
		expect(done).toMatchObject({ status: 'complete', reviewMonth: '', actionTaken: 'Presented in June.', updatedAt: '2021-06-10T10:00:00.000Z' });
		expect(done!.history).toHaveLength(3);
		expect(done!.history[0]).toEqual(first);
		expect(done!.history[1]).toEqual({ at: '2021-03-25T10:00:00.000Z', by: jo, status: 'review', reviewMonth: '2021-06', actionTaken: 'Underway.' });
		// The earlier objects are not changed in place.
		expect(r.history).toHaveLength(1);
		expect(reviewed!.history).toHaveLength(2);
	});

	it('records nothing when nothing changed', () => {
		const r = recorded({ status: 'review', reviewMonth: '2021-06', actionTaken: 'Underway.' });
		expect(applyProgress(r, { status: 'review', reviewMonth: '2021-06', actionTaken: 'Underway.' }, sam, '2021-04-01T00:00:00.000Z')).toBeUndefined();
	});

	it('records a change of review month or of action taken alone', () => {
		const r = recorded({ status: 'review', reviewMonth: '2021-06', actionTaken: 'Underway.' });
		expect(applyProgress(r, { status: 'review', reviewMonth: '2021-10', actionTaken: 'Underway.' }, sam, '2021-04-01T00:00:00.000Z')?.history).toHaveLength(2);
		expect(applyProgress(r, { status: 'review', reviewMonth: '2021-06', actionTaken: 'Underway; report in June.' }, sam, '2021-04-01T00:00:00.000Z')?.history).toHaveLength(2);
	});

	it('describes each change: who, when and what', () => {
		const r = recorded();
		const reviewed = applyProgress(r, { status: 'review', reviewMonth: '2021-06', actionTaken: 'Underway.' }, jo, '2021-03-25T10:00:00.000Z')!;
		const done = applyProgress(reviewed, { status: 'complete', reviewMonth: '', actionTaken: 'Underway.' }, sam, '2021-06-10T10:00:00.000Z')!;
		expect(describeHistory(done.history)).toEqual([
			{ at: r.createdAt, by: sam, recorded: true, status: 'Outstanding', statusChanged: true, previousStatus: '', actionTaken: '', actionTakenChanged: false },
			{ at: '2021-03-25T10:00:00.000Z', by: jo, recorded: false, status: 'Recommend review in June 2021', statusChanged: true, previousStatus: 'Outstanding', actionTaken: 'Underway.', actionTakenChanged: true },
			{ at: '2021-06-10T10:00:00.000Z', by: sam, recorded: false, status: 'Complete', statusChanged: true, previousStatus: 'Recommend review in June 2021', actionTaken: 'Underway.', actionTakenChanged: false }
		]);
	});
});

describe('the tracker’s order and filter', () => {
	const list = [
		recorded({ id: 'c', meetingDate: '2021-02-11', createdAt: '2021-02-12T09:00:00.000Z', status: 'complete' }),
		recorded({ id: 'b', meetingDate: '2020-10-01', createdAt: '2020-10-02T10:00:00.000Z', status: 'review', reviewMonth: '2021-06' }),
		recorded({ id: 'a', meetingDate: '2020-10-01', createdAt: '2020-10-02T09:00:00.000Z' }),
		recorded({ id: 'd', meetingDate: '2021-02-11', createdAt: '2021-02-11T09:00:00.000Z', status: 'rejected' })
	];

	it('sorts by meeting date, then the order recorded', () => {
		expect(sortRecommendations(list).map((r) => r.id)).toEqual(['a', 'b', 'd', 'c']);
	});

	it('filters by status and by meeting, and shows everything with no filter', () => {
		expect(filterRecommendations(list, { statuses: [], meeting: '' }).map((r) => r.id)).toEqual(['a', 'b', 'd', 'c']);
		expect(filterRecommendations(list, { statuses: ['outstanding', 'review'], meeting: '' }).map((r) => r.id)).toEqual(['a', 'b']);
		expect(filterRecommendations(list, { statuses: [], meeting: '2021-02-11' }).map((r) => r.id)).toEqual(['d', 'c']);
		expect(filterRecommendations(list, { statuses: ['complete'], meeting: '2020-10-01' })).toEqual([]);
	});

	it('lists the meetings with their counts, oldest first', () => {
		expect(meetingOptions(list)).toEqual([
			{ value: '2020-10-01', label: '1 October 2020 (2 recommendations)' },
			{ value: '2021-02-11', label: '11 February 2021 (2 recommendations)' }
		]);
	});

	it('says what is shown and how it is filtered', () => {
		expect(describeShowing(4, 9)).toBe('Showing 4 of 9 recommendations');
		expect(describeShowing(1, 1)).toBe('Showing 1 of 1 recommendation');
		expect(describeFilter({ statuses: ['review', 'outstanding'], meeting: '2020-10-01' })).toBe(
			'Progress status Outstanding or Recommend review; meeting on 1 October 2020'
		);
		expect(describeFilter({ statuses: [], meeting: '' })).toBe('');
		expect(describeCounts(list)).toBe('4 recommendations: 1 outstanding, 1 to be reviewed, 1 complete, 1 rejected');
		expect(describeCounts([])).toBe('');
	});

	it('keeps the filter in the address and reads it back, ignoring what it does not know', () => {
		const query = filterQuery({ statuses: ['complete', 'outstanding'], meeting: '2020-10-01' });
		expect(query).toBe('?status=outstanding&status=complete&meeting=2020-10-01');
		expect(filterFromQuery(new URLSearchParams(query))).toEqual({ statuses: ['outstanding', 'complete'], meeting: '2020-10-01' });
		expect(filterFromQuery(new URLSearchParams('status=done&meeting=<script>'))).toEqual({ statuses: [], meeting: '' });
		expect(filterQuery({ statuses: [], meeting: '' })).toBe('');
	});
});
