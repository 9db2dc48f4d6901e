import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { readQuestionSetFile } from '../../../src/lib/domain/question-sets/read.ts';
import { listQuestionSets, loadQuestionSet } from '../../../src/lib/storage/question-sets.ts';
import { emptyDetailsInput } from '../../../src/lib/domain/assessment.ts';
import { emptyRecommendationInput } from '../../../src/lib/domain/recommendation.ts';
import { saveProfile } from '../../../src/lib/storage/profile.ts';
import { addRecommendation, getRecommendation, recordProgress } from '../../../src/lib/storage/recommendations.ts';
import { emptyDraft } from '../../../src/lib/domain/response.ts';
import { readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import { serialise } from '../../../src/lib/domain/file-format/write.ts';
import type { StatementFile } from '../../../src/lib/domain/file-format/schema.ts';
import { createAssessment, getAssessment, listAssessments, listResponses } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, getDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { getResponse, listRevisions, saveResponse } from '../../../src/lib/storage/responses.ts';
import {
	addStatement,
	backUpEverything,
	exportStatement,
	mergeStatement,
	planRestore,
	planStatementImport,
	restoreBackup
} from '../../../src/lib/storage/transfer.ts';

async function newStatement(council = 'Anytown Borough Council') {
	return createAssessment({
		...emptyDetailsInput(),
		council,
		service: 'Children and Learning',
		panel: 'Children and Families Scrutiny Panel',
		meetingDate: { day: '25', month: '3', year: '2026' },
		coordinatorName: 'Sam Patel',
		coordinatorDesignation: 'Quality Assurance Unit Manager'
	});
}

async function answer(assessmentId: string, questionId: string, statement: string) {
	const current = await getResponse(assessmentId, questionId);
	return saveResponse({
		assessmentId,
		questionId,
		draft: { ...emptyDraft([]), statement },
		baseRev: current?.rev ?? 0,
		author: 'test'
	});
}

/** The file as another device would receive it: written out and read back through the validator. */
function roundTrip(file: StatementFile): StatementFile {
	const result = readExchangeFile(serialise(file));
	if (!result.ok || result.file.type !== 'scrutiny-position-statement') throw new Error('round trip failed');
	return result.file;
}

/** Moves to a fresh, empty "other device". */
function otherDevice() {
	useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`));
}

beforeEach(() => otherDevice());

describe('statement files', () => {
	it('carry a statement to another device intact', async () => {
		const a = await newStatement();
		await answer(a.id, 'careless-1-1', 'Four young people are in unregulated homes.');
		const file = roundTrip(await exportStatement(a.id));

		otherDevice();
		const plan = await planStatementImport(file);
		expect(plan.kind).toBe('new');
		await addStatement(file, false);
		expect((await getAssessment(a.id))?.council).toBe('Anytown Borough Council');
		expect((await getResponse(a.id, 'careless-1-1'))?.statement).toBe('Four young people are in unregulated homes.');
	});

	it('can be added as a copy beside the original, with new ids', async () => {
		const a = await newStatement();
		await answer(a.id, 'careless-1-1', 'Text');
		const file = roundTrip(await exportStatement(a.id));
		const copyId = await addStatement(file, true);
		expect(copyId).not.toBe(a.id);
		expect((await listAssessments()).map((x) => x.title).sort()).toEqual([
			'Position statement against LGSCO areas of focus',
			'Position statement against LGSCO areas of focus (copy)'
		]);
		const copied = await getResponse(copyId, 'careless-1-1');
		expect(copied?.statement).toBe('Text');
		expect(await listRevisions(copied?.id ?? '')).toHaveLength(1);
	});

	it('merge: takes answers changed only in the file, keeps those changed only here, asks about the rest', async () => {
		const a = await newStatement();
		await answer(a.id, 'careless-1-1', 'Shared start');
		await answer(a.id, 'careless-1-2', 'Shared start');
		await answer(a.id, 'careless-2-1', 'Shared start');
		const shared = roundTrip(await exportStatement(a.id));
		const here = getDatabase();

		// The colleague's device: changes 1.1 and 2.1, adds 2.2.
		otherDevice();
		await addStatement(shared, false);
		await answer(a.id, 'careless-1-1', 'Changed by the colleague');
		await answer(a.id, 'careless-2-1', 'Colleague’s version');
		await answer(a.id, 'careless-2-2', 'New from the colleague');
		const back = roundTrip(await exportStatement(a.id));

		// This device meanwhile changed 1.2 and 2.1.
		useDatabase(here);
		await answer(a.id, 'careless-1-2', 'Changed here');
		await answer(a.id, 'careless-2-1', 'My version');

		const plan = await planStatementImport(back);
		if (plan.kind !== 'existing') throw new Error('expected a merge');
		const actions = Object.fromEntries(plan.steps.map((s) => [s.questionId, s.action]));
		expect(actions).toEqual({
			'careless-1-1': 'take-theirs',
			'careless-1-2': 'keep-mine',
			'careless-2-1': 'conflict',
			'careless-2-2': 'add'
		});

		await expect(mergeStatement(back, {}, 'Sam')).rejects.toThrow('Choose which version to keep for question careless-2-1');
		expect((await getResponse(a.id, 'careless-1-1'))?.statement).toBe('Shared start');

		await mergeStatement(back, { 'careless-2-1': 'theirs' }, 'Sam');
		const texts = Object.fromEntries((await listResponses(a.id)).map((r) => [r.questionId, r.statement]));
		expect(texts).toEqual({
			'careless-1-1': 'Changed by the colleague',
			'careless-1-2': 'Changed here',
			'careless-2-1': 'Colleague’s version',
			'careless-2-2': 'New from the colleague'
		});
		// The version not chosen is still in the history.
		const conflicted = await getResponse(a.id, 'careless-2-1');
		const history = (await listRevisions(conflicted?.id ?? '')).map((r) => r.statement);
		expect(history).toContain('My version');
		expect(history).toContain('Colleague’s version');
	});
});

describe('recommendations in statement files', () => {
	it('keep the progress recorded on each device when the copies are merged, both ways', async () => {
		await saveProfile({ name: 'Sam Patel', role: 'officer', designation: 'Head of Service' });
		const a = await newStatement();
		const recommendation = await addRecommendation({
			...emptyRecommendationInput(a.id),
			meetingDate: { day: '25', month: '3', year: '2026' },
			itemTitle: 'LGSCO report: Careless',
			text: 'That the panel receives the sufficiency strategy.'
		});
		const first = getDatabase();
		const file = roundTrip(await exportStatement(a.id));
		otherDevice();
		const second = getDatabase();
		await addStatement(file, false);
		await saveProfile({ name: 'Amy Khan', role: 'officer', designation: 'IRO Team Manager' });

		const progress = (status: 'review' | 'complete', actionTaken: string) => ({
			id: recommendation.id,
			status,
			reviewMonth: { month: status === 'review' ? '9' : '', year: status === 'review' ? '2026' : '' },
			actionTaken,
			seenUpdatedAt: recommendation.updatedAt
		});
		useDatabase(first);
		await recordProgress(progress('review', 'Strategy drafted.'));
		await new Promise((resolve) => setTimeout(resolve, 3));
		useDatabase(second);
		await recordProgress(progress('complete', 'Strategy received.'));

		const fromSecond = roundTrip(await exportStatement(a.id));
		useDatabase(first);
		const fromFirst = roundTrip(await exportStatement(a.id));
		await mergeStatement(fromSecond, {}, 'Sam Patel');
		const onFirst = await getRecommendation(recommendation.id);
		expect(onFirst?.history.map((h) => h.status)).toEqual(['outstanding', 'review', 'complete']);
		expect(onFirst).toMatchObject({ status: 'complete', actionTaken: 'Strategy received.', reviewMonth: '' });
		useDatabase(second);
		await mergeStatement(fromFirst, {}, 'Amy Khan');
		expect(await getRecommendation(recommendation.id)).toEqual(onFirst);
	});
});

describe('backups', () => {
	it('restore everything on another device, or add only what is missing', async () => {
		const a = await newStatement('Anytown Borough Council');
		await answer(a.id, 'careless-1-1', 'Anytown answer');
		const b = await newStatement('Othertown Council');
		await answer(b.id, 'careless-1-1', 'Othertown answer');
		const backup = await backUpEverything();

		otherDevice();
		const local = await newStatement('Thirdtown Council');
		const plan = await planRestore(backup);
		expect(plan.newStatements.map((s) => s.council).sort()).toEqual(['Anytown Borough Council', 'Othertown Council']);
		expect(plan.onlyHere.map((s) => s.council)).toEqual(['Thirdtown Council']);

		await restoreBackup(backup, 'add-missing');
		expect((await listAssessments()).map((s) => s.council).sort()).toEqual(['Anytown Borough Council', 'Othertown Council', 'Thirdtown Council']);

		await restoreBackup(backup, 'replace');
		expect((await listAssessments()).map((s) => s.council).sort()).toEqual(['Anytown Borough Council', 'Othertown Council']);
		expect(await getAssessment(local.id)).toBeUndefined();
		expect((await getResponse(b.id, 'careless-1-1'))?.statement).toBe('Othertown answer');
	});

	it('carry the question sets loaded on the device, checked like any file, and restore them', async () => {
		const read = readQuestionSetFile(readFileSync(new URL('../../../examples/question-set-template.json', import.meta.url), 'utf8'));
		if (!read.ok) throw new Error('the template does not read');
		await loadQuestionSet(read.framework);
		const backup = await backUpEverything();
		expect(readExchangeFile(serialise(backup)).ok).toBe(true);

		otherDevice();
		expect(await listQuestionSets()).toEqual([]);
		await restoreBackup(backup, 'add-missing');
		expect((await listQuestionSets()).map((s) => [s.id, s.edition])).toEqual([[read.framework.id, read.framework.edition]]);
		await restoreBackup(backup, 'add-missing');
		expect(await listQuestionSets()).toHaveLength(1);
		await restoreBackup(backup, 'replace');
		expect(await listQuestionSets()).toHaveLength(1);
	});
});
