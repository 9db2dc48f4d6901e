import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/lib/export/docx/render-docx.ts';
import { buildExportDocument, EXEMPT_BANNER, EXEMPT_NOTICE, UNANSWERED_NOTICE, type ExportDocument } from '../../../src/lib/export/model.ts';
import {
	EXEMPTION,
	LINK,
	NOW,
	SECRET,
	UNICODE_PROBE,
	NOT_APPLICABLE_REASON,
	SECRET_INDICATOR,
	SECRET_OWNER,
	SECRET_SOURCE,
	answerTo,
	exampleDocument,
	exampleStatement,
	figuresDocument,
	testDocument
} from './statement-fixtures.ts';

/**
 * The Word document, opened as Word opens it: a zip of XML parts. The
 * assertions read the parts a reader's Word relies on: the table grid, the
 * repeating header row, merged heading rows, runs, hyperlinks and their
 * relationships, list numbering, headers and footers, and the properties.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const { DOMParser } = new JSDOM('', { url: 'http://localhost/' }).window;

interface Docx {
	parts: Record<string, string>;
	document: Document;
	/** All the text of the body, paragraphs on their own lines. */
	text: string;
}

function parseXml(text: string): Document {
	const xml = new DOMParser().parseFromString(text, 'application/xml');
	if (xml.getElementsByTagName('parsererror').length > 0) throw new Error(`Not well-formed XML: ${text.slice(0, 200)}`);
	return xml;
}

/** Whether a row is marked to repeat at the top of each page (`<w:tblHeader/>`, not switched off). */
function repeats(row: Element): boolean {
	const marks = children(row, 'trPr').flatMap((trPr) => children(trPr, 'tblHeader'));
	return marks.length === 1 && !['false', '0', 'off'].includes(marks[0]!.getAttributeNS(W, 'val') ?? '');
}

/** Direct children of `el` named `w:<name>`. */
function children(el: Element, name: string): Element[] {
	return [...el.children].filter((c) => c.namespaceURI === W && c.localName === name);
}

/** Descendants of `el` named `w:<name>`. */
function all(el: Element | Document, name: string): Element[] {
	return [...el.getElementsByTagNameNS(W, name)];
}

/** The text of an element as Word shows it: runs joined, a paragraph per line. */
function textOf(el: Element): string {
	const paragraphs = el.namespaceURI === W && el.localName === 'p' ? [el] : all(el, 'p');
	return paragraphs
		.filter((p) => all(p, 'p').length === 0)
		.map((p) => all(p, 't').map((t) => t.textContent).join(''))
		.join('\n');
}

async function open(bytes: Uint8Array): Promise<Docx> {
	const zip = await JSZip.loadAsync(bytes);
	const parts: Record<string, string> = {};
	for (const name of Object.keys(zip.files)) if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = await zip.file(name)!.async('string');
	const document = parseXml(parts['word/document.xml'] ?? '');
	return { parts, document, text: textOf(document.documentElement) };
}

/** Header or footer parts, joined. */
function partsLike(docx: Docx, prefix: string): string {
	return Object.entries(docx.parts)
		.filter(([name]) => name.startsWith(prefix))
		.map(([, xml]) => textOf(parseXml(xml).documentElement))
		.join('\n');
}

function mainTable(docx: Docx): Element {
	const body = all(docx.document, 'body')[0]!;
	const table = children(body, 'tbl')[0];
	if (!table) throw new Error('No table in the body');
	return table;
}

/** The paragraph whose text contains `text` (innermost). */
function paragraphWith(docx: Docx, text: string): Element {
	const p = all(docx.document, 'p').find((el) => all(el, 'p').length === 0 && textOf(el).includes(text));
	if (!p) throw new Error(`No paragraph contains “${text}”`);
	return p;
}

/** The run whose text is exactly `text`. */
function runWith(docx: Docx, text: string): Element {
	const run = all(docx.document, 'r').find((r) => all(r, 't').map((t) => t.textContent).join('') === text);
	if (!run) throw new Error(`No run reads “${text}”`);
	return run;
}

const hasProperty = (run: Element, name: string) => all(run, 'rPr').some((rPr) => children(rPr, name).length > 0);
const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? null;

