import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { newAssessment } from '../../../src/lib/domain/assessment.ts';
import { frameworks } from '../../../src/lib/domain/frameworks/index.ts';
import type { Assessment, Response } from '../../../src/lib/domain/types.ts';
import { buildExportDocument, type ExportDocument, type ExportVersion } from '../../../src/lib/export/model.ts';
import { questionSetLines } from '../../../src/lib/export/wording.ts';
import { registerPdfFonts, type PdfFonts } from '../../../src/lib/export/pdf/fonts.ts';
import { measureFor, type Measure } from '../../../src/lib/export/pdf/measure.ts';
import { WIDE_WIDTH, layoutQuestionRow, reporterLines } from '../../../src/lib/export/pdf/question-row.ts';
import { renderPdfReport } from '../../../src/lib/export/pdf/render-pdf.ts';
import { PAGE, TABLE, footerRuleY } from '../../../src/lib/export/pdf/theme.ts';
import { answer, diskFonts, exampleStatement, mmFromTopToPdfY, readPdf, type ReadPdf, type TextItem } from './pdf-reader.ts';

/**
 * The position statement PDF page by page, as a reader of the agenda pack
 * sees it: rows that fit on a page are never split, a long answer never
 * leaves one line alone at the foot or the top of a page, the title block
 * names the appendix once, the exempt banner is large at the top of every
 * page, columns are wide enough for the questions' words, and a statement
 * using several question sets says which set each area comes from.
 */

// Several tests render more than one PDF; under a full parallel run each takes a few seconds.
vi.setConfig({ testTimeout: 60_000 });

const NOW = '2026-03-20T10:00:00.000Z';
const BANNER = 'EXEMPT – NOT FOR PUBLICATION';

let fonts: PdfFonts;
let measure: Measure;

beforeAll(async () => {
	fonts = await diskFonts();
	const pdf = new jsPDF({ unit: 'mm', format: 'a4' });
	registerPdfFonts(pdf, fonts);
	measure = measureFor(pdf);
});

async function render(doc: ExportDocument, keepAs?: string): Promise<ReadPdf> {
	const report = await renderPdfReport(doc, fonts);
	expect(report.misplacedChunks).toBe(0);
	// PDF_OUT_DIR=/tmp/pdffix npx vitest run tests/unit/export/pdf-pages.test.ts keeps the example's files to look at.
	const out = process.env.PDF_OUT_DIR;
	if (out && keepAs) writeFileSync(join(out, keepAs), report.bytes);
	return readPdf(report.bytes);
}

function exampleDoc(version: ExportVersion, change: (responses: Response[]) => Response[] = (r) => r, includeSummary = false): ExportDocument {
	const { assessment, responses } = exampleStatement();
	return buildExportDocument(assessment, change(responses), { version, includeSummary, now: NOW });
}

