import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/lib/domain/response.ts';
import { createAssessment, getAssessment, listResponses } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, getDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { ValidationError } from '../../../src/lib/storage/errors.ts';
import { lastTime, startNextStatement } from '../../../src/lib/storage/next-statement.ts';
import { listRevisions, saveResponse } from '../../../src/lib/storage/responses.ts';
import { detailsInput } from './helpers.ts';

let earlierId = '';

beforeEach(async () => {
	useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`));
	earlierId = (await createAssessment(detailsInput())).id;
	await saveResponse({
		assessmentId: earlierId,
		questionId: 'careless-2-2',
		draft: { ...emptyDraft([]), statement: 'Children had 0.4 moves each.', status: 'agreed', reporters: [{ name: 'Ann Lee', designation: 'Team Manager' }] },
		baseRev: 0,
		author: 'Sam Patel'
	});
});

describe('starting the next statement', () => {
	it('stores the copy with its answers In progress, leaves the earlier one as it was, and shows what was said last time', async () => {
		const earlierBefore = await getAssessment(earlierId);
		const nextId = await startNextStatement(earlierId, { day: '12', month: '11', year: '2026' });
		const next = await getAssessment(nextId);
		expect(next?.previous).toEqual({ id: earlierId, title: earlierBefore?.title, meetingDate: '2026-03-25' });
		const [answer] = await listResponses(nextId);
		expect(answer).toMatchObject({ questionId: 'careless-2-2', statement: 'Children had 0.4 moves each.', status: 'in-progress' });
		expect((await listRevisions(answer!.id)).map((r) => r.savedBy)).toEqual(['Carried over from the statement for the meeting on 25 March 2026']);
		expect(await getAssessment(earlierId)).toEqual(earlierBefore);
		expect((await listResponses(earlierId))[0]?.status).toBe('agreed');

		await saveResponse({ assessmentId: nextId, questionId: 'careless-2-2', draft: { ...emptyDraft([]), statement: 'Children had 0.3 moves each.' }, baseRev: 1, author: 'Sam Patel' });
		expect(await lastTime(nextId, 'careless-2-2')).toEqual({ previous: next?.previous, found: true, earlier: 'Children had 0.4 moves each.', now: 'Children had 0.3 moves each.' });
		expect(await lastTime(earlierId, 'careless-2-2')).toBeUndefined();
	});

	it('refuses a meeting date not after the last one, writing nothing', async () => {
		await expect(startNextStatement(earlierId, { day: '1', month: '1', year: '2026' })).rejects.toBeInstanceOf(ValidationError);
		expect(await getDatabase().assessments.count()).toBe(1);
	});
});