/** Six words from the first plain paragraph of an answer's markdown, as a reader sees them. */
function phrase(markdown: string): string {
	const line = markdown.split('\n').find((l) => l.trim() && !/^\s*([-*+]\s|[>|#]|\d+\.\s)/.test(l)) ?? '';
	const plain = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`~]/g, '').replace(/\s+/g, ' ').trim();
	return plain.split(' ').slice(0, 6).join(' ');
}

describe('the Word document of the example statement', () => {
	let doc: ExportDocument;
	let docx: Docx;

	beforeAll(async () => {
		doc = exampleDocument('public');
		docx = await open(await renderDocx(doc));
	});

	it('holds every question, verbatim, and every answer, in statement order', () => {
		const { responses } = exampleStatement();
		let last = -1;
		for (const question of doc.areas.flatMap((a) => a.questions)) {
			const at = docx.text.indexOf(`${question.number} ${question.text}`);
			expect(at, question.number).toBeGreaterThan(last);
			last = at;
			const response = responses.find((r) => r.questionId === question.id && r.statement.trim());
			if (response?.exempt) {
				// The public copy holds the notice in place of an exempt answer, and none of its words.
				expect(docx.text.indexOf(EXEMPT_NOTICE, at), question.number).toBeGreaterThan(at);
				expect(docx.text, question.number).not.toContain(phrase(response.statement));
			} else if (response) expect(docx.text.indexOf(phrase(response.statement), at), question.number).toBeGreaterThan(at);
			else expect(docx.text.indexOf(UNANSWERED_NOTICE, at), question.number).toBeGreaterThan(at);
		}
		expect(docx.text).not.toMatch(/undefined|NaN|\[object|\uFFFD/);
	});

	it('is one four-column table on A4 whose header row repeats on every page', () => {
		const table = mainTable(docx);
		const grid = all(table, 'tblGrid')[0]!;
		const widths = children(grid, 'gridCol').map((c) => Number(attr(c, 'w')));
		expect(widths).toHaveLength(4);
		const pageSize = all(docx.document, 'pgSz')[0];
		const margins = all(docx.document, 'pgMar')[0];
		expect([attr(pageSize, 'w'), attr(pageSize, 'h')]).toEqual(['11906', '16838']);
		// The grid fills the line between the margins exactly.
		expect(widths.reduce((a, b) => a + b, 0)).toBe(11906 - Number(attr(margins, 'left')) - Number(attr(margins, 'right')));

		const [head] = children(table, 'tr');
		expect(repeats(head!)).toBe(true);
		expect(children(table, 'tr').filter(repeats)).toHaveLength(1);
		expect(children(head!, 'tc').map(textOf)).toEqual(['Area of focus', 'Position statement', 'Reporter', 'Designation']);
		expect(docx.parts['word/document.xml']).toContain('<w:tblHeader/>');
	});

	it('opens each area with a bold, shaded heading row across all four columns', () => {
		const rows = children(mainTable(docx), 'tr');
		// A row's own cells, not the tables nested in an answer (figures, small tables), decide whether it is a heading row.
		const spans = (tr: Element) => children(tr, 'tc').flatMap((tc) => children(tc, 'tcPr')).flatMap((tcPr) => children(tcPr, 'gridSpan'));
		const headingRows = rows.filter((tr) => spans(tr).some((g) => attr(g, 'val') === '4'));
		expect(headingRows.map(textOf)).toEqual(doc.areas.map((a) => `${a.number}. ${a.title}`));
		for (const row of headingRows) {
			expect(children(row, 'tc')).toHaveLength(1);
			expect(all(row, 'shd')).toHaveLength(1);
			expect(all(row, 'r').every((r) => hasProperty(r, 'b'))).toBe(true);
		}
	});

	it('puts the number and the question in the first column, bold number first', () => {
		const row = children(mainTable(docx), 'tr').find((tr) => textOf(tr).startsWith('1.1 '))!;
		const [first] = children(row, 'tc');
		const runs = all(first!, 'r');
		expect(all(runs[0]!, 't')[0]?.textContent).toBe('1.1');
		expect(hasProperty(runs[0]!, 'b')).toBe(true);
		const question = doc.areas[0]!.questions[0]!;
		expect(question.selfRating).not.toBe('not-rated');
		// Under the question, in its own paragraph: the answer's self-rating.
		expect(all(first!, 'p').map(textOf)).toEqual([`1.1 ${question.text}`, `Self-rating: ${question.selfRatingLabel}`]);
	});

	it('keeps bold and italic runs from the answer', () => {
		expect(hasProperty(runWith(docx, '31 January 2026'), 'b')).toBe(true);
		expect(hasProperty(runWith(docx, 'supported'), 'i')).toBe(true);
		expect(docx.parts['word/document.xml']).toContain('<w:b/>');
	});

	it('lists several reporters one per row, each designation level with its name', () => {
		const rows = children(mainTable(docx), 'tr');
		const second = rows.findIndex((tr) => textOf(tr).includes('Tom Reid') && children(tr, 'tc').length === 4 && textOf(children(tr, 'tc')[0]!) === '');
		expect(second).toBeGreaterThan(0);
		const first = rows[second - 1]!;
		const cellsOf = (tr: Element) => children(tr, 'tc');
		expect(textOf(cellsOf(first)[2]!)).toBe('Priya Shah');
		expect(textOf(cellsOf(first)[3]!)).toBe('Head of Placements and Commissioning');
		expect(textOf(cellsOf(rows[second]!)[2]!)).toBe('Tom Reid');
		// The question and answer cells run down beside both reporters.
		expect(cellsOf(first).slice(0, 2).map((tc) => attr(all(tc, 'vMerge')[0], 'val'))).toEqual(['restart', 'restart']);
		expect(cellsOf(rows[second]!).slice(0, 2).map((tc) => attr(all(tc, 'vMerge')[0], 'val'))).toEqual(['continue', 'continue']);
	});

	it('numbers every page “Page X of Y” in the footer, beside the footer text', () => {
		const footers = Object.entries(docx.parts).filter(([name]) => name.startsWith('word/footer')).map(([, xml]) => xml);
		expect(footers).toHaveLength(1);
		const instructions = all(parseXml(footers[0]!), 'instrText').map((i) => i.textContent?.trim());
		expect(instructions).toEqual(['PAGE', 'NUMPAGES']);
		const footerText = partsLike(docx, 'word/footer');
		expect(footerText).toContain(doc.footer);
		expect(footerText).toContain('Page ');
		expect(footerText).toContain(' of ');
		expect(all(docx.document, 'footerReference')).toHaveLength(1);
	});

	it('describes itself: title, author, subject, keywords, British English, Arial', () => {
		const core = docx.parts['docProps/core.xml'] ?? '';
		expect(core).toContain(`<dc:title>${doc.heading}</dc:title>`);
		expect(core).toContain('<dc:creator>Sam Patel</dc:creator>');
		expect(core).toContain(`<dc:subject>${doc.subject}</dc:subject>`);
		expect(core).toContain('<cp:keywords>position statement, scrutiny');
		const styles = docx.parts['word/styles.xml'] ?? '';
		expect(styles).toContain('<w:lang w:val="en-GB"/>');
		expect(styles).toMatch(/<w:rFonts w:ascii="Arial"/);
	});

	it('starts with the title block: appendix label, the heading as Heading 1, and the meeting details', () => {
		const heading = paragraphWith(docx, doc.title);
		expect(attr(all(heading, 'pStyle')[0], 'val')).toBe('Heading1');
		// The label is said once, on its own line above the title.
		expect(docx.text.split('Appendix 2')).toHaveLength(2);
		for (const value of [doc.council, doc.panel, doc.meetingDate, doc.subject]) expect(docx.text).toContain(value);
		expect(docx.text.indexOf('Appendix 2\n')).toBe(0);
	});

	it('ends with the summary (marks in words) and the opportunities for further scrutiny', () => {
		const summary = paragraphWith(docx, 'Answers and the corporate parenting principles');
		expect(attr(all(summary, 'pStyle')[0], 'val')).toBe('Heading3');
		expect(docx.text).toContain('20 of 20 questions answered.');
		expect(docx.text).toMatch(/\nYes\n/);
		const further = paragraphWith(docx, 'Opportunities for further scrutiny');
		expect(attr(all(further, 'pStyle')[0], 'val')).toBe('Heading2');
		expect(docx.text.indexOf('A themed discussion on placement sufficiency')).toBeGreaterThan(docx.text.indexOf('Opportunities for further scrutiny'));
	});
});

describe('answers written with every kind of markdown', () => {
	let docx: Docx;

	beforeAll(async () => {
		docx = await open(await renderDocx(testDocument('public')));
	});

	it('keeps italic, struck-through and code runs', () => {
		expect(hasProperty(runWith(docx, 'sufficiency strategy'), 'b')).toBe(true);
		expect(hasProperty(runWith(docx, 'on track'), 'i')).toBe(true);
		expect(hasProperty(runWith(docx, 'late'), 'strike')).toBe(true);
		const code = runWith(docx, 'PEP-2026');
		expect(attr(all(code, 'rFonts')[0], 'ascii')).toBe('Courier New');
		expect(textOf(paragraphWith(docx, 'code line one'))).toBe('code line onecode line two');
		expect(all(paragraphWith(docx, 'code line one'), 'br')).toHaveLength(1);
	});

	it('makes real hyperlinks for web and email links, and none for a javascript: link', () => {
		const rels = docx.parts['word/_rels/document.xml.rels'] ?? '';
		const links = all(docx.document, 'hyperlink');
		const target = (text: string) => {
			const link = links.find((h) => textOf(h) === text || all(h, 't').map((t) => t.textContent).join('') === text);
			if (!link) throw new Error(`No hyperlink “${text}”`);
			const id = link.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
			return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"[^>]*TargetMode="External"`).exec(rels)?.[1];
		};
		expect(target("the Ombudsman's report")).toBe(LINK);
		expect(target('email us')).toBe('mailto:scrutiny@anytown.gov.uk');
		expect(rels).not.toContain('javascript:');
		expect(docx.text).toContain('a bad link');
		expect(links.some((h) => all(h, 't').some((t) => t.textContent === 'a bad link'))).toBe(false);
	});

	it('numbers lists with Word list numbering: bullets, decimals, nesting, and each numbered list from its own start', () => {
		const numbering = parseXml(docx.parts['word/numbering.xml'] ?? '');
		const formats = all(numbering, 'numFmt').map((f) => attr(f, 'val'));
		expect(formats).toContain('bullet');
		expect(formats).toContain('decimal');

		const numId = (text: string) => attr(all(paragraphWith(docx, text), 'numId')[0], 'val');
		const indent = (text: string) => Number(attr(all(paragraphWith(docx, text), 'ind')[0], 'left'));
		// The two numbered lists are two numbering instances, so the second does not run on from the first.
		expect(numId('First step')).toBe(numId('Second step'));
		expect(numId('Third step, numbered from three')).not.toBe(numId('First step'));
		expect(numId('Again from one')).not.toBe(numId('First step'));
		expect(numId('Open two homes')).not.toBe(numId('First step'));
		// Nested items sit further in.
		expect(indent('Ash Grove (May 2026)')).toBeGreaterThan(indent('Open two homes'));

		const startOf = (id: string | null) => {
			const num = all(numbering, 'num').find((n) => attr(n, 'numId') === id)!;
			return attr(all(num, 'startOverride')[0], 'val');
		};
		expect(startOf(numId('First step'))).toBe('1');
		expect(startOf(numId('Third step, numbered from three'))).toBe('3');
		expect(startOf(numId('Again from one'))).toBe('1');
	});

	it('sets quotes in italics, indented; headings in bold', () => {
		const quote = paragraphWith(docx, 'Children are well supported.');
		expect(Number(attr(all(quote, 'ind')[0], 'left'))).toBeGreaterThan(0);
		expect(all(quote, 'r').every((r) => hasProperty(r, 'i'))).toBe(true);
		expect(hasProperty(runWith(docx, 'Actions this year'), 'b')).toBe(true);
	});

	it('puts a small table inside the answer cell, with its own header row', () => {
		const inner = all(mainTable(docx), 'tbl').find((t) => textOf(t).includes('Sufficiency') && textOf(t).includes('50%'))!;
		expect(inner).toBeDefined();
		expect(inner.parentElement?.localName).toBe('tc');
		expect(children(all(inner, 'tblGrid')[0]!, 'gridCol')).toHaveLength(3);
		const [head] = children(inner, 'tr');
		expect(repeats(head!)).toBe(true);
		expect(children(head!, 'tc').map(textOf)).toEqual(['Theme', 'Key actions', 'Progress']);
	});

	it('prints typed HTML as text, never as markup', () => {
		expect(docx.text).toContain('<script>alert("pwned")</script>');
		expect(docx.text).toContain('<img src=x onerror="alert(1)">');
		expect(docx.parts['word/document.xml']).not.toContain('<script');
		expect(docx.parts['word/document.xml']).toContain('&lt;script&gt;');
	});

	it('keeps curly quotes, dashes, the pound sign, bullets, ≥ and Welsh letters', () => {
		expect(docx.text).toContain(`Unicode probe: ${UNICODE_PROBE}`);
		expect(docx.text).toContain('Gwenllïan Hughes');
		expect(docx.text).toContain('Sufficiency Lead – Commissioning');
	});
});

