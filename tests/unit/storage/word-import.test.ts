import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { placedQuestions } from '../../../src/lib/domain/frameworks/index.ts';
import { importWrite, planRows } from '../../../src/lib/domain/word-import/plan.ts';
import type { WordRow } from '../../../src/lib/domain/word-import/read.ts';
import { listAssessments, listResponses } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, getDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { ValidationError } from '../../../src/lib/storage/errors.ts';
import { listRevisions } from '../../../src/lib/storage/responses.ts';
import { importWordStatement } from '../../../src/lib/storage/word-import.ts';
import { detailsInput } from './helpers.ts';

beforeEach(() => {
	useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`));
});

const SETS = [{ id: 'lgsco-careless-2020', edition: 'December 2020' }];
const questions = placedQuestions(SETS);

function row(rowNumber: number, questionText: string, answer: string, area = ''): WordRow {
	return {
		rowNumber,
		area,
		questionText,
		answer,
		reporters: [
			{ name: 'Data team / Brett Purdy', designation: 'Performance' },
			{ name: 'Jo Smith', designation: 'Head of Service' }
		],
		selfRating: 'one-to-watch',
		ratingText: 'Amber',
		warnings: []
	};
}

const rows = [
	row(3, 'How many placement moves does a child in care have on average?', 'Two a year, **down** from three.'),
	row(4, 'Youth justice: how many children in care offend?', 'Eleven in 2025.', '6. Youth justice'),
	row(5, 'Notes', '')
];

describe('storing a statement imported from Word', () => {
	it('stores the statement, the panel’s own question and every answer, each first version noting the file', async () => {
		const write = importWrite(planRows(rows, questions), questions, 'From the Word document');
		const id = await importWordStatement({ details: detailsInput(), frameworkIds: ['lgsco-careless-2020'], write, fileName: 'Appendix 2.docx', author: 'Sam Patel, Quality Assurance Lead' });
		const [statement] = await listAssessments();
		expect(statement?.id).toBe(id);
		expect(statement?.localAreas).toEqual([{ id: expect.any(String), title: 'Youth justice', questions: [{ id: expect.stringMatching(/^local-/), text: 'Youth justice: how many children in care offend?', principleIds: [] }] }]);
		const responses = await listResponses(id);
		expect(responses).toHaveLength(2);
		const moves = responses.find((r) => r.questionId === 'careless-2-2');
		expect(moves).toMatchObject({
			statement: 'Two a year, **down** from three.',
			reporters: rows[0]!.reporters,
			selfRating: 'one-to-watch',
			status: 'in-progress',
			rev: 1
		});
		const local = responses.find((r) => r.questionId === statement?.localAreas[0]?.questions[0]?.id);
		expect(local?.statement).toBe('Eleven in 2025.');
		const history = await listRevisions(moves!.id);
		expect(history.map((r) => r.savedBy)).toEqual(['Sam Patel, Quality Assurance Lead (imported from Appendix 2.docx)']);
	});

	it('writes nothing when the statement’s details are refused', async () => {
		const write = importWrite(planRows(rows, questions), questions, 'From the Word document');
		await expect(importWordStatement({ details: detailsInput({ council: '' }), frameworkIds: ['lgsco-careless-2020'], write, fileName: 'a.docx', author: '' })).rejects.toBeInstanceOf(ValidationError);
		expect(await listAssessments()).toEqual([]);
		expect(await getDatabase().responses.count()).toBe(0);
	});

	it('writes nothing when an answer is refused part-way (the statement is not left half imported)', async () => {
		const write = importWrite(planRows(rows, questions), questions, 'From the Word document');
		// An answer over the app's length limit, after the first answer and the panel's own question.
		write.answers.push({ questionId: 'careless-2-3', draft: { ...write.answers[0]!.draft, statement: 'x'.repeat(200_001) } });
		await expect(importWordStatement({ details: detailsInput(), frameworkIds: ['lgsco-careless-2020'], write, fileName: 'a.docx', author: '' })).rejects.toBeInstanceOf(ValidationError);
		expect(await listAssessments()).toEqual([]);
		expect(await getDatabase().responses.count()).toBe(0);
		expect(await getDatabase().revisions.count()).toBe(0);
	});
});
