import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Response } from '../../../src/lib/domain/types.ts';
import { markdownToBlocks } from '../../../src/lib/export/markdown-blocks.ts';
import { buildExportDocument, type ExportDocument } from '../../../src/lib/export/model.ts';
import type { PdfFonts } from '../../../src/lib/export/pdf/fonts.ts';
import { renderPdf, renderPdfReport } from '../../../src/lib/export/pdf/render-pdf.ts';
import { stressDocument } from '../../../scripts/pdf-figures.ts';
import { PAGE, footerRuleY } from '../../../src/lib/export/pdf/theme.ts';
import { answer, diskFonts, exampleStatement, mmFromTopToPdfY, mmToPt, numberedWords, readPdf, type ReadPdf } from './pdf-reader.ts';
import { NOT_APPLICABLE_REASON, SECRET_INDICATOR, SECRET_OWNER, SECRET_SOURCE, figuresDocument } from './statement-fixtures.ts';

/**
 * The position statement PDF, read back with pdf.js as a reader's software
 * would: what is on each page, where, and what the file says about itself.
 */

const NOW = '2026-03-20T10:00:00.000Z';
const SECRET = 'Rosewoodhouse-secret-detail';
const UNICODE_PROBE = '’ “ ” – — £ • ≥ ŵ ŷ';

/** 1,500 numbered words in paragraphs, bold runs, a list and a table: several pages in the position column. */
const LONG_WORDS = numberedWords(1, 1500);
function longMarkdown(): string {
	const parts: string[] = [];
	let i = 0;
	const take = (n: number) => {
		const words = LONG_WORDS.slice(i, i + n);
		i += n;
		return words;
	};
	while (i < LONG_WORDS.length) {
		const [first = '', ...rest] = take(60);
		parts.push(`**${first}** ${rest.join(' ')}`);
		if (i < LONG_WORDS.length) parts.push(take(40).reduce((md, w, k) => md + (k % 8 === 0 ? '\n- ' : ' ') + w, '').trim());
		if (i < LONG_WORDS.length) parts.push(`| Theme | Progress |\n| --- | --- |\n| ${take(3).join(' ')} | ${take(5).join(' ')} |`);
	}
	return parts.join('\n\n');
}

const RICH = [
	'Intro with **bold words**, *italic words*, ***bold italic words*** and [the Ombudsman report](https://www.lgo.org.uk/careless) and `code span`.  ',
	'A line after a hard break.',
	'',
	'### Heading inside an answer',
	'',
	'- bullet one',
	'  - nested dash',
	'- bullet two',
	'',
	'3. third item',
	'4. fourth item',
	'',
	'> Quoted Ofsted judgement',
	'',
	'| Theme | Progress |',
	'| --- | ---: |',
	'| Sufficiency | 85% |',
	'',
	`Unicode probe: ${UNICODE_PROBE}`,
	'',
	'Missing glyphs: before 😀 after 中 end'
].join('\n');

function fixture(): { assessment: ReturnType<typeof exampleStatement>['assessment']; responses: Response[] } {
	const { assessment, responses } = exampleStatement();
	const template = responses[0];
	if (!template) throw new Error('The example has no answers');
	const replaced = new Set(['careless-1-1', 'careless-1-2', 'careless-2-3']);
	return {
		assessment,
		responses: [
			...responses.filter((r) => !replaced.has(r.questionId)),
			answer(template, 'careless-1-1', RICH),
			answer(template, 'careless-1-2', `${SECRET} names a child and the home they live in.`, {
				exempt: true,
				exemptionCategory: 'Schedule 12A, paragraph 3'
			}),
			answer(template, 'careless-2-3', longMarkdown(), {
				reporters: [
					{ name: 'Priya Shah', designation: 'Head of Placements and Commissioning' },
					{ name: 'Tom Reid', designation: 'Service Manager, Children in Care' }
				]
			})
		]
	};
}

function exportDoc(version: 'public' | 'exempt', includeSummary = true): ExportDocument {
	const { assessment, responses } = fixture();
	return buildExportDocument(assessment, responses, { version, includeSummary, now: NOW });
}

let fonts: PdfFonts;
let publicPdf: ReadPdf;
let exemptPdf: ReadPdf;
let publicDoc: ExportDocument;