describe('public and exempt versions', () => {
	let publicDocx: Docx;
	let exemptDocx: Docx;

	beforeAll(async () => {
		[publicDocx, exemptDocx] = await Promise.all([renderDocx(testDocument('public')).then(open), renderDocx(testDocument('exempt')).then(open)]);
	});

	it('the public version shows the notice and the category, never the exempt answer', () => {
		const everything = Object.values(publicDocx.parts).join('\n');
		expect(everything).not.toContain(SECRET);
		expect(publicDocx.text).toContain(`${EXEMPT_NOTICE}\nExemption: ${EXEMPTION}`);
		expect(publicDocx.text).toContain('1 answer is exempt information and is not included in this version.');
		expect(partsLike(publicDocx, 'word/header')).not.toContain(EXEMPT_BANNER);
		expect(partsLike(publicDocx, 'word/footer')).not.toContain(EXEMPT_BANNER);
	});

	it('the exempt version says so at the top and foot of every page and labels the exempt answer', () => {
		expect(partsLike(exemptDocx, 'word/header')).toBe(EXEMPT_BANNER);
		expect(partsLike(exemptDocx, 'word/footer')).toContain(EXEMPT_BANNER);
		expect(all(exemptDocx.document, 'headerReference')).toHaveLength(1);
		expect(exemptDocx.text).toContain(`Exempt – ${EXEMPTION}\n${SECRET}`);
		expect(exemptDocx.text).toContain('This version includes exempt information.');
	});
});

