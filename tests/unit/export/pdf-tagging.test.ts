import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Response } from '../../../src/lib/domain/types.ts';
import { buildExportDocument, type Block, type ExportDocument, type Inline } from '../../../src/lib/export/model.ts';
import type { PdfFonts } from '../../../src/lib/export/pdf/fonts.ts';
import { chartAlt } from '../../../src/lib/export/pdf/figure-chart.ts';
import { answerBlocks } from '../../../src/lib/export/pdf/question-row.ts';
import { renderPdfReport } from '../../../src/lib/export/pdf/render-pdf.ts';
import { FIGURE_WORDS, actionsTable, figureTable, questionSetHeading, questionSetLines, titleDetails, titleHeading, versionNote } from '../../../src/lib/export/wording.ts';
import { answer, diskFonts, exampleStatement, numberedWords, printTags, qpdfCheck, readPdf, readTags, tagText, tagsOf, type ReadTags, type TagNode } from './pdf-reader.ts';

/**
 * The position statement PDF is a tagged PDF: read back with pdf.js (the
 * marked content on each page, each page's structure tree) and qpdf (the
 * whole structure tree, the catalogue), it has every piece of text in a
 * structure element or an artifact, the roles a screen reader needs, and the
 * document model's text in the model's order.
 */

const NOW = '2026-03-20T10:00:00.000Z';

/** jsPDF catches an exception in its event handlers, logs "jsPDF PubSub Error" and writes a broken file: fail on that log. */
const pubSubErrors: unknown[][] = [];
const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
	if (String(args[0]).includes('PubSub')) pubSubErrors.push(args);
});
afterAll(() => {
	spy.mockRestore();
	expect(pubSubErrors).toEqual([]);
});

function exampleDoc(version: 'public' | 'exempt', change: (responses: Response[]) => Response[] = (r) => r): ExportDocument {
	const { assessment, responses } = exampleStatement();
	return buildExportDocument(assessment, change(responses), { version, includeSummary: true, now: NOW });
}

let fonts: PdfFonts;
const rendered = new Map<string, { bytes: Uint8Array; tags: ReadTags; pages: number }>();

async function render(name: string, doc: ExportDocument): Promise<{ bytes: Uint8Array; tags: ReadTags; pages: number }> {
	const report = await renderPdfReport(doc, fonts);
	const out = process.env.PDF_OUT_DIR;
	if (out) writeFileSync(join(out, `pdf-tagging-${name}.pdf`), report.bytes);
	const result = { bytes: report.bytes, tags: await readTags(report.bytes), pages: report.pages };
	if (out) writeFileSync(join(out, `pdf-tagging-${name}.tags.txt`), printTags(result.tags.root));
	rendered.set(name, result);
	return result;
}

beforeAll(async () => {
	fonts = await diskFonts();
	await render('public', exampleDoc('public'));
	await render('exempt', exampleDoc('exempt'));
}, 60_000);

const get = (name: string) => {
	const r = rendered.get(name);
	if (!r) throw new Error(`${name} was not rendered`);
	return r;
};

// The document model's text, in reading order, as the PDF should give it through its structure tree.

const inlineText = (inlines: readonly Inline[]) => inlines.map((i) => (i.kind === 'text' ? i.text : ' ')).join('');

function blocksText(blocks: readonly Block[]): string[] {
	return blocks.flatMap((block): string[] => {
		switch (block.kind) {
			case 'paragraph':
			case 'heading':
				return [inlineText(block.inlines)];
			case 'list':
				return block.items.flatMap((item, i) => [block.ordered ? `${block.start + i}.` : '', ...blocksText(item)]);
			case 'quote':
				return blocksText(block.blocks);
			case 'table':
				return [...block.header.map(inlineText), ...block.rows.flatMap((row) => row.map(inlineText))];
			case 'code':
				return [block.text];
			case 'rule':
				return [];
		}
	});
}

