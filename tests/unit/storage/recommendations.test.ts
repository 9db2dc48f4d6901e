import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecommendationInput, type RecommendationInput } from '../../../src/lib/domain/recommendation.ts';
import { createAssessment, deleteAssessment } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { ChangedElsewhereError, MissingRecordError, NoProfileError, ValidationError } from '../../../src/lib/storage/errors.ts';
import { saveProfile } from '../../../src/lib/storage/profile.ts';
import {
	addRecommendation,
	deleteRecommendation,
	getRecommendation,
	listRecommendations,
	listRecommendationsForStatement,
	recordProgress
} from '../../../src/lib/storage/recommendations.ts';
import { detailsInput } from './helpers.ts';

const asSam = () => saveProfile({ name: 'Sam Patel', role: 'officer', designation: 'Head of Service' });
const asJo = () => saveProfile({ name: 'Cllr Jo Lee', role: 'councillor', designation: '' });
/** Lets the clock move on, so records made one after another have different times, as they do when people type them. */
const later = () => new Promise((resolve) => setTimeout(resolve, 3));

let assessmentId = '';

beforeEach(async () => {
	useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`));
	assessmentId = (await createAssessment(detailsInput())).id;
});

const input = (overrides: Partial<RecommendationInput> = {}): RecommendationInput => ({
	...emptyRecommendationInput(),
	meetingDate: { day: '25', month: '3', year: '2026' },
	itemTitle: 'LGSCO report: Careless',
	text: 'That the panel receives the sufficiency strategy at its next meeting.',
	...overrides
});

describe('recording a recommendation', () => {
	it('stores it as outstanding, stamped with who recorded it, linked to the statement and the questions it asks', async () => {
		await asSam();
		const r = await addRecommendation(input({ assessmentId, questionIds: ['careless-2-1', 'not-a-question', 'careless-1-2'] }));
		expect(r).toMatchObject({
			meetingDate: '2026-03-25',
			itemTitle: 'LGSCO report: Careless',
			status: 'outstanding',
			assessmentId,
			questionIds: ['careless-2-1', 'careless-1-2']
		});
		expect(r.history).toEqual([{ at: r.createdAt, by: { name: 'Sam Patel', role: 'officer', designation: 'Head of Service' }, status: 'outstanding', reviewMonth: '', actionTaken: '' }]);
		expect(await listRecommendations()).toEqual([r]);
		expect(await listRecommendationsForStatement(assessmentId)).toEqual([r]);
	});

	it('saves nothing when the text or date is missing, naming the fields', async () => {
		await asSam();
		const refused = addRecommendation(input({ meetingDate: { day: '', month: '', year: '' }, text: '' }));
		await expect(refused).rejects.toBeInstanceOf(ValidationError);
		await expect(refused).rejects.toMatchObject({ errors: [{ field: 'meetingDate-day' }, { field: 'recommendationText' }] });
		expect(await listRecommendations()).toEqual([]);
	});

	it('saves nothing before anyone has said who they are', async () => {
		await expect(addRecommendation(input())).rejects.toBeInstanceOf(NoProfileError);
		expect(await listRecommendations()).toEqual([]);
	});

	it('saves nothing when the linked statement has gone', async () => {
		await asSam();
		await expect(addRecommendation(input({ assessmentId: 'gone' }))).rejects.toBeInstanceOf(MissingRecordError);
		expect(await listRecommendations()).toEqual([]);
	});

	it('lists recommendations by meeting date, then the order recorded', async () => {
		await asSam();
		const june = await addRecommendation(input({ meetingDate: { day: '1', month: '6', year: '2026' } }));
		await later();
		const first = await addRecommendation(input({ text: 'First at the March meeting' }));
		await later();
		const second = await addRecommendation(input({ text: 'Second at the March meeting' }));
		expect((await listRecommendations()).map((r) => r.id)).toEqual([first.id, second.id, june.id]);
	});
});

describe('recording progress', () => {
	it('appends each change with who and when, and keeps the recommendation’s state', async () => {
		await asSam();
		const r = await addRecommendation(input());
		await later();
		const reviewed = await recordProgress({
			id: r.id,
			seenUpdatedAt: r.updatedAt,
			status: 'review',
			reviewMonth: { month: 'June', year: '2026' },
			actionTaken: 'The strategy is being written.'
		});
		await asJo();
		await later();
		const done = await recordProgress({
			id: r.id,
			seenUpdatedAt: reviewed!.updatedAt,
			status: 'complete',
			reviewMonth: { month: '', year: '' },
			actionTaken: 'The strategy was presented on 4 June.'
		});
		const stored = await getRecommendation(r.id);
		expect(stored).toEqual(done);
		expect(stored).toMatchObject({ status: 'complete', reviewMonth: '', actionTaken: 'The strategy was presented on 4 June.' });
		expect(stored!.history.map((h) => [h.status, h.reviewMonth, h.by.name])).toEqual([
			['outstanding', '', 'Sam Patel'],
			['review', '2026-06', 'Sam Patel'],
			['complete', '', 'Cllr Jo Lee']
		]);
	});

	it('writes nothing when nothing changed', async () => {
		await asSam();
		const r = await addRecommendation(input());
		const result = await recordProgress({ id: r.id, seenUpdatedAt: r.updatedAt, status: 'outstanding', reviewMonth: { month: '', year: '' }, actionTaken: '  ' });
		expect(result).toBeUndefined();
		expect(await getRecommendation(r.id)).toEqual(r);
	});

	it('writes nothing for a review without a real month', async () => {
		await asSam();
		const r = await addRecommendation(input());
		const refused = recordProgress({ id: r.id, seenUpdatedAt: r.updatedAt, status: 'review', reviewMonth: { month: 'Smarch', year: '2026' }, actionTaken: '' });
		await expect(refused).rejects.toMatchObject({ errors: [{ field: 'reviewMonth-month' }] });
		expect(await getRecommendation(r.id)).toEqual(r);
	});

	it('refuses to write over a change made elsewhere since the form was opened', async () => {
		await asSam();
		const r = await addRecommendation(input());
		await later();
		await recordProgress({ id: r.id, seenUpdatedAt: r.updatedAt, status: 'complete', reviewMonth: { month: '', year: '' }, actionTaken: 'Done in another tab.' });
		const stale = recordProgress({ id: r.id, seenUpdatedAt: r.updatedAt, status: 'rejected', reviewMonth: { month: '', year: '' }, actionTaken: '' });
		await expect(stale).rejects.toBeInstanceOf(ChangedElsewhereError);
		expect(await getRecommendation(r.id)).toMatchObject({ status: 'complete', actionTaken: 'Done in another tab.' });
	});

	it('says when the recommendation has gone', async () => {
		await asSam();
		await expect(
			recordProgress({ id: 'gone', seenUpdatedAt: '', status: 'complete', reviewMonth: { month: '', year: '' }, actionTaken: '' })
		).rejects.toBeInstanceOf(MissingRecordError);
	});
});

describe('deleting', () => {
	it('deletes one recommendation only when asked', async () => {
		await asSam();
		const keep = await addRecommendation(input({ text: 'Keep me' }));
		const go = await addRecommendation(input({ text: 'Delete me' }));
		await deleteRecommendation(go.id);
		expect(await listRecommendations()).toEqual([keep]);
	});

	it('keeps recommendations in the tracker when their statement is deleted, unlinked', async () => {
		await asSam();
		const r = await addRecommendation(input({ assessmentId, questionIds: ['careless-2-1'] }));
		await deleteAssessment(assessmentId);
		expect(await getRecommendation(r.id)).toMatchObject({ id: r.id, text: r.text, assessmentId: null, questionIds: [] });
	});
});