beforeAll(async () => {
	fonts = await diskFonts();
	publicDoc = exportDoc('public');
	const [pub, exempt] = await Promise.all([renderPdfReport(publicDoc, fonts), renderPdfReport(exportDoc('exempt'), fonts)]);
	expect(pub.misplacedChunks).toBe(0);
	expect(exempt.misplacedChunks).toBe(0);
	// PDF_OUT_DIR=/tmp npx vitest run tests/unit/export/pdf.test.ts keeps the files to look at (pdftoppm -png).
	const out = process.env.PDF_OUT_DIR;
	if (out) {
		writeFileSync(join(out, 'pdf-test-public.pdf'), pub.bytes);
		writeFileSync(join(out, 'pdf-test-exempt.pdf'), exempt.bytes);
	}
	[publicPdf, exemptPdf] = await Promise.all([readPdf(pub.bytes), readPdf(exempt.bytes)]);
	// Two renders and two reads of the full 20-answer example: allow for a busy machine.
}, 30_000);

const allText = (pdf: ReadPdf) => pdf.pages.map((p) => p.text).join('\n');
/** Pages holding the main table (the summary pages come after it). */
const tablePages = (pdf: ReadPdf) => pdf.pages.slice(0, (pdf.outline.find((o) => o.title === 'Summary')?.page ?? pdf.pages.length + 1) - 1);