/** The title block and the main table, from the model. */
function modelText(doc: ExportDocument): string {
	const parts: string[] = [];
	if (doc.appendixLabel.trim()) parts.push(doc.appendixLabel.trim());
	parts.push(titleHeading(doc));
	for (const [label, value] of titleDetails(doc)) parts.push(label, value);
	const sets = questionSetLines(doc);
	if (sets.length > 0) parts.push('Question sets', ...sets);
	const note = versionNote(doc);
	if (note) parts.push(note.text);
	parts.push(doc.columns.area, doc.columns.position, doc.columns.reporter, doc.columns.designation);
	const several = new Set(doc.areas.map((a) => a.setTitle)).size > 1;
	let previousSet: string | undefined;
	for (const area of doc.areas) {
		if (area.questions.length === 0) continue;
		if (several && area.setTitle !== previousSet) parts.push(questionSetHeading(area.setTitle));
		previousSet = area.setTitle;
		parts.push(`${area.number}. ${area.title}`);
		for (const q of area.questions) {
			parts.push(q.number, q.text, ...blocksText(answerBlocks(q.answer)));
			if (q.figures.length > 0) {
				parts.push(FIGURE_WORDS.figuresHeading);
				for (const figure of q.figures) parts.push(...blocksText([figureTable(figure)]), ...figure.chart.bars.flatMap((b) => [b.label, b.text]));
			}
			if (q.actions.length > 0) {
				const table = actionsTable(q.actions);
				parts.push(FIGURE_WORDS.actionsHeading, ...table.rows.flatMap((row) => row.flatMap((cell, c) => [inlineText(table.header[c] ?? []), inlineText(cell)])));
			}
			parts.push(...q.reporters.map((r) => r.name), ...q.reporters.map((r) => r.designation));
		}
	}
	return parts.join(' ');
}

/** Letters and digits only: spacing and punctuation between pieces of marked content are the reader's business. */
const letters = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');

function expectSameText(actual: string, expected: string): void {
	const a = letters(actual);
	const e = letters(expected);
	if (a === e) return;
	let i = 0;
	while (i < a.length && a[i] === e[i]) i += 1;
	expect(a.slice(Math.max(0, i - 80), i + 80), `the text differs at letter ${i}`).toBe(e.slice(Math.max(0, i - 80), i + 80));
}

/** The Document's elements before the summary: the title block and the main table. */
function titleAndTable(root: TagNode): TagNode {
	const index = root.kids.findIndex((kid) => 'role' in kid && kid.role === 'Table');
	return { ...root, kids: root.kids.slice(0, index + 1) };
}

