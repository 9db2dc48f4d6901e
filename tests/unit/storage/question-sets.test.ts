import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { placedQuestions } from '../../../src/lib/domain/frameworks/index.ts';
import { readQuestionSetFile } from '../../../src/lib/domain/question-sets/read.ts';
import { emptyDraft } from '../../../src/lib/domain/response.ts';
import type { Framework } from '../../../src/lib/domain/types.ts';
import { createAssessment, getAssessment, listResponses } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { MissingRecordError, NotAllowedError, ValidationError } from '../../../src/lib/storage/errors.ts';
import {
	QuestionSetRefusedError,
	changeEdition,
	listQuestionSets,
	loadQuestionSet,
	loadedSetsOnOffer,
	planQuestionSetLoad,
	removeQuestionSet,
	useQuestionSet
} from '../../../src/lib/storage/question-sets.ts';
import { saveResponse } from '../../../src/lib/storage/responses.ts';
import { detailsInput } from './helpers.ts';

beforeEach(() => useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`)));

function setFrom(path: string): Framework {
	const result = readQuestionSetFile(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.framework;
}

const template = () => setFrom('examples/question-set-template.json');
const nextEdition = () => setFrom('tests/fixtures/files/question-set-template-2027-01.json');
const reverseKeys = (value: unknown): unknown =>
	Array.isArray(value)
		? value.map(reverseKeys)
		: value && typeof value === 'object'
			? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]))
			: value;
const ids = (placed: ReturnType<typeof placedQuestions>) => placed.map((p) => p.question.id);

describe('loading a question set into the library', () => {
	it('stores a new set, and says so without writing when the same edition is loaded again', async () => {
		expect(await planQuestionSetLoad(template())).toMatchObject({ kind: 'new', otherEditions: [] });
		const first = await loadQuestionSet(template());
		expect(first.kind).toBe('loaded');
		// Every object's keys in the opposite order: still the same content.
		const again = await loadQuestionSet(reverseKeys(template()) as Framework);
		expect(again).toEqual({ kind: 'already-loaded', stored: first.stored });
		expect(await listQuestionSets()).toHaveLength(1);
	});

	it('refuses a changed edition under the same label, naming the fix, and writes nothing', async () => {
		await loadQuestionSet(template());
		const changed = template();
		changed.areas[0]!.questions[0]!.text = 'A quietly changed question?';
		expect(await planQuestionSetLoad(changed)).toMatchObject({ kind: 'refused' });
		const error = await loadQuestionSet(changed).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(QuestionSetRefusedError);
		expect((error as QuestionSetRefusedError).problems).toEqual([
			{
				path: 'data.edition',
				message: 'edition 2026-01 of Example focus report: questions for scrutiny is already loaded with different content: an edition must never change; give it a new edition label'
			}
		]);
		expect((await listQuestionSets())[0]?.framework.areas[0]?.questions[0]?.text).toBe(template().areas[0]!.questions[0]!.text);
	});

	it('refuses a set that takes the id of one the app ships, or reuses its question ids', async () => {
		await expect(loadQuestionSet({ ...template(), id: 'lgsco-careless-2020' })).rejects.toMatchObject({
			problems: [{ path: 'data.id', message: expect.stringContaining('the app already has a question set with the id lgsco-careless-2020') }]
		});
		const borrowing = template();
		borrowing.areas[1]!.questions[0]!.id = 'careless-1-1';
		await expect(loadQuestionSet(borrowing)).rejects.toMatchObject({
			problems: [{ path: 'data.areas[1].questions[0].id', message: expect.stringContaining("already used by the app's own set LGSCO Careless") }]
		});
		expect(await listQuestionSets()).toEqual([]);
	});

	it('keeps editions side by side, newest first, and offers only the newest for a new statement', async () => {
		await loadQuestionSet(template());
		expect(await planQuestionSetLoad(nextEdition())).toMatchObject({ kind: 'new', otherEditions: [{ edition: '2026-01' }] });
		await loadQuestionSet(nextEdition());
		expect((await listQuestionSets()).map((s) => s.edition)).toEqual(['2027-01', '2026-01']);
		expect((await loadedSetsOnOffer()).map((f) => f.edition)).toEqual(['2027-01']);
		await removeQuestionSet('example-focus-report', '2027-01');
		expect((await loadedSetsOnOffer()).map((f) => f.edition)).toEqual(['2026-01']);
	});
});

describe('a statement using a loaded set', () => {
	it('keeps its own copy from creation, so removing the set from the library changes nothing', async () => {
		await loadQuestionSet(template());
		const a = await createAssessment(detailsInput(), ['example-focus-report', 'lgsco-careless-2020']);
		const stored = await getAssessment(a.id);
		expect(stored?.frameworks).toEqual([
			{ id: 'lgsco-careless-2020', edition: '2020-12' },
			{ id: 'example-focus-report', edition: '2026-01' }
		]);
		expect(stored?.importedSets.map((f) => f.id)).toEqual(['example-focus-report']);
		await removeQuestionSet('example-focus-report', '2026-01');
		expect(placedQuestions((await getAssessment(a.id))!)).toHaveLength(24);
	});

	it('cannot be started with a set that is not on offer', async () => {
		await expect(createAssessment(detailsInput(), ['example-focus-report'])).rejects.toMatchObject({
			errors: [{ field: 'frameworks', message: 'Select question sets from the list' }]
		});
	});

	it('refuses two loaded sets that share a question id', async () => {
		await loadQuestionSet(template());
		await loadQuestionSet({ ...template(), id: 'another-report', shortTitle: 'Another report', areas: [template().areas[0]!] });
		const error = await createAssessment(detailsInput(), ['example-focus-report', 'another-report']).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect((error as ValidationError).errors).toEqual([
			{ field: 'frameworks', message: 'Example focus report and Another report both use the id example-1, so they cannot be answered in one statement' }
		]);
	});

	it('can add a set to an existing statement, shipped or loaded, after its other sets, once only', async () => {
		await loadQuestionSet(template());
		const a = await createAssessment(detailsInput());
		await useQuestionSet(a.id, 'example-focus-report', '2026-01');
		await useQuestionSet(a.id, 'lga-ncb-10-questions-2012', '2012-06');
		const stored = (await getAssessment(a.id))!;
		expect(stored.frameworks.map((r) => r.id)).toEqual(['lgsco-careless-2020', 'example-focus-report', 'lga-ncb-10-questions-2012']);
		expect(stored.importedSets.map((f) => `${f.id} ${f.edition}`)).toEqual(['example-focus-report 2026-01']);
		expect(ids(placedQuestions(stored)).slice(20, 24)).toEqual(['example-1-1', 'example-1-2', 'example-2-1', 'example-2-2']);
		await expect(useQuestionSet(a.id, 'example-focus-report', '2026-01')).rejects.toBeInstanceOf(NotAllowedError);
		await expect(useQuestionSet(a.id, 'no-such-set', '1')).rejects.toBeInstanceOf(MissingRecordError);
		await expect(useQuestionSet('missing', 'example-focus-report', '2026-01')).rejects.toBeInstanceOf(MissingRecordError);
	});

	it('moves to another edition only when asked, keeping every answer, and comes back to the dropped ones', async () => {
		await loadQuestionSet(template());
		const a = await createAssessment(detailsInput(), ['example-focus-report']);
		const answer = (questionId: string, statement: string) =>
			saveResponse({ assessmentId: a.id, questionId, draft: { ...emptyDraft([]), statement }, baseRev: 0, author: 'Jo Bloggs' });
		await answer('example-1-2', 'Children tell their advocate.');
		await answer('example-2-2', 'Care leavers want earlier advice.');

		// Loading the newer edition changes no statement.
		await loadQuestionSet(nextEdition());
		expect((await getAssessment(a.id))?.frameworks).toEqual([{ id: 'example-focus-report', edition: '2026-01' }]);

		await changeEdition(a.id, 'example-focus-report', '2027-01');
		const moved = (await getAssessment(a.id))!;
		expect(moved.frameworks).toEqual([{ id: 'example-focus-report', edition: '2027-01' }]);
		expect(moved.importedSets.map((f) => f.edition)).toEqual(['2027-01']);
		expect(ids(placedQuestions(moved))).toEqual(['example-1-1', 'example-1-2', 'example-2-1', 'example-2-3']);
		expect((await listResponses(a.id)).map((r) => r.questionId).sort()).toEqual(['example-1-2', 'example-2-2']);

		await changeEdition(a.id, 'example-focus-report', '2026-01');
		expect(ids(placedQuestions((await getAssessment(a.id))!))).toContain('example-2-2');
		await expect(changeEdition(a.id, 'example-focus-report', '2099-01')).rejects.toBeInstanceOf(MissingRecordError);
		await expect(changeEdition(a.id, 'lga-ncb-10-questions-2012', '2012-06')).rejects.toBeInstanceOf(NotAllowedError);
	});
});
