import { beforeEach, describe, expect, it } from 'vitest';
import { draftOf, emptyDraft } from '../../../src/lib/domain/response.ts';
import {
	createAssessment,
	deleteAssessment,
	deletionImpact,
	getAssessment,
	listAssessments,
	listResponses,
	updateAssessmentDetails
} from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, getDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { ConflictError, MissingRecordError, ValidationError, storageProblem } from '../../../src/lib/storage/errors.ts';
import { getResponse, listRevisions, saveResponse } from '../../../src/lib/storage/responses.ts';
import { detailsInput } from './helpers.ts';

beforeEach(() => useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`)));

const save = (assessmentId: string, statement: string, baseRev: number, questionId = 'careless-1-1') =>
	saveResponse({ assessmentId, questionId, draft: { ...emptyDraft([]), statement }, baseRev, author: 'Jo Bloggs' });

describe('statements', () => {
	it('are stored only when valid, and nothing is written otherwise', async () => {
		await expect(createAssessment(detailsInput({ council: '' }))).rejects.toBeInstanceOf(ValidationError);
		expect(await listAssessments()).toEqual([]);
		const a = await createAssessment(detailsInput());
		expect(await getAssessment(a.id)).toMatchObject({ council: 'Anytown Borough Council', meetingDate: '2026-03-25', furtherScrutiny: '' });
	});

	it('use the Ombudsman’s questions unless other sets are chosen, and need at least one', async () => {
		expect((await createAssessment(detailsInput())).frameworks).toEqual([{ id: 'lgsco-careless-2020', edition: '2020-12' }]);
		const two = await createAssessment(detailsInput(), ['lga-ncb-10-questions-2012', 'lgsco-careless-2020']);
		expect((await getAssessment(two.id))?.frameworks).toEqual([
			{ id: 'lgsco-careless-2020', edition: '2020-12' },
			{ id: 'lga-ncb-10-questions-2012', edition: '2012-06' }
		]);
		await expect(createAssessment(detailsInput({ council: '' }), [])).rejects.toMatchObject({
			errors: [
				{ field: 'frameworks', message: 'Select at least one question set' },
				{ field: 'council', message: "Enter the council's name" }
			]
		});
		expect(await listAssessments()).toHaveLength(2);
	});

	it('are listed most recently edited first', async () => {
		const first = await createAssessment(detailsInput({ council: 'First' }));
		const second = await createAssessment(detailsInput({ council: 'Second' }));
		await new Promise((r) => setTimeout(r, 5));
		await save(first.id, 'Touched', 0);
		expect((await listAssessments()).map((a) => a.id)).toEqual([first.id, second.id]);
	});

	it('can be renamed without touching the answers', async () => {
		const a = await createAssessment(detailsInput());
		await save(a.id, 'An answer', 0);
		await updateAssessmentDetails(a.id, detailsInput({ title: 'Response to the Careless report' }));
		expect((await getAssessment(a.id))?.title).toBe('Response to the Careless report');
		expect((await getResponse(a.id, 'careless-1-1'))?.statement).toBe('An answer');
		await expect(updateAssessmentDetails('missing', detailsInput())).rejects.toBeInstanceOf(MissingRecordError);
	});

	it('are deleted with their answers and history, leaving other statements alone', async () => {
		const a = await createAssessment(detailsInput());
		const b = await createAssessment(detailsInput({ council: 'Othertown' }));
		await save(a.id, 'One', 0);
		await save(a.id, 'One, edited', 1);
		await save(a.id, '', 0, 'careless-1-2');
		await save(b.id, 'Kept', 0);
		expect(await deletionImpact(a.id)).toEqual({ answers: 1, revisions: 2 });

		await deleteAssessment(a.id);
		expect(await getAssessment(a.id)).toBeUndefined();
		expect(await listResponses(a.id)).toEqual([]);
		expect(await getDatabase().revisions.where('assessmentId').equals(a.id).count()).toBe(0);
		expect((await getResponse(b.id, 'careless-1-1'))?.statement).toBe('Kept');
	});
});

describe('answers', () => {
	it('keep a version of the whole answer for every change to it, and none for a save that changed nothing', async () => {
		const a = await createAssessment(detailsInput());
		const first = await save(a.id, 'Draft', 0);
		expect(first).toMatchObject({ rev: 1, status: 'in-progress', updatedBy: 'Jo Bloggs' });
		const second = await save(a.id, 'Draft, better', 1);
		await saveResponse({
			assessmentId: a.id,
			questionId: 'careless-1-1',
			draft: { ...emptyDraft([]), statement: 'Draft, better', selfRating: 'one-to-watch' },
			baseRev: 2,
			author: 'Jo Bloggs'
		});
		const third = (await getResponse(a.id, 'careless-1-1'))!;
		await saveResponse({ assessmentId: a.id, questionId: 'careless-1-1', draft: draftOf(third), baseRev: 3, author: 'Jo Bloggs' });
		const revisions = await listRevisions(second.id);
		expect(revisions.map((r) => [r.rev, r.statement, r.details?.selfRating, r.savedBy])).toEqual([
			[1, 'Draft', 'not-rated', 'Jo Bloggs'],
			[2, 'Draft, better', 'not-rated', 'Jo Bloggs'],
			[3, 'Draft, better', 'one-to-watch', 'Jo Bloggs']
		]);
		expect((await getResponse(a.id, 'careless-1-1'))?.rev).toBe(4);
	});

	it("move the statement's last-edited time", async () => {
		const a = await createAssessment(detailsInput());
		await new Promise((r) => setTimeout(r, 5));
		const saved = await save(a.id, 'Text', 0);
		expect((await getAssessment(a.id))?.updatedAt).toBe(saved.updatedAt);
		expect(saved.updatedAt > a.updatedAt).toBe(true);
	});

	it('are never overwritten by a save based on an older version', async () => {
		const a = await createAssessment(detailsInput());
		await save(a.id, 'Tab one', 0);
		await save(a.id, 'Tab two', 1);
		const stale = save(a.id, 'Tab one again, not having seen tab two', 1);
		await expect(stale).rejects.toBeInstanceOf(ConflictError);
		await stale.catch((error: ConflictError) => expect(error.theirs.statement).toBe('Tab two'));
		expect((await getResponse(a.id, 'careless-1-1'))?.statement).toBe('Tab two');
	});

	it('cannot be saved into a deleted statement', async () => {
		const a = await createAssessment(detailsInput());
		await deleteAssessment(a.id);
		await expect(save(a.id, 'Text', 0)).rejects.toBeInstanceOf(MissingRecordError);
		expect(await getDatabase().responses.count()).toBe(0);
	});

	it('beyond the length limit are refused and nothing is written', async () => {
		const a = await createAssessment(detailsInput());
		await expect(save(a.id, 'x'.repeat(200_001), 0)).rejects.toBeInstanceOf(ValidationError);
		expect(await getResponse(a.id, 'careless-1-1')).toBeUndefined();
	});
});

describe('storage failures', () => {
	it('are told apart so the message says what to do', () => {
		expect(storageProblem({ name: 'QuotaExceededError' })).toBe('full');
		expect(storageProblem({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('full');
		expect(storageProblem({ name: 'DatabaseClosedError' })).toBe('closed');
		expect(storageProblem({ name: 'MissingAPIError' })).toBe('unavailable');
		expect(storageProblem(new Error('odd'))).toBe('unknown');
	});
});