describe('the tagged position statement', () => {
	it('is a valid file that says it is tagged, in British English, shows its title, and claims PDF/UA in its XMP', () => {
		for (const name of ['public', 'exempt']) {
			const { bytes, tags } = get(name);
			const check = qpdfCheck(bytes);
			expect(check.ok, check.output).toBe(true);
			expect(tags.catalog.marked).toBe(true);
			expect(tags.catalog.lang).toBe('en-GB');
			expect(tags.catalog.displayDocTitle).toBe(true);
			expect(tags.catalog.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
			expect(tags.catalog.xmp).toContain('Position statement');
			expect(tags.pagesOk).toBe(true);
		}
	});

	it('has no text outside a structure element or an artifact; the footer and page numbers are artifacts', () => {
		for (const name of ['public', 'exempt']) {
			const { tags, pages } = get(name);
			expect(tags.untagged).toEqual([]);
			expect(tags.artifacts.filter((t) => /^Page \d+ of \d+$/.test(t.trim()))).toHaveLength(pages);
		}
		expect(get('exempt').tags.artifacts.join(' ')).toContain('EXEMPT – NOT FOR PUBLICATION');
	});

	it('has the roles of a document with a table, headings, lists and charts', () => {
		const { tags } = get('public');
		for (const role of ['Document', 'H1', 'H2', 'P', 'Table', 'THead', 'TBody', 'TR', 'TH', 'TD', 'L', 'LI', 'Lbl', 'LBody', 'Figure']) expect(tags.roles, role).toContain(role);
		expect(tags.root.role).toBe('Document');
		expect(tagsOf(tags.root, 'H1').map(tagText)).toEqual(['Position statement against LGSCO areas of focus']);
	});

	it('reads the title block and the table in the document model’s order, public and exempt', () => {
		for (const version of ['public', 'exempt'] as const) {
			expectSameText(tagText(titleAndTable(get(version).tags.root)), modelText(exampleDoc(version)));
		}
	});

	it('heads each column with a TH of column scope, and puts each area’s heading, an H2, in a row whose cell spans the table', () => {
		const table = tagsOf(get('public').tags.root, 'Table')[0];
		if (!table) throw new Error('no table');
		const head = tagsOf(table, 'THead')[0];
		expect(tagsOf(head ?? table, 'TH').map((th) => [tagText(th), th.scope])).toEqual([
			['Area of focus', 'Column'],
			['Position statement', 'Column'],
			['Reporter', 'Column'],
			['Designation', 'Column']
		]);
		const doc = exampleDoc('public');
		const headings = tagsOf(table, 'H2');
		expect(headings.map(tagText)).toEqual(doc.areas.filter((a) => a.questions.length > 0).map((a) => `${a.number}. ${a.title}`));
		const body = tagsOf(table, 'TBody')[0];
		const rows = (body?.kids ?? []).filter((kid): kid is TagNode => 'role' in kid);
		for (const row of rows) {
			const cells = row.kids.filter((kid): kid is TagNode => 'role' in kid);
			if (cells.length === 1) expect(cells[0]?.colSpan).toBe(4);
			else expect(cells.map((c) => c.role)).toEqual(['TD', 'TD', 'TD', 'TD']);
		}
	});

	it('reads a question row cell by cell: the question, the whole answer, the reporters’ names, then their designations', () => {
		const doc = exampleDoc('public');
		const table = tagsOf(get('public').tags.root, 'Table')[0];
		const body = table?.kids.find((kid): kid is TagNode => 'role' in kid && kid.role === 'TBody');
		const rows = (body?.kids ?? []).filter((kid): kid is TagNode => 'role' in kid && kid.kids.length === 4);
		const questions = doc.areas.flatMap((a) => a.questions);
		expect(rows).toHaveLength(questions.length);
		rows.forEach((row, i) => {
			const q = questions[i];
			if (!q) return;
			const [question, , name, designation] = row.kids.map((kid) => ('role' in kid ? tagText(kid) : ''));
			expect(letters(question ?? '')).toBe(letters(`${q.number} ${q.text}`));
			expect(letters(name ?? '')).toBe(letters(q.reporters.map((r) => r.name).join(' ')));
			expect(letters(designation ?? '')).toBe(letters(q.reporters.map((r) => r.designation).join(' ')));
		});
	});

	it('heads each row of the summary’s tables with the cell that names it, a TH of row scope: the status, the area, the question, the totals', () => {
		const summary = exampleDoc('public').summary;
		if (!summary) throw new Error('no summary');
		const section = tagsOf(get('public').tags.root, 'Sect')[0];
		const tables = section ? tagsOf(section, 'Table') : [];
		const expected = [
			[...summary.byStatus.map((s) => s.label), 'Total'],
			[...summary.ratingsByArea.map((a) => `${a.number}. ${a.title}`), 'Total'],
			[...summary.matrix.map((row) => `${row.number} ${row.text}`), 'Answers bearing on each principle']
		];
		expect(tables).toHaveLength(expected.length);
		tables.forEach((table, t) => {
			const head = tagsOf(table, 'THead')[0];
			expect(head && tagsOf(head, 'TH').every((th) => th.scope === 'Column')).toBe(true);
			const body = tagsOf(table, 'TBody')[0];
			const rows = (body?.kids ?? []).filter((kid): kid is TagNode => 'role' in kid).map((tr) => tr.kids.filter((kid): kid is TagNode => 'role' in kid));
			// The first cell of every row is its header (a screen reader says it with each cell of the row); the rest are data.
			expect(rows.map((cells) => cells[0]?.role === 'TH' && cells[0].scope === 'Row')).toEqual(rows.map(() => true));
			expect(rows.map((cells) => letters(tagText(cells[0] ?? { role: '', kids: [] })))).toEqual(expected[t]?.map(letters));
			for (const cells of rows) expect(cells.slice(1).map((c) => c.role)).toEqual(cells.slice(1).map(() => 'TD'));
		});
	});

	it('gives each chart a Figure whose alternative text is the chart in words, as on the web page', () => {
		const doc = exampleDoc('public');
		const figures = tagsOf(get('public').tags.root, 'Figure');
		const charts = doc.areas.flatMap((a) => a.questions.flatMap((q) => q.figures.map((f) => chartAlt(f.chart))));
		expect(charts.length).toBeGreaterThan(0);
		expect(figures.map((f) => f.alt)).toEqual(charts);
	});

	it('prints each chart’s labels and values at 10 pt, the size of the answer text', async () => {
		const doc = exampleDoc('public');
		const bars = doc.areas.flatMap((a) => a.questions.flatMap((q) => q.figures.flatMap((f) => f.chart.bars)));
		expect(bars.length).toBeGreaterThan(0);
		const items = (await readPdf(get('public').bytes)).pages.flatMap((page) => page.items);
		// "This council" is only ever a chart's label; each bar's label is printed at the answer's size, not smaller.
		const own = items.filter((item) => item.str.trim() === 'This council');
		expect(own.length).toBe(bars.filter((bar) => bar.own).length);
		for (const item of own) expect(item.size).toBeCloseTo(10, 1);
	});

	it('fits the example, summary included, in 22 pages', () => {
		expect(get('public').pages).toBeLessThanOrEqual(22);
	});

	it('bookmarks every area and every question', async () => {
		const doc = exampleDoc('public');
		const pdf = await readPdf(get('public').bytes);
		const titles = pdf.outline.map((o) => o.title);
		for (const area of doc.areas.filter((a) => a.questions.length > 0)) expect(titles).toContain(`${area.number}. ${area.title}`);
		expect(pdf.outlineCount).toBe(doc.areas.filter((a) => a.questions.length > 0).length + doc.areas.reduce((n, a) => n + a.questions.length, 0) + 2);
	});
});

describe('awkward input stays a valid tagged PDF', () => {
	const withAnswer = (statement: string) => (responses: Response[]) => {
		const template = responses[0];
		if (!template) throw new Error('The example has no answers');
		return [...responses.filter((r) => r.questionId !== 'careless-1-2'), answer(template, 'careless-1-2', statement)];
	};
	const words = numberedWords(1, 3000);
	const twelve = Array.from({ length: 12 }, (_, i) => `Col${i + 1}`);
	const cases: Record<string, ExportDocument> = {
		links: exampleDoc(
			'public',
			withAnswer(
				'See [the Ombudsman report](https://www.lgo.org.uk/careless) first. A chart: ![](https://example.org/chart.png) and a logo: ![Ofsted logo](https://example.org/logo.png).'
			)
		),
		long: exampleDoc('public', withAnswer(Array.from({ length: 30 }, (_, p) => words.slice(p * 100, p * 100 + 100).join(' ')).join('\n\n'))),
		empty: exampleDoc('public', () => []),
		missing: exampleDoc('public', withAnswer('Chinese 中文, an emoji 😀 and a mark ✓ the font lacks, then the rest of the line.')),
		rtl: exampleDoc('public', withAnswer('Pasted in: שלום עולם and مرحبا بالعالم, then English again.')),
		wide: exampleDoc('public', withAnswer(`| ${twelve.join(' | ')} |\n| ${twelve.map(() => '---').join(' | ')} |\n| ${twelve.map((c) => `${c}value`).join(' | ')} |`))
	};

	beforeAll(async () => {
		for (const [name, doc] of Object.entries(cases)) await render(name, doc);
	}, 120_000);

	it('passes qpdf --check and has all its text tagged or an artifact, every time', () => {
		for (const name of Object.keys(cases)) {
			const { bytes, tags } = get(name);
			const check = qpdfCheck(bytes);
			expect(check.ok, `${name}: ${check.output}`).toBe(true);
			expect(tags.untagged, name).toEqual([]);
			expect(tags.pagesOk, name).toBe(true);
			expect(tags.roles, name).toContain('Table');
		}
	});

	it('tags a link as a Link whose annotation says where it goes, and a picture as a Figure with its alternative, its address when it has none', () => {
		const root = get('links').tags.root;
		const links = tagsOf(root, 'Link');
		const annotations = links.flatMap((l) => l.kids.filter((k): k is Extract<TagNode['kids'][number], { annotation: unknown }> => 'annotation' in k));
		expect(annotations.length).toBeGreaterThanOrEqual(3);
		for (const a of annotations) {
			expect(typeof a.annotation.structParent).toBe('number');
			expect(a.annotation.contents).toContain(a.annotation.url ?? 'no address');
		}
		expect(annotations.map((a) => a.annotation.contents)).toContain('the Ombudsman report (https://www.lgo.org.uk/careless)');
		const pictures = tagsOf(root, 'Figure').map((f) => f.alt);
		expect(pictures).toContain('Image: https://example.org/chart.png');
		expect(pictures).toContain('Ofsted logo');
	});

	it('keeps every word of a 3,000-word answer in order in its one cell, across pages', () => {
		const cells = tagsOf(get('long').tags.root, 'TD').filter((td) => tagText(td).includes('w0001'));
		expect(cells).toHaveLength(1);
		expect(tagText(cells[0] ?? get('long').tags.root).match(/w\d{4}/g)).toEqual(words);
	});

	it('reads an empty statement in the model’s order too', () => {
		expectSameText(tagText(titleAndTable(get('empty').tags.root)), modelText(cases.empty ?? exampleDoc('public')));
	});

	it('keeps the rest of a line with a character the font lacks, and right-to-left text, in the structure', () => {
		expect(tagText(get('missing').tags.root)).toContain('then the rest of the line.');
		const rtl = tagText(get('rtl').tags.root);
		expect(rtl).toContain('then English again.');
	});

	it('tags a 12-column table in an answer as a table inside the cell', () => {
		const nested = tagsOf(get('wide').tags.root, 'Table').filter((t) => tagText(t).includes('Col12value'));
		expect(nested.length).toBeGreaterThanOrEqual(1);
		expect(tagText(nested.at(-1) ?? get('wide').tags.root)).toMatch(/Col1.*Col1value.*Col12.*Col12value/);
	});
});