describe('the position statement PDF', () => {
	it('is a PDF whose first page opens with the title block', () => {
		const first = publicPdf.pages[0]?.text ?? '';
		expect(first).toContain('Appendix 2');
		expect(first).toContain('Appendix 2: Position statement against LGSCO areas of focus');
		expect(first).toMatch(/Council Anytown Borough Council/);
		expect(first).toMatch(/Panel Children and Families Scrutiny Panel/);
		expect(first).toMatch(/Meeting date 26 March 2026/);
		expect(first).toMatch(/Subject Children and Learning: Position statement against LGSCO areas of focus/);
		expect(first).toMatch(/Prepared by Sam Patel, Quality Assurance Unit Manager and Principal Social Worker/);
		// The fixture's exempt 1.2 and the example's own exempt 2.5.
		expect(first).toContain('2 answers are exempt information and are not included in this version.');
	});

	it('has a full-width heading row for every area, and the outline points at the page it is on', () => {
		const titles = publicDoc.areas.map((a) => `${a.number}. ${a.title}`);
		expect(titles[0]).toBe('1. Accommodation for 16 and 17 year olds');
		expect(publicPdf.outline.map((o) => o.title)).toEqual([...titles, 'Summary', 'Opportunities for further scrutiny']);
		for (const entry of publicPdf.outline) {
			expect(entry.page).toBeGreaterThan(0);
			expect(publicPdf.pages[entry.page - 1]?.text).toContain(entry.title);
		}
	});

	it('repeats the head row on every page of the table and numbers every page "Page X of Y"', () => {
		const pages = tablePages(publicPdf);
		expect(pages.length).toBeGreaterThanOrEqual(5);
		for (const page of pages) {
			expect(page.text).toMatch(/Area of focus Position statement Reporter Designation/);
		}
		publicPdf.pages.forEach((page, i) => {
			expect(page.text).toContain(`Page ${i + 1} of ${publicPdf.pages.length}`);
			expect(page.text).toContain('Anytown Borough Council – Children and Families Scrutiny Panel, 26 March 2026');
		});
	});

	it('keeps every word of an answer that runs over three pages, in order', () => {
		const words = publicPdf.pages.flatMap((p) => p.items.flatMap((i) => i.str.split(/\s+/))).filter((w) => /^w\d{4}$/.test(w));
		expect(words).toEqual(LONG_WORDS);
		const pagesWithWords = publicPdf.pages.filter((p) => /\bw\d{4}\b/.test(p.text));
		expect(pagesWithWords.length).toBeGreaterThanOrEqual(3);
		// The question's row says it carries on, on the pages it runs on to.
		expect(pagesWithWords.slice(1).every((p) => p.text.includes('2.3 (continued)'))).toBe(true);
	});

	it('keeps every line of text between the margins', () => {
		for (const pdf of [publicPdf, exemptPdf]) {
			for (const item of pdf.pages.flatMap((p) => p.items)) {
				expect(item.x, item.str).toBeGreaterThanOrEqual(mmToPt(PAGE.left) - 0.01);
				expect(item.x + item.width, item.str).toBeLessThanOrEqual(mmToPt(PAGE.width - PAGE.right) + 0.01);
			}
		}
	});

	it('draws nothing over or below the footer rule except the footer itself', () => {
		for (const pdf of [publicPdf, exemptPdf]) {
			const footerLines = pdf === exemptPdf ? 3 : 2;
			const rule = mmFromTopToPdfY(footerRuleY(footerLines));
			pdf.pages.forEach((page, i) => {
				const below = page.items.filter((item) => item.y < rule);
				const body = page.items.filter((item) => item.y >= rule);
				// Descenders reach about a fifth of the font size below the baseline.
				for (const item of body) expect(item.y - item.size * 0.22, `"${item.str}" on page ${i + 1}`).toBeGreaterThan(rule);
				const footer = below.map((b) => b.str).join(' ');
				expect(footer).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
				expect(footer.replace(/Page \d+ of \d+|EXEMPT – NOT FOR PUBLICATION/g, '').replace(/\s+/g, ' ').trim()).toBe(
					'Anytown Borough Council – Children and Families Scrutiny Panel, 26 March 2026 – Appendix 2: Position statement against LGSCO areas of focus'
				);
			});
		}
	});

	it('lists several reporters one per line, each level with their designation', () => {
		const page = publicPdf.pages.find((p) => p.items.some((i) => i.str.startsWith('2.3 How many')));
		const items = page?.items ?? [];
		// The row's own items come after its question, in drawing order.
		const row = items.slice(items.findIndex((i) => i.str.startsWith('2.3 How many')));
		const item = (str: string) => row.find((i) => i.str === str);
		const priya = item('Priya Shah');
		const tom = item('Tom Reid');
		const head = item('Head of');
		const service = item('Service');
		if (!priya || !tom || !head || !service) throw new Error('reporters not found on the page');
		expect(tom.y).toBeLessThan(priya.y);
		expect(head.y).toBeCloseTo(priya.y, 1);
		expect(service.y).toBeCloseTo(tom.y, 1);
		expect(head.x).toBeGreaterThan(priya.x);
	});

	it('renders the markdown of an answer: styles, lists with bullets and numbers, quotes, tables and hard breaks', () => {
		const text = allText(publicPdf);
		expect(text).toContain('Intro with bold words, italic words, bold italic words and the Ombudsman report and code span.');
		expect(text).toContain('• bullet one – nested dash • bullet two');
		expect(text).toContain('3. third item 4. fourth item');
		expect(text).toContain('Heading inside an answer');
		expect(text).toContain('Quoted Ofsted judgement');
		expect(text).toContain('Theme Progress Sufficiency 85%');
		// The hard break starts a new line: the two sentences are on different baselines.
		const page = publicPdf.pages[0];
		const before = page?.items.find((i) => i.str.includes('code span'));
		const after = page?.items.find((i) => i.str.startsWith('A line after a hard break'));
		expect(before && after && before.y > after.y).toBe(true);
	});

	it('makes links clickable', () => {
		expect(publicPdf.pages.flatMap((p) => p.links)).toContain('https://www.lgo.org.uk/careless');
	});

	it('prints typographic quotes, dashes, £, ≥ and Welsh letters intact', () => {
		expect(allText(publicPdf)).toContain(`Unicode probe: ${UNICODE_PROBE}`);
	});

	it('shows a visible mark for a character the font lacks, and keeps the rest of the line', () => {
		expect(allText(publicPdf)).toContain('Missing glyphs: before □ after □ end');
	});

	it('never prints undefined, NaN or replacement characters', () => {
		const text = allText(publicPdf) + allText(exemptPdf);
		expect(text).not.toMatch(/undefined|NaN|\[object|\uFFFD/);
	});

	it('records title, author, subject, keywords and language', () => {
		expect(publicPdf.info).toMatchObject({
			Title: 'Appendix 2: Position statement against LGSCO areas of focus',
			Author: 'Sam Patel',
			Subject: 'Children and Learning: Position statement against LGSCO areas of focus',
			Language: 'en-GB'
		});
		expect(publicPdf.info.Keywords).toContain('position statement');
	});

	it('ends with the summary and the opportunities for further scrutiny', () => {
		const summaryPage = publicPdf.outline.find((o) => o.title === 'Summary')?.page ?? 0;
		const summary = publicPdf.pages.slice(summaryPage - 1).map((p) => p.text).join(' ');
		expect(summary).toContain('20 of 20 questions answered.');
		expect(summary).toContain('Self-ratings by area of focus');
		expect(summary).toContain('1. Best interests and well-being – to act in the best interests');
		expect(summary).toMatch(/Question 1 2 3 4 5 6 7/);
		expect(summary).toMatch(/2\.1 How many children in care are placed out of area.*Yes/);
		expect(summary).toContain('Opportunities for further scrutiny');
		expect(summary).toContain('• A themed discussion on placement sufficiency');
	});

	it('is the same file every time for the same statement', async () => {
		const doc = exportDoc('public', false);
		const [a, b] = [await renderPdf(doc, fonts), await renderPdf(doc, fonts)];
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
	}, 30_000);

	it('leaves the summary out when it is not wanted', async () => {
		const pdf = await readPdf(await renderPdf(exportDoc('public', false), fonts));
		expect(pdf.outline.map((o) => o.title)).not.toContain('Summary');
		expect(allText(pdf)).not.toContain('questions answered.');
		expect(pdf.outline.at(-1)?.title).toBe('Opportunities for further scrutiny');
	});
});

describe('public and exempt versions', () => {
	it('the public version shows the notice and the category, never the exempt answer', () => {
		const text = allText(publicPdf);
		expect(text).not.toContain(SECRET);
		expect(text).toContain('1.2 What action is the council taking');
		expect(text).toContain('Exempt information – not for publication Exemption: Schedule 12A, paragraph 3');
		expect(text).not.toContain('EXEMPT – NOT FOR PUBLICATION');
	});

	it('the exempt version prints the banner at the top and bottom of every page, and labels the exempt answer', () => {
		for (const page of exemptPdf.pages) {
			expect(page.text.match(/EXEMPT – NOT FOR PUBLICATION/g)).toHaveLength(2);
		}
		const text = allText(exemptPdf);
		expect(text).toContain(`Exempt – Schedule 12A, paragraph 3 ${SECRET}`);
		expect(text).toContain('This version includes exempt information.');
	});
});

describe('long and awkward statements', () => {
	/** Footer checks shared by the long documents: the head row on every page, nothing below the footer rule but the footer. */
	function expectEveryPageWellFormed(pdf: ReadPdf): void {
		const rule = mmFromTopToPdfY(footerRuleY(2));
		// Every page of the table; the further-scrutiny section may start a page of its own after it, and run on.
		const further = pdf.outline.find((o) => o.title === 'Opportunities for further scrutiny');
		pdf.pages.forEach((page, i) => {
			const afterTable = further !== undefined && (i + 1 > further.page || page.text.startsWith('Opportunities for further scrutiny'));
			if (!afterTable) expect(page.text).toContain('Area of focus Position statement Reporter Designation');
			expect(page.text).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
			for (const item of page.items.filter((it) => it.y >= rule)) expect(item.y - item.size * 0.22).toBeGreaterThan(rule);
		});
	}

	it('renders a 60-question statement of more than 40 pages', async () => {
		// The same statement `npm run bench` times.
		const doc = stressDocument(buildExportDocument(exampleStatement().assessment, [], { version: 'public', includeSummary: false, now: NOW }));
		expect(doc.areas.flatMap((a) => a.questions)).toHaveLength(60);
		const report = await renderPdfReport(doc, fonts);
		expect(report.misplacedChunks).toBe(0);
		expect(report.pages).toBeGreaterThanOrEqual(40);
		const pdf = await readPdf(report.bytes);
		expectEveryPageWellFormed(pdf);
		expect(pdf.outline.map((o) => o.title).slice(-2)).toEqual(['15. Children leaving care', 'Opportunities for further scrutiny']);
		expect(allText(pdf).match(/I want to stay near my school/g)).toHaveLength(120);
	});

	// A heavy render: on a busy machine it takes several seconds.
	it('keeps all of a 20,000-word answer, prints a 12-column table row by row, and images and raw HTML as text', async () => {
		const { assessment, responses } = exampleStatement();
		const template = responses[0];
		if (!template) throw new Error('The example has no answers');
		const words = numberedWords(1, 20_000);
		const paragraphs: string[] = [];
		for (let i = 0; i < words.length; i += 80) paragraphs.push(words.slice(i, i + 80).join(' '));
		const wide = `| ${Array.from({ length: 12 }, (_, i) => `Column ${i + 1}`).join(' | ')} |\n|${' --- |'.repeat(12)}\n| ${Array.from({ length: 12 }, (_, i) => `value ${i + 1}`).join(' | ')} |`;
		const statement = `${paragraphs.join('\n\n')}\n\n${wide}\n\n![a chart of placements](https://example.org/chart.png) <b>raw html</b>`;
		const doc = buildExportDocument(assessment, [answer(template, 'careless-1-1', statement)], { version: 'public', includeSummary: false, now: NOW });
		const report = await renderPdfReport(doc, fonts);
		expect(report.misplacedChunks).toBe(0);
		const pdf = await readPdf(report.bytes);
		expectEveryPageWellFormed(pdf);
		const found = pdf.pages.flatMap((p) => p.items.flatMap((i) => i.str.split(/\s+/))).filter((w) => /^w\d{4,5}$/.test(w));
		expect(found).toEqual(words);
		const text = allText(pdf);
		expect(text).toContain('Column 1: value 1 Column 2: value 2');
		expect(text).toContain('Column 12: value 12');
		expect(text).toContain('[Image: a chart of placements] <b>raw html</b>');
	}, 30_000);
});

describe('figures, charts, actions and questions that do not apply', () => {
	let pub: ReadPdf;
	let exempt: ReadPdf;

	beforeAll(async () => {
		const [a, b] = await Promise.all([renderPdfReport(figuresDocument('public'), fonts), renderPdfReport(figuresDocument('exempt'), fonts)]);
		expect(a.misplacedChunks).toBe(0);
		expect(b.misplacedChunks).toBe(0);
		const out = process.env.PDF_OUT_DIR;
		if (out) {
			writeFileSync(join(out, 'pdf-figures-public.pdf'), a.bytes);
			writeFileSync(join(out, 'pdf-figures-exempt.pdf'), b.bytes);
		}
		[pub, exempt] = await Promise.all([readPdf(a.bytes), readPdf(b.bytes)]);
	});

	it('prints each figure as a table of indicator, value, period, comparators, direction and source', () => {
		const text = allText(pub);
		expect(text).toContain('Figures');
		expect(text).toMatch(/Indicator Children in care per 10,000/);
		expect(text).toMatch(/Value 72/);
		expect(text).toMatch(/Period 2025-26/);
		// One comparator a line.
		expect(text).toMatch(/Compared with Statistical neighbours 68 England 70 Region 74\.5 Target 65/);
		expect(text).toMatch(/Direction of travel ↑ Going up/);
		expect(text).toMatch(/Source SSDA903 return/);
		expect(text).toMatch(/Value 93\.5%/);
		expect(text).toMatch(/Direction of travel ↓ Going down/);
		expect(text).toMatch(/Source Not given/);
	});

	it('draws a bar chart under each figure with every bar named and valued in words', () => {
		const page = pub.pages.find((p) => p.text.includes('Children in care per 10,000'));
		if (!page) throw new Error('no page with the figure');
		const after = page.text.slice(page.text.indexOf('Source SSDA903 return'));
		expect(after).toMatch(/This council 72 Statistical neighbours 68 England 70 Region 74\.5 Target 65/);
		expect(allText(pub)).toMatch(/This council 93\.5% England 88%/);
	});

	it('keeps each figure and its chart inside the answer column and above the footer', () => {
		const rule = mmFromTopToPdfY(footerRuleY(2));
		for (const page of pub.pages) {
			for (const item of page.items.filter((i) => i.y >= rule)) {
				expect(item.y - item.size * 0.22, item.str).toBeGreaterThan(rule);
				expect(item.x + item.width, item.str).toBeLessThanOrEqual(mmToPt(PAGE.width - PAGE.right) + 0.01);
			}
		}
		// A figure's table and chart share a page.
		const tablePage = pub.pages.findIndex((p) => p.text.includes('Care leavers with a pathway plan'));
		expect(pub.pages[tablePage]?.text).toMatch(/This council 93\.5%/);
	});

	it('lists the actions with their owners, due dates and status', () => {
		const text = allText(pub);
		// In the narrow column each action is a box of labelled lines.
		expect(text).toContain(
			'Actions Action: Open a second children’s home in the borough Owner: Amara Okafor, Head of Service Due: 30 September 2026 Status: On track'
		);
		expect(text).toContain('Action: Review out-of-area placements each quarter Owner: Not given Due: Not given Status: Not started');
	});

	it('prints "Not applicable" and the reason in place of the answer', () => {
		const text = allText(pub);
		expect(text).toContain(`Not applicable: ${NOT_APPLICABLE_REASON}`);
		expect(text).not.toContain('3.4 (continued)');
	});

	it('the public copy shows none of an exempt answer’s figures or actions; the exempt copy shows them', () => {
		const text = allText(pub);
		for (const secret of [SECRET_INDICATOR, SECRET_OWNER, SECRET_SOURCE, '4,123', 'Move the remaining child safely']) expect(text).not.toContain(secret);
		const all = allText(exempt);
		for (const secret of [SECRET_INDICATOR, SECRET_OWNER, SECRET_SOURCE, '4,123', 'Move the remaining child safely']) expect(all).toContain(secret);
	});
});