describe('awkward statements still make a Word document', () => {
	it('a 20,000-word answer, a 12-column table, an empty answer, an image and control characters', async () => {
		const { assessment, responses } = exampleStatement();
		const template = responses[0]!;
		const words = Array.from({ length: 20_000 }, (_, i) => `w${i + 1}`);
		const paragraphs = Array.from({ length: 200 }, (_, p) => words.slice(p * 100, p * 100 + 100).join(' ')).join('\n\n');
		const wide = [`| ${Array.from({ length: 12 }, (_, i) => `Column ${i + 1}`).join(' | ')} |`, `|${' --- |'.repeat(12)}`, `| ${Array.from({ length: 12 }, (_, i) => `${i * 7}%`).join(' | ')} |`].join('\n');
		const changed = [
			...responses.filter((r) => !['careless-1-1', 'careless-1-2', 'careless-3-2'].includes(r.questionId)),
			answerTo(template, 'careless-1-1', paragraphs),
			answerTo(template, 'careless-1-2', `${wide}\n\n![Chart of placements](https://example.org/c.png)\n\nBell\u0007 and form feed\u000c gone.`),
			answerTo(template, 'careless-3-2', '   ', { reporters: [] })
		];
		const doc = buildExportDocument({ ...assessment, furtherScrutiny: '' }, changed, { version: 'public', includeSummary: false, now: NOW });
		const docx = await open(await renderDocx(doc));
		expect(docx.text).toContain('w1 w2 w3');
		expect(docx.text).toContain('w19999 w20000');
		const wideTable = all(docx.document, 'tbl').find((t) => all(t, 'tbl').length === 0 && textOf(t).includes('Column 12'))!;
		expect(children(all(wideTable, 'tblGrid')[0]!, 'gridCol')).toHaveLength(12);
		expect(docx.text).toContain('[Image: Chart of placements]');
		expect(docx.text).toContain('Bell and form feed gone.');
		expect(docx.text).not.toContain('Summary');
		expect(docx.text).not.toContain('Opportunities for further scrutiny');
		expect(docx.text).not.toMatch(/undefined|NaN|\[object/);
	});
});

describe('figures, charts, actions and questions that do not apply', () => {
	let pub: Docx;
	let exempt: Docx;

	beforeAll(async () => {
		[pub, exempt] = await Promise.all([renderDocx(figuresDocument('public')).then(open), renderDocx(figuresDocument('exempt')).then(open)]);
	});

	/** Innermost tables (no table inside) whose text includes `text`. */
	const tablesWith = (docx: Docx, text: string) => all(docx.document, 'tbl').filter((t) => all(t, 'tbl').length === 0 && textOf(t).includes(text));
	const rowTexts = (table: Element) => children(table, 'tr').map((tr) => children(tr, 'tc').map((tc) => textOf(tc).replace(/\u00a0/g, ' ')));

	it('sets each figure out as a real table of labels and values, in the answer cell', () => {
		const [table] = tablesWith(pub, 'Children in care per 10,000');
		if (!table) throw new Error('no figure table');
		expect(table.parentElement?.localName).toBe('tc');
		expect(rowTexts(table)).toEqual([
			['Indicator', 'Children in care per 10,000'],
			['Value', '72'],
			['Period', '2025-26'],
			['Compared with', 'Statistical neighbours 68England 70Region 74.5Target 65'],
			['Direction of travel', '↑ Going up'],
			['Source', 'SSDA903 return']
		]);
		// One comparator a line.
		expect(all(children(children(table, 'tr')[3]!, 'tc')[1]!, 'br')).toHaveLength(3);
		expect(pub.text).toContain('Chart: Children in care per 10,000 (2025-26)');
	});

	it('draws a chart as a table: each bar named, shaded across cells as long as its value, and valued in words', () => {
		const chart = tablesWith(pub, 'This council').find((t) => textOf(t).includes('74.5') && !textOf(t).includes('Indicator'));
		if (!chart) throw new Error('no chart table');
		const bars = children(chart, 'tr')
			.map((tr) => children(tr, 'tc'))
			.filter((cells) => cells.length > 1);
		expect(bars.map((cells) => [textOf(cells[0]!), textOf(cells.at(-1)!)])).toEqual([
			['This council', '72'],
			['Statistical neighbours', '68'],
			['England', '70'],
			['Region', '74.5'],
			['Target', '65']
		]);
		const span = (cell: Element) => Number(attr(all(cell, 'gridSpan')[0], 'val') ?? 1);
		const shading = (cell: Element) => all(cell, 'shd')[0];
		// Region (74.5) is the longest bar and fills the bar area; the others in proportion.
		expect(bars.map((cells) => span(cells[1]!))).toEqual([19, 18, 19, 20, 17]);
		// Every row spans the whole grid: label, the slices, the value column.
		const grid = children(all(chart, 'tblGrid')[0]!, 'gridCol').length;
		for (const cells of bars) expect(cells.reduce((sum, c) => sum + span(c), 0)).toBe(grid);
		// The council's bar is solid, the comparators' striped: not colour alone.
		expect(attr(shading(bars[0]![1]!), 'fill')).toBe('1D70B8');
		expect(bars.slice(1).map((cells) => attr(shading(cells[1]!), 'val'))).toEqual(Array(4).fill('reverseDiagStripe'));
	});

	it('lists the actions in a table with a repeating header row', () => {
		const [table] = tablesWith(pub, 'Amara Okafor');
		if (!table) throw new Error('no actions table');
		expect(rowTexts(table)).toEqual([
			['Action', 'Owner', 'Due', 'Status'],
			['Open a second children’s home in the borough', 'Amara Okafor, Head of Service', '30 September 2026', 'On track'],
			['Review out-of-area placements each quarter', 'Not given', 'Not given', 'Not started']
		]);
		expect(repeats(children(table, 'tr')[0]!)).toBe(true);
	});

	it('says "Not applicable" and why in place of the answer', () => {
		expect(textOf(paragraphWith(pub, 'Not applicable:'))).toBe(`Not applicable: ${NOT_APPLICABLE_REASON}`);
	});

	it('the public version holds none of an exempt answer’s figures or actions; the exempt version does', () => {
		const everything = Object.values(pub.parts).join('\n');
		const exemptText = Object.values(exempt.parts).join('\n');
		for (const secret of [SECRET_INDICATOR, SECRET_OWNER, SECRET_SOURCE, '4,123']) {
			expect(everything).not.toContain(secret);
			expect(exemptText).toContain(secret);
		}
	});
});
