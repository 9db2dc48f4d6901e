import { beforeEach, describe, expect, it } from 'vitest';
import { readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import type { BackupFile, StatementFile } from '../../../src/lib/domain/file-format/schema.ts';
import { serialise } from '../../../src/lib/domain/file-format/write.ts';
import { statementSummaryRecord } from '../../../src/lib/domain/progress.ts';
import { emptyDraft } from '../../../src/lib/domain/response.ts';
import { loadStatementSummaries } from '../../../src/lib/state/statements.ts';
import { createAssessment, deleteAssessment, getAssessment, listResponses } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, getDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { saveFigure } from '../../../src/lib/storage/figures.ts';
import { addLocalArea, addLocalQuestion } from '../../../src/lib/storage/local-questions.ts';
import { startNextStatement } from '../../../src/lib/storage/next-statement.ts';
import { getResponse, saveResponse } from '../../../src/lib/storage/responses.ts';
import { takeShared } from '../../../src/lib/storage/sync-merge.ts';
import { addStatement, backUpEverything, exportStatement, mergeStatement, restoreBackup } from '../../../src/lib/storage/transfer.ts';
import { detailsInput } from './helpers.ts';

/**
 * The home screen's progress and "last edited" come from one summary row per
 * statement, kept in the same transaction as every write that changes the
 * statement's answers or questions. After each such write the row must equal
 * what the statement's own answers give.
 */

function newDevice(): void {
	useDatabase(new ScrutinyDatabase(`summaries-${crypto.randomUUID()}`));
}
beforeEach(newDevice);

async function answer(assessmentId: string, questionId: string, statement: string, status: 'in-progress' | 'agreed' = 'in-progress') {
	const current = await getResponse(assessmentId, questionId);
	return saveResponse({ assessmentId, questionId, draft: { ...emptyDraft([]), statement, status }, baseRev: current?.rev ?? 0, author: 'Sam Patel' });
}

/** The stored row, checked against what the statement's answers give now. */
async function storedSummary(assessmentId: string) {
	const row = await getDatabase().statementSummaries.get(assessmentId);
	const assessment = await getAssessment(assessmentId);
	if (!assessment) throw new Error('no statement');
	expect(row).toEqual(statementSummaryRecord(assessment, await listResponses(assessmentId)));
	return row!;
}

function roundTrip<T extends StatementFile | BackupFile>(file: T): T {
	const result = readExchangeFile(serialise(file));
	if (!result.ok) throw new Error('round trip failed');
	return result.file as T;
}

describe("a statement's summary row", () => {
	it('is written when the statement is made, and moves on with each answer saved', async () => {
		const a = await createAssessment(detailsInput());
		expect(await storedSummary(a.id)).toMatchObject({ total: 20, answered: 0, lastEdited: a.updatedAt });

		const first = await answer(a.id, 'careless-1-1', 'Four young people are in unregulated homes.');
		expect(await storedSummary(a.id)).toMatchObject({ answered: 1, lastEdited: first.updatedAt });
		await answer(a.id, 'careless-1-1', 'Agreed words.', 'agreed');
		await answer(a.id, 'careless-1-2', 'Still writing.');
		const row = await storedSummary(a.id);
		expect(row).toMatchObject({ answered: 2 });
		expect(row.byStatus).toMatchObject({ agreed: 1, 'in-progress': 1, 'not-started': 18 });
	});

	it('follows a figure saved on its own screen', async () => {
		const a = await createAssessment(detailsInput());
		const saved = await saveFigure({
			assessmentId: a.id,
			questionId: 'careless-2-1',
			figure: { id: 'f1', indicator: 'Placed far away', value: 38, unit: '%', period: '2025-26', comparators: [], direction: 'down', source: 'SSDA903' },
			original: undefined,
			proposedPrinciples: [],
			author: 'Priya Shah'
		});
		expect((await storedSummary(a.id)).lastEdited).toBe(saved.updatedAt);
	});

	it("counts the panel's own questions as they are added", async () => {
		const a = await createAssessment(detailsInput());
		const area = await addLocalArea(a.id, 'Care leavers');
		await addLocalQuestion(a.id, area, { text: 'How many care leavers are in touch?', principleIds: [] });
		expect((await storedSummary(a.id)).total).toBe(21);
	});

	it('is removed with its statement', async () => {
		const a = await createAssessment(detailsInput());
		await answer(a.id, 'careless-1-1', 'Words.');
		await deleteAssessment(a.id);
		expect(await getDatabase().statementSummaries.count()).toBe(0);
	});

	it('comes with a statement added from a file or carried on to the next meeting, and follows a merge', async () => {
		const a = await createAssessment(detailsInput());
		await answer(a.id, 'careless-1-1', 'Words from the first device.');
		const file = roundTrip(await exportStatement(a.id));

		newDevice();
		await addStatement(file, false);
		expect((await storedSummary(a.id)).answered).toBe(1);
		await answer(a.id, 'careless-1-2', 'Words from the second device.');
		const back = roundTrip(await exportStatement(a.id));

		const next = await startNextStatement(a.id, { day: '1', month: '9', year: '2027' });
		expect((await storedSummary(next)).answered).toBe(2);

		// Back on a device holding only the first answer: the merge brings the second.
		newDevice();
		await addStatement(file, false);
		await mergeStatement(back, {}, 'Sam Patel');
		expect((await storedSummary(a.id)).answered).toBe(2);
	});

	it("follows what a shared statement's documents bring", async () => {
		const a = await createAssessment(detailsInput());
		await answer(a.id, 'careless-1-1', 'First.');
		const shared = (await exportStatement(a.id)).data;
		newDevice();
		await takeShared(shared, 'edit', 'Priya Shah');
		expect((await storedSummary(a.id)).answered).toBe(1);
	});

	it('is rebuilt from the file when a backup is restored, and is never in a file', async () => {
		const a = await createAssessment(detailsInput());
		await answer(a.id, 'careless-1-1', 'Words.');
		const b = await createAssessment(detailsInput({ council: 'Othertown Council' }));
		const backup = roundTrip(await backUpEverything());
		expect(JSON.stringify(backup)).not.toContain('statementSummaries');
		expect(JSON.stringify(backup)).not.toContain('lastEdited');

		newDevice();
		await restoreBackup(backup, 'replace');
		expect((await storedSummary(a.id)).answered).toBe(1);
		expect((await storedSummary(b.id)).answered).toBe(0);

		newDevice();
		const c = await createAssessment(detailsInput({ council: 'Thirdtown Council' }));
		await restoreBackup(backup, 'add-missing');
		expect(await getDatabase().statementSummaries.count()).toBe(3);
		expect((await storedSummary(a.id)).answered).toBe(1);
		expect((await storedSummary(c.id)).answered).toBe(0);
	});
});

describe('the home screen', () => {
	it('shows progress and last edited from the summary rows, newest first, without reading the answers', async () => {
		const a = await createAssessment(detailsInput());
		const b = await createAssessment(detailsInput({ council: 'Othertown Council' }));
		const saved = await answer(a.id, 'careless-1-1', 'Words.');
		const db = getDatabase();
		const readAnswers = (r: { id: string }) => {
			throw new Error(`the home screen read an answer (${r.id})`);
		};
		db.responses.hook('reading', readAnswers);
		try {
			const list = await loadStatementSummaries();
			expect(list.map((s) => s.assessment.id)).toEqual([a.id, b.id]);
			expect(list[0]).toMatchObject({ lastEdited: saved.updatedAt, progress: { answered: 1, total: 20 } });
		} finally {
			db.responses.hook('reading').unsubscribe(readAnswers);
		}
	});
});
