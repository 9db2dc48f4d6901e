import { beforeEach, describe, expect, it } from 'vitest';
import { draftOf, emptyDraft } from '../../../src/lib/domain/response.ts';
import type { Response } from '../../../src/lib/domain/types.ts';
import { createAssessment } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, getDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { ConflictError, MissingRecordError } from '../../../src/lib/storage/errors.ts';
import { getResponse, listRevisions, saveResponse } from '../../../src/lib/storage/responses.ts';
import { RevisionOfAnotherAnswerError, getAnswerHistory, restoreRevision } from '../../../src/lib/storage/revisions.ts';
import { detailsInput } from './helpers.ts';

beforeEach(() => useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`)));

const Q = 'careless-1-1';

/** Saves `statement` over whatever is stored, as the editor would. */
async function save(assessmentId: string, statement: string, questionId = Q, author = 'Jo Bloggs'): Promise<Response> {
	const current = await getResponse(assessmentId, questionId);
	const draft = current ? draftOf(current) : emptyDraft([]);
	return saveResponse({ assessmentId, questionId, draft: { ...draft, statement }, baseRev: current?.rev ?? 0, author });
}

/** Everything in the database, to show a refusal wrote nothing. */
async function dump() {
	const db = getDatabase();
	return {
		assessments: await db.assessments.toArray(),
		responses: await db.responses.toArray(),
		revisions: await db.revisions.toArray()
	};
}

/** A statement with one answer saved three times; returns the ids involved. */
async function answerSavedThreeTimes() {
	const a = await createAssessment(detailsInput());
	await save(a.id, 'Four young people are in unregulated homes.');
	await save(a.id, 'Five young people are in unregulated homes.');
	// Details other than the text change too: a restore must keep them.
	const latest = await getResponse(a.id, Q);
	await saveResponse({
		assessmentId: a.id,
		questionId: Q,
		draft: {
			...draftOf(latest!),
			statement: 'Five young people are in supported lodgings.',
			reporters: [{ name: 'Ali Khan', designation: 'Placements Team Manager' }],
			selfRating: 'one-to-watch',
			status: 'ready-for-review',
			exempt: true,
			exemptionCategory: 'Schedule 12A, paragraph 2'
		},
		baseRev: latest!.rev,
		author: 'Ali Khan'
	});
	const response = (await getResponse(a.id, Q))!;
	const revisions = await listRevisions(response.id);
	return { assessmentId: a.id, response, revisions };
}

describe('restoreRevision', () => {
	it('saves the whole answer as the old version held it as a new version, keeping every version', async () => {
		const { assessmentId, response, revisions } = await answerSavedThreeTimes();
		expect(revisions.map((r) => r.rev)).toEqual([1, 2, 3]);

		const restored = await restoreRevision({ assessmentId, questionId: Q, revisionId: revisions[0]!.id, author: 'Sam Patel' });

		expect(restored).toMatchObject({
			id: response.id,
			statement: 'Four young people are in unregulated homes.',
			rev: response.rev + 1,
			reporters: [],
			selfRating: 'not-rated',
			status: 'in-progress',
			exempt: false,
			exemptionCategory: '',
			createdAt: response.createdAt,
			updatedBy: 'Sam Patel'
		});
		expect(await getResponse(assessmentId, Q)).toEqual(restored);
		const after = await listRevisions(response.id);
		expect(after.map((r) => r.statement)).toEqual([
			'Four young people are in unregulated homes.',
			'Five young people are in unregulated homes.',
			'Five young people are in supported lodgings.',
			'Four young people are in unregulated homes.'
		]);
		// The old versions are untouched; the new one is a new row.
		expect(after.slice(0, 3)).toEqual(revisions);
		expect(after[3]).toMatchObject({ rev: restored.rev, savedBy: 'Sam Patel', savedAt: restored.updatedAt });
		expect(after[3]!.id).not.toBe(revisions[0]!.id);
	});

	it('restores only the text of a version saved before versions kept the whole answer, keeping every other detail', async () => {
		const { assessmentId, response, revisions } = await answerSavedThreeTimes();
		// As a version saved by an earlier release of the app, or read from a version 2 file.
		await getDatabase().revisions.update(revisions[0]!.id, { details: undefined });

		const restored = await restoreRevision({ assessmentId, questionId: Q, revisionId: revisions[0]!.id, author: 'Sam Patel' });

		expect(restored).toMatchObject({
			statement: 'Four young people are in unregulated homes.',
			rev: response.rev + 1,
			reporters: [{ name: 'Ali Khan', designation: 'Placements Team Manager' }],
			selfRating: 'one-to-watch',
			status: 'ready-for-review',
			exempt: true,
			exemptionCategory: 'Schedule 12A, paragraph 2'
		});
		const { versions } = await getAnswerHistory(assessmentId, Q);
		expect(versions.at(-1)).toMatchObject({ current: true, revision: { details: { selfRating: 'one-to-watch', exempt: true } } });
	});

	it('brings back a figure changed twice as the first version held it', async () => {
		const a = await createAssessment(detailsInput());
		const figure = (value: number) => ({
			id: 'fig-1',
			indicator: 'Children in care per 10,000',
			value,
			unit: '',
			period: '2025-26',
			comparators: [{ kind: 'england' as const, value: 70 }],
			direction: 'up' as const,
			source: 'SSDA903'
		});
		let current: Response | undefined;
		for (const value of [66, 68, 72]) {
			const draft = current ? draftOf(current) : emptyDraft([]);
			current = await saveResponse({
				assessmentId: a.id,
				questionId: Q,
				draft: { ...draft, statement: 'Rates are rising.', figures: [figure(value)] },
				baseRev: current?.rev ?? 0,
				author: 'Jo Bloggs'
			});
		}
		const { versions } = await getAnswerHistory(a.id, Q);
		expect(versions.map((v) => v.revision.details?.figures[0]?.value)).toEqual([66, 68, 72]);

		const restored = await restoreRevision({ assessmentId: a.id, questionId: Q, revisionId: versions[0]!.revision.id, author: 'Sam Patel' });
		expect(restored.figures).toEqual([figure(66)]);
		expect(restored.statement).toBe('Rates are rising.');
		const after = await getAnswerHistory(a.id, Q);
		expect(after.versions.map((v) => [v.revision.details?.figures[0]?.value, v.current])).toEqual([
			[66, false],
			[68, false],
			[72, false],
			[66, true]
		]);
	});

	it("touches the statement's last edited time", async () => {
		const { assessmentId, revisions } = await answerSavedThreeTimes();
		const restored = await restoreRevision({ assessmentId, questionId: Q, revisionId: revisions[1]!.id, author: '' });
		expect((await getDatabase().assessments.get(assessmentId))!.updatedAt).toBe(restored.updatedAt);
	});

	it('lets the editor that loaded the answer before the restore see a conflict, not overwrite it', async () => {
		const { assessmentId, response, revisions } = await answerSavedThreeTimes();
		await restoreRevision({ assessmentId, questionId: Q, revisionId: revisions[0]!.id, author: '' });
		await expect(
			saveResponse({ assessmentId, questionId: Q, draft: { ...draftOf(response), statement: 'Typed in another tab' }, baseRev: response.rev, author: '' })
		).rejects.toBeInstanceOf(ConflictError);
	});

	it('refuses a version of another answer, writing nothing', async () => {
		const { assessmentId, revisions } = await answerSavedThreeTimes();
		await save(assessmentId, 'An answer to another question.', 'careless-1-2');
		const before = await dump();
		const attempt = restoreRevision({ assessmentId, questionId: 'careless-1-2', revisionId: revisions[0]!.id, author: '' });
		await expect(attempt).rejects.toBeInstanceOf(RevisionOfAnotherAnswerError);
		await expect(attempt).rejects.toThrow('This saved version belongs to a different answer, so it cannot be restored here');
		expect(await dump()).toEqual(before);
	});

	it("refuses a version of the same question in another statement, writing nothing", async () => {
		const { revisions } = await answerSavedThreeTimes();
		const other = await createAssessment(detailsInput({ council: 'Othertown Council' }));
		await save(other.id, 'Othertown answer.');
		const before = await dump();
		await expect(restoreRevision({ assessmentId: other.id, questionId: Q, revisionId: revisions[0]!.id, author: '' })).rejects.toBeInstanceOf(
			RevisionOfAnotherAnswerError
		);
		expect(await dump()).toEqual(before);
	});

	it('says so when the version or the answer no longer exists, writing nothing', async () => {
		const { assessmentId, revisions } = await answerSavedThreeTimes();
		const before = await dump();
		await expect(restoreRevision({ assessmentId, questionId: Q, revisionId: 'no-such-version', author: '' })).rejects.toThrow(
			'This saved version no longer exists on this device'
		);
		await expect(restoreRevision({ assessmentId, questionId: 'careless-1-2', revisionId: revisions[0]!.id, author: '' })).rejects.toBeInstanceOf(
			MissingRecordError
		);
		expect(await dump()).toEqual(before);
	});

	it('writes nothing when the answer already has that text', async () => {
		const a = await createAssessment(detailsInput());
		await save(a.id, 'Same words.');
		await save(a.id, 'Other words.');
		await save(a.id, 'Same words.');
		const revisions = await listRevisions((await getResponse(a.id, Q))!.id);
		const before = await dump();
		const result = await restoreRevision({ assessmentId: a.id, questionId: Q, revisionId: revisions[0]!.id, author: '' });
		expect(result.rev).toBe(3);
		expect(await dump()).toEqual(before);
	});

	it('keeps the current text as a version first when no saved version holds it', async () => {
		const { assessmentId, response, revisions } = await answerSavedThreeTimes();
		// As after importing an answer from a file without its history.
		await new Promise((r) => setTimeout(r, 5));
		await getDatabase().responses.update(response.id, {
			statement: 'Imported text with no history.',
			updatedAt: new Date().toISOString(),
			updatedBy: 'Ali Khan'
		});
		await restoreRevision({ assessmentId, questionId: Q, revisionId: revisions[0]!.id, author: '' });
		const { versions } = await getAnswerHistory(assessmentId, Q);
		expect(versions.find((v) => v.number === 4)!.revision).toMatchObject({ savedBy: 'Ali Khan', rev: response.rev });
		expect(versions.map((v) => v.revision.statement)).toEqual([
			'Four young people are in unregulated homes.',
			'Five young people are in unregulated homes.',
			'Five young people are in supported lodgings.',
			'Imported text with no history.',
			'Four young people are in unregulated homes.'
		]);
	});
});

describe('getAnswerHistory', () => {
	it('is empty for a question with no saved answer', async () => {
		const a = await createAssessment(detailsInput());
		expect(await getAnswerHistory(a.id, Q)).toEqual({ response: undefined, versions: [] });
	});

	it('numbers versions in the order they were saved and marks the current one', async () => {
		const { assessmentId, revisions } = await answerSavedThreeTimes();
		await restoreRevision({ assessmentId, questionId: Q, revisionId: revisions[0]!.id, author: '' });
		const history = await getAnswerHistory(assessmentId, Q);
		expect(history.versions.map((v) => [v.number, v.current, v.revision.statement])).toEqual([
			[1, false, 'Four young people are in unregulated homes.'],
			[2, false, 'Five young people are in unregulated homes.'],
			[3, false, 'Five young people are in supported lodgings.'],
			[4, true, 'Four young people are in unregulated homes.']
		]);
		expect(history.response?.statement).toBe('Four young people are in unregulated homes.');
	});

	it('adds a version for a save that changed only other details, and none for a save that changed nothing', async () => {
		const { assessmentId, response } = await answerSavedThreeTimes();
		const agreed = await saveResponse({ assessmentId, questionId: Q, draft: { ...draftOf(response), status: 'agreed' }, baseRev: response.rev, author: '' });
		await saveResponse({ assessmentId, questionId: Q, draft: draftOf(agreed), baseRev: agreed.rev, author: '' });
		const history = await getAnswerHistory(assessmentId, Q);
		expect(history.versions).toHaveLength(4);
		expect(history.versions.at(-1)).toMatchObject({ current: true, revision: { statement: response.statement, details: { status: 'agreed' } } });
		expect(history.versions[2]!.revision.details?.status).toBe('ready-for-review');
	});

	it('marks as current a version saved before versions kept the whole answer when its text is the answer\'s', async () => {
		const { assessmentId, revisions } = await answerSavedThreeTimes();
		await getDatabase().revisions.update(revisions[2]!.id, { details: undefined });
		const history = await getAnswerHistory(assessmentId, Q);
		expect(history.versions.map((v) => v.current)).toEqual([false, false, true]);
	});
});
