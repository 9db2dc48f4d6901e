import { describe, expect, it } from 'vitest';
import { placedQuestions } from '../../../../src/lib/domain/frameworks/index.ts';
import { choiceProblems, importWrite, planForSets, planRows } from '../../../../src/lib/domain/word-import/plan.ts';
import { readWordDocument } from '../../../../src/lib/domain/word-import/read.ts';
import { renderDocx } from '../../../../src/lib/export/docx/render-docx.ts';
import { markdownToBlocks } from '../../../../src/lib/export/markdown-blocks.ts';
import { buildExportDocument } from '../../../../src/lib/export/model.ts';
import { NOW, RICH_ANSWER, exampleStatement } from '../../export/statement-fixtures.ts';
import { jsdomParser } from './make-docx.ts';

// Shapes the app's Word export draws with formatting alone, which come back as words without the shape:
// a quote (italic, indented), a heading (bold), a nested list, a list numbered from 2 or more, a column's alignment.
const WORD_LOSES = /^\s*>|^#{1,6} |^\s{2,}(?:[-*+]|\d+\.) |^(?:[2-9]|\d{2,})\. |:-|-:/m;

/** The words of an answer as the app shows them, without any formatting. */
function wordsOf(markdown: string): string {
	const texts: string[] = [];
	const walk = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(walk);
		if (value && typeof value === 'object') {
			for (const [key, v] of Object.entries(value)) {
				if (key === 'text' && typeof v === 'string') texts.push(v);
				else walk(v);
			}
		}
	};
	walk(markdownToBlocks(markdown));
	return texts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The app's own Word export, imported back: every answer comes back under
 * its question with the same words and formatting (compared as the blocks the
 * app renders), and the same reporters and designations.
 */
describe('importing the app’s own Word export', () => {
	it('gives back the same answers, reporters and designations, each under its question', async () => {
		const { assessment, responses } = exampleStatement();
		// Code blocks are not something Word knows: they come back as plain paragraphs, so the round trip stops before them.
		// Word keeps the words of the rest but not all its shapes: a heading comes back bold, a quote italic, a nested
		// list flat, a list numbered from 3 numbered from 1.
		// Figures and actions print inside the answer cell in Word; the importer reads them back as words of the answer.
		const plain = responses.map((r) => ({ ...r, figures: [], actions: [], exempt: false, exemptionCategory: '' }));
		const rich = plain.map((r) => (r.questionId === 'careless-2-5' ? { ...r, statement: RICH_ANSWER.split('\n\n`PEP-2026`')[0] ?? '' } : r));
		const bytes = await renderDocx(buildExportDocument(assessment, rich, { version: 'public', includeSummary: true, now: NOW }));
		const result = await readWordDocument(bytes, 'anytown.docx', jsdomParser);
		if (result.kind !== 'rows') throw new Error(JSON.stringify(result));
		expect(result.columns).toEqual(['question', 'answer', 'reporter', 'designation']);
		const planned = planForSets(result.rows, assessment.frameworks);
		expect(planned).toHaveLength(20);
		expect(planned.every((p) => p.match.level === 'sure')).toBe(true);
		const questions = placedQuestions(assessment);
		expect(choiceProblems(planned, questions)).toEqual([]);
		const write = importWrite(planned, questions, 'Imported');
		expect(write.localAreas).toEqual([]);
		let sameShape = 0;
		for (const original of rich) {
			const back = write.answers.find((a) => a.questionId === original.questionId);
			expect(back, original.questionId).toBeDefined();
			// Every word, in order, for every answer.
			expect(wordsOf(back?.draft.statement ?? ''), original.questionId).toBe(wordsOf(original.statement));
			// The same paragraphs, bold, italic, links, lists and tables wherever Word keeps the shape.
			if (!WORD_LOSES.test(original.statement)) {
				sameShape += 1;
				expect(markdownToBlocks(back?.draft.statement ?? ''), original.questionId).toEqual(markdownToBlocks(original.statement));
			}
			expect(back?.draft.reporters, original.questionId).toEqual(original.reporters);
			// The rating is written under the question ("Self-rating: One to watch") and read back from there.
			expect(back?.draft.selfRating, original.questionId).toBe(original.selfRating);
			expect(back?.draft.status).toBe('in-progress');
		}
		expect(sameShape).toBeGreaterThanOrEqual(12);
		// The example rates its answers with all three of the sector's words, so each is read back at least once.
		expect(new Set(rich.map((r) => r.selfRating))).toEqual(new Set(['going-well', 'one-to-watch', 'area-for-improvement']));
	}, 60_000);
});

describe('choices on the review screen', () => {
	const questions = placedQuestions([{ id: 'lgsco-careless-2020', edition: 'December 2020' }]);
	const row = (rowNumber: number, questionText: string, answer = 'An answer', area = '') => ({
		rowNumber,
		area,
		questionText,
		answer,
		reporters: [],
		selfRating: 'not-rated' as const,
		ratingText: '',
		warnings: []
	});

	it('starts an unmatched row with words as the panel’s own question, and an empty one as not a question', () => {
		const planned = planRows([row(2, 'How the panel wants to hear about youth justice'), row(3, 'Notes', '')], questions);
		expect(planned.map((p) => p.choice)).toEqual([{ kind: 'local' }, { kind: 'skip' }]);
	});

	it('refuses two rows given one question, naming both rows', () => {
		const planned = planRows([row(2, 'How many placement moves does a child in care have on average?'), row(4, 'Placement moves')], questions);
		planned[1]!.choice = { kind: 'question', questionId: 'careless-2-2' };
		expect(choiceProblems(planned, questions)).toEqual([
			{ field: 'row-4', message: 'Rows 2 and 4 are both matched to question 2.2: choose another question for row 4, or "not a question"' }
		]);
	});

	it('refuses an import where every row is not a question', () => {
		const planned = planRows([row(2, 'Stray', '')], questions);
		expect(choiceProblems(planned, questions)).toEqual([{ field: 'row-2', message: 'Every row is marked "not a question": choose a question for at least one row' }]);
	});

	it('groups the panel’s own questions under their Word area heading, without its number', () => {
		const planned = planRows(
			[row(2, '6.1 Youth justice: how many children in care offend?', 'Words', '6. Youth justice'), row(3, 'Health checks done on time?', 'More', '6. Youth justice'), row(4, 'Another', 'Yet more')],
			questions
		);
		const write = importWrite(planned, questions, 'From the Word document');
		expect(write.localAreas).toEqual([
			{ title: 'Youth justice', questions: [{ key: 'row-2', text: 'Youth justice: how many children in care offend?' }, { key: 'row-3', text: 'Health checks done on time?' }] },
			{ title: 'From the Word document', questions: [{ key: 'row-4', text: 'Another' }] }
		]);
		expect(write.answers.map((a) => a.localKey)).toEqual(['row-2', 'row-3', 'row-4']);
	});
});
