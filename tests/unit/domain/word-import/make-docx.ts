/**
 * Test Word documents made with the `docx` package: a position statement
 * table with the variants councils use (a rating column, no designation
 * column, area heading rows, two reporters in one cell, links, lists,
 * tables, bold and italic, a picture, merged cells).
 */
import { JSDOM } from 'jsdom';
import {
	Document,
	ExternalHyperlink,
	ImageRun,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	type ParagraphChild
} from 'docx';
import type { HtmlParser } from '../../../../src/lib/domain/word-import/read.ts';

/** jsdom as the HTML parser, as the command-line importer uses it. */
export const jsdomParser: HtmlParser = { parseHtml: (html) => new JSDOM(html).window.document };

/** A cell's content: lines of plain text, or paragraphs made by hand. */
export type CellContent = string | string[] | (Paragraph | Table)[];

function paragraphs(content: CellContent): (Paragraph | Table)[] {
	if (typeof content === 'string') return [new Paragraph(content)];
	if (content.length === 0) return [new Paragraph('')];
	if (typeof content[0] === 'string') return (content as string[]).map((line) => new Paragraph(line));
	return content as (Paragraph | Table)[];
}

/** A table cell; `span` makes it run across that many columns. */
export function cell(content: CellContent, options: { span?: number; rowSpan?: number } = {}): TableCell {
	return new TableCell({ children: paragraphs(content), columnSpan: options.span, rowSpan: options.rowSpan });
}

/** A row of cells from their content. */
export function row(...cells: (CellContent | TableCell)[]): TableRow {
	return new TableRow({ children: cells.map((c) => (c instanceof TableCell ? c : cell(c))) });
}

/** A table from rows. */
export function table(rows: TableRow[]): Table {
	return new Table({ rows });
}

/** A paragraph of runs: plain text, bold, italic and links. */
export function rich(...parts: (string | { bold: string } | { italic: string } | { link: string; href: string })[]): Paragraph {
	const children: ParagraphChild[] = parts.map((p) => {
		if (typeof p === 'string') return new TextRun(p);
		if ('bold' in p) return new TextRun({ text: p.bold, bold: true });
		if ('italic' in p) return new TextRun({ text: p.italic, italics: true });
		return new ExternalHyperlink({ link: p.href, children: [new TextRun({ text: p.link, style: 'Hyperlink' })] });
	});
	return new Paragraph({ children });
}

/** A bulleted item. */
export function bullet(text: string): Paragraph {
	return new Paragraph({ text, bullet: { level: 0 } });
}

// A 1×1 PNG, enough for Word to hold a picture.
const PIXEL = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** A paragraph holding a picture with this description. */
export function picture(description: string): Paragraph {
	return new Paragraph({
		children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 20, height: 20 }, altText: { name: 'chart', description, title: description } })]
	});
}

/** A .docx of these paragraphs and tables. */
export async function makeDocx(children: (Paragraph | Table)[]): Promise<Uint8Array> {
	const doc = new Document({ sections: [{ children }] });
	return new Uint8Array(await Packer.toBuffer(doc));
}