/** Words that can each be found again: `p001`, `p002`, … */
const tokens = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(3, '0')}`);

/** Replaces the answer to `questionId` (or adds one) with `statement`. */
function withAnswer(questionId: string, statement: string, reporters = [{ name: 'Priya Shah', designation: 'Head of Placements and Commissioning' }]) {
	return (responses: Response[]): Response[] => {
		const template = responses[0];
		if (!template) throw new Error('The example has no answers');
		const plain = { reporters, figures: [], actions: [], exempt: false, exemptionCategory: '', notApplicable: false, notApplicableReason: '' };
		return [...responses.filter((r) => r.questionId !== questionId), answer(template, questionId, statement, plain)];
	};
}

/** The text items above the footer rule (the footer's own lines are below it). */
function bodyItems(pdf: ReadPdf, page: number, footerLines: number): TextItem[] {
	const rule = mmFromTopToPdfY(footerRuleY(footerLines));
	return pdf.pages[page]?.items.filter((i) => i.y > rule) ?? [];
}

/** How many printed lines (distinct baselines) of words starting `prefix` each page holds. */
function linesPerPage(pdf: ReadPdf, prefix: string): number[] {
	const word = new RegExp(`\\b${prefix}\\d{3}\\b`);
	return pdf.pages.map((p) => new Set(p.items.filter((i) => word.test(i.str)).map((i) => Math.round(i.y * 10))).size);
}

const pagesWith = (pdf: ReadPdf, text: string) => pdf.pages.flatMap((p, i) => (p.text.includes(text) ? [i] : []));

function questionOf(doc: ExportDocument, number: string) {
	const question = doc.areas.flatMap((a) => a.questions).find((q) => q.number === number);
	if (!question) throw new Error(`No question ${number}`);
	return question;
}

describe('rows across pages', () => {
	it('prints every question of the example whole on one page, in both versions, with the start of its answer and its reporters', async () => {
		for (const version of ['public', 'exempt'] as const) {
			const doc = exampleDoc(version);
			const pdf = await render(doc);
			for (const question of doc.areas.flatMap((a) => a.questions)) {
				expect(pagesWith(pdf, `${question.number} ${question.text}`), `${version}: ${question.number}`).toHaveLength(1);
			}
			const [page] = pagesWith(pdf, `2.1 ${questionOf(doc, '2.1').text}`);
			const text = pdf.pages[page ?? -1]?.text ?? '';
			// The question, the start of its answer and all its reporters share the first page of the row.
			for (const part of ['112 children (38%)', 'Priya Shah', 'Tom Reid']) expect(text, part).toContain(part);
		}
	});

	it('starts the table on the first page, under the title block, with the first question whole there', async () => {
		const doc = exampleDoc('public');
		const pdf = await render(doc);
		const first = pdf.pages[0]?.text ?? '';
		expect(first).toContain('Area of focus Position statement Reporter Designation 1. Accommodation for 16 and 17 year olds');
		expect(first).toContain(`1.1 ${questionOf(doc, '1.1').text}`);
	});

	it('never splits a row that fits on one page, however long its answer is (up to a page)', async () => {
		for (const [number, id, count] of [
			['2.1', 'careless-2-1', 40],
			['2.1', 'careless-2-1', 120],
			['2.1', 'careless-2-1', 200],
			['2.1', 'careless-2-1', 300],
			['4.3', 'careless-4-3', 30],
			['4.3', 'careless-4-3', 60],
			['4.3', 'careless-4-3', 110],
			['4.3', 'careless-4-3', 220]
		] as const) {
			const words = tokens('s', count);
			const doc = exampleDoc('public', withAnswer(id, words.join(' ')));
			const pdf = await render(doc);
			const pages = linesPerPage(pdf, 's').flatMap((lines, i) => (lines > 0 ? [i] : []));
			expect(pages, `${number} with ${count} words`).toHaveLength(1);
			expect(pagesWith(pdf, `${number} ${questionOf(doc, number).text}`)).toEqual(pages);
		}
	});

	it('splits a row taller than a page with the question whole at the start and at least two lines of the answer on every page', async () => {
		const text = questionOf(exampleDoc('public'), '4.3').text;
		// A sweep of lengths, so some split lands one line short of a page end.
		for (let count = 560; count < 650; count += 9) {
			const words = tokens('o', count);
			const paragraphs: string[] = [];
			for (let i = 0; i < words.length; i += 45) paragraphs.push(words.slice(i, i + 45).join(' '));
			const pdf = await render(exampleDoc('public', withAnswer('careless-4-3', paragraphs.join('\n\n'))));
			const lines = linesPerPage(pdf, 'o');
			const pages = lines.flatMap((n, i) => (n > 0 ? [i] : []));
			expect(pages.length, `4.3 with ${count} words`).toBeGreaterThanOrEqual(2);
			for (const page of pages) expect(lines[page], `4.3 with ${count} words, page ${page + 1}`).toBeGreaterThanOrEqual(2);
			expect(pagesWith(pdf, `4.3 ${text}`)).toEqual([pages[0]]);
			for (const page of pages.slice(1)) expect(pdf.pages[page]?.text).toContain('4.3 (continued)');
			// Every word once, in order.
			expect(pdf.pages.flatMap((p) => p.items.flatMap((i) => i.str.split(/\s+/))).filter((w) => /^o\d{3}$/.test(w))).toEqual(words);
			// Nothing reaches the footer.
			const rule = mmFromTopToPdfY(footerRuleY(2));
			for (const page of pages) for (const item of bodyItems(pdf, page, 2)) expect(item.y - item.size * 0.22).toBeGreaterThan(rule);
		}
	});
});

describe('tables inside an answer', () => {
	it('move whole to the next page, head row and all, rather than split between rows', async () => {
		const table = ['| Theme | Progress |', '| --- | --- |', ...Array.from({ length: 6 }, (_, i) => `| tablerow${i + 1} | on track |`)].join('\n');
		for (let count = 380; count <= 560; count += 30) {
			const statement = `${tokens('b', count).join(' ')}\n\n${table}\n\n${tokens('a', 60).join(' ')}`;
			const pdf = await render(exampleDoc('public', withAnswer('careless-2-1', statement)));
			const head = pagesWith(pdf, 'Theme Progress tablerow1');
			expect(head, `${count} words before`).toHaveLength(1);
			expect(pagesWith(pdf, 'tablerow6 on track'), `${count} words before`).toEqual(head);
		}
	});
});

describe('the title block', () => {
	it('names the appendix once on the first page, above the table', async () => {
		for (const version of ['public', 'exempt'] as const) {
			const pdf = await render(exampleDoc(version));
			const body = bodyItems(pdf, 0, version === 'exempt' ? 3 : 2)
				.map((i) => i.str)
				.join(' ');
			expect(body.match(/Appendix 2/g), version).toHaveLength(1);
			expect(body).toMatch(/Appendix 2 Position statement against LGSCO areas of focus Council Anytown Borough Council/);
		}
	});
});

describe('the exempt banner', () => {
	it('is large, at the top of every page, clear of everything else on it', async () => {
		const pdf = await render(exampleDoc('exempt'));
		pdf.pages.forEach((page, i) => {
			const banners = page.items.filter((item) => item.str === BANNER);
			expect(banners, `page ${i + 1}`).toHaveLength(2);
			const top = banners.reduce((a, b) => (a.y > b.y ? a : b));
			expect(top.size).toBeGreaterThanOrEqual(12);
			expect(top.size).toBeLessThanOrEqual(14);
			// It is the highest text on the page, inside the top margin, with room between it and the first line below.
			const below = page.items.filter((item) => item !== top);
			const highest = Math.max(...below.map((item) => item.y + item.size));
			expect(top.y).toBeGreaterThan(mmFromTopToPdfY(PAGE.top));
			expect(top.y - top.size * 0.25 - highest, `page ${i + 1}`).toBeGreaterThan(8);
		});
	});

	it('is not on the public version', async () => {
		const pdf = await render(exampleDoc('public'));
		expect(pdf.pages.map((p) => p.text).join(' ')).not.toContain(BANNER);
	});
});

describe('column widths', () => {
	const lineWords = (line: { segments: { text: string }[] }) =>
		line.segments
			.map((s) => s.text)
			.join(' ')
			.split(/\s+/)
			.filter(Boolean);

	it('give the answer at least half the table, and the question more room than the reporter and designation', () => {
		const [question = 0, answerWidth = 0, reporter = 0, designation = 0] = TABLE.widths;
		const total = question + answerWidth + reporter + designation;
		expect(answerWidth / total).toBeGreaterThanOrEqual(0.5);
		expect(question).toBeGreaterThan(designation);
		expect(question).toBeGreaterThan(reporter);
	});

	it('put a question’s figures and actions across the answer, reporter and designation columns, below the reporters', () => {
		const questions = exampleDoc('exempt').areas.flatMap((a) => a.questions);
		let wide = 0;
		for (const q of questions) {
			const row = layoutQuestionRow(q, measure);
			const reporters = (row.columns[2] ?? []).reduce((bottom, item) => Math.max(bottom, item.top + item.height), 0);
			for (const item of row.columns[1] ?? []) {
				if (!item.wide) continue;
				wide += 1;
				expect(item.top, q.number).toBeGreaterThanOrEqual(reporters);
				if (item.kind === 'chart') expect(item.x + item.width).toBeLessThanOrEqual(WIDE_WIDTH + 1e-6);
				if (item.kind === 'table-row') {
					const last = item.columns.at(-1);
					expect(item.x + (last ? last.x + last.width : 0)).toBeLessThanOrEqual(WIDE_WIDTH + 1e-6);
				}
			}
			expect((row.columns[1] ?? []).filter((item) => !item.wide).every((item) => item.kind !== 'chart')).toBe(true);
		}
		expect(wide).toBeGreaterThan(0);
		expect(WIDE_WIDTH).toBeCloseTo(TABLE.widths[1] - 2 * TABLE.padX + TABLE.widths[2] + TABLE.widths[3]);
	});

	it('break no word of any question, in any question set, in the middle', () => {
		const base = questionOf(exampleDoc('public'), '2.3');
		for (const set of frameworks) {
			for (const area of set.areas) {
				for (const q of area.questions) {
					const row = layoutQuestionRow({ ...base, id: q.id, number: '10.10', text: q.text }, measure);
					// A line may break after a slash between words ("future/" then "commissioning"), never inside a word.
					const words = new Set(['10.10', ...q.text.split(/\s+/).flatMap((w) => [w, ...w.split(/(?<=\/)/)])]);
					for (const item of row.columns[0] ?? []) {
						if (item.kind !== 'line') continue;
						for (const word of lineWords(item)) expect(words.has(word), `"${word}" in ${set.shortTitle}: ${q.text}`).toBe(true);
					}
				}
			}
		}
	});

	it('break no word of a usual name or designation in the middle', () => {
		const reporters = [
			{ name: 'Dr Anne Hughes', designation: 'Head of Placements and Commissioning' },
			{ name: 'Priya Shah', designation: 'Virtual School Head' },
			{ name: 'Mark Ellis', designation: 'Independent Reviewing Officer Team Manager' },
			{ name: 'Jo Bloggs', designation: 'Head of Safeguarding and Participation' },
			{ name: 'Mohammed Iqbal', designation: 'Team Manager, Leaving Care' },
			{ name: 'Christopher Montgomery', designation: 'Head of Commissioning, Transformation and Performance' },
			{ name: 'Gwenllïan Worthington', designation: 'Designated Teacher Responsibilities Coordinator' }
		];
		const words = new Set(reporters.flatMap((r) => `${r.name} ${r.designation}`.split(/\s+/)));
		for (const line of reporterLines(reporters, measure)) for (const word of lineWords(line)) expect(words.has(word), word).toBe(true);
	});
});

describe('a statement that uses more than one question set', () => {
	function twoSetDoc(): ExportDocument {
		const { assessment } = exampleStatement();
		const details = { ...assessment };
		const two: Assessment = newAssessment(
			details,
			[
				{ id: 'lgsco-careless-2020', edition: '2020-12' },
				{ id: 'lga-corporate-parenting-kloe', edition: '2017' }
			],
			'two-sets',
			'2026-03-01T09:00:00.000Z'
		);
		return buildExportDocument(two, [], { version: 'public', includeSummary: false, now: NOW });
	}

	it('names each set once, in a heading row above its first area, and lists the sets with their areas in the title block', async () => {
		const doc = twoSetDoc();
		const pdf = await render(doc, 'two-sets.pdf');
		const all = pdf.pages.map((p) => p.text).join(' ');
		expect(all.match(/Question set: LGSCO Careless \(December 2020\)/g)).toHaveLength(1);
		expect(all.match(/Question set: LGA corporate parenting lines of enquiry \(2017\)/g)).toHaveLength(1);
		expect(all).toContain('Question set: LGSCO Careless (December 2020) 1. Accommodation for 16 and 17 year olds');
		expect(all).toContain('Question set: LGA corporate parenting lines of enquiry (2017) 6. Key lines of enquiry for all councillors');
		expect(pdf.pages[0]?.text).toContain('Question sets LGSCO Careless (December 2020): areas 1 to 5 LGA corporate parenting lines of enquiry (2017): area 6');
		// The outline still points at each area.
		expect(pdf.outline.map((o) => o.title)).toContain('6. Key lines of enquiry for all councillors');
	});

	it('lists each set with its areas in words', () => {
		const area = (number: number, setTitle: string) => ({ number, setTitle });
		expect(questionSetLines({ areas: [area(1, 'A'), area(2, 'A'), area(3, 'A'), area(4, 'B'), area(5, 'Local questions')] })).toEqual([
			'A: areas 1 to 3',
			'B: area 4',
			'Local questions: area 5'
		]);
		expect(questionSetLines({ areas: [area(1, 'A'), area(2, 'B'), area(3, 'A'), area(5, 'A')] })).toEqual(['A: areas 1, 3 and 5', 'B: area 2']);
		expect(questionSetLines({ areas: [area(1, 'A'), area(2, 'A')] })).toEqual([]);
	});

	it('says nothing about sets when there is only one', async () => {
		const pdf = await render(exampleDoc('public'));
		expect(pdf.pages.map((p) => p.text).join(' ')).not.toMatch(/Question sets?\b/);
	});
});

describe('the example statement', () => {
	it('renders both versions without a misplaced chunk', async () => {
		for (const version of ['public', 'exempt'] as const) {
			const pdf = await render(exampleDoc(version, (r) => r, true), `example-${version}.pdf`);
			expect(pdf.pages.length).toBeGreaterThan(3);
		}
	});
});
