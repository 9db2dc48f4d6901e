import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type RowInput } from 'jspdf-autotable';
import { FONT_FAMILY, registerPdfFonts, type PdfFonts } from './pdf/fonts.ts';
import { measureFor } from './pdf/measure.ts';
import { tableTagging, withTableTagging } from './pdf/tagged-table.ts';
import { Tagger, structNode } from './pdf/tagging.ts';

/**
 * The A4 landscape table PDF that the scrutiny monitoring table and the
 * action plan share: a few heading lines, a jspdf-autotable table whose
 * head row repeats on every page, cells in some columns merged down while
 * a row "joins" the one above (drawn once, with no rule between), and a
 * footer with the title and "Page X of Y". This module imports jsPDF and
 * jspdf-autotable, so the app loads it only with `await import(...)`.
 */

type Rgb = [number, number, number];

const PAGE = { width: 297, height: 210, left: 15, right: 15, top: 15, bottom: 18 } as const;
const TEXT: Rgb = [11, 12, 12];
/** Dark enough for AA contrast on white (about 7:1). */
const SECONDARY: Rgb = [80, 90, 95];
const RULE: Rgb = [11, 12, 12];
const HEAD_FILL: Rgb = [222, 224, 226];
const LINE = 0.25;
const MM_PER_PT = 25.4 / 72;
const CELL_PAD_X = 1.8;

/** A line above the table. */
export interface HeadingLine {
	text: string;
	size: number;
	bold: boolean;
	/** Secondary (grey) text rather than the main text colour. */
	secondary?: boolean;
	/** Space after it, in mm. */
	after: number;
}

export interface LandscapeTable {
	/** Document properties. */
	title: string;
	subject: string;
	headingLines: readonly HeadingLine[];
	/** Column widths in mm. */
	widths: readonly number[];
	head: readonly string[];
	/** One array of cell texts per row; new lines are kept. */
	rows: readonly (readonly string[])[];
	/** Shown across the table when there are no rows. */
	emptyMessage: string;
	/** The columns whose cells merge down while a row joins the one above. */
	mergedColumns: readonly number[];
	joinsRowAbove: (row: number) => boolean;
	/**
	 * What a merged cell says when its row starts a page (so the reader
	 * knows what continues); undefined keeps the cell's own text.
	 */
	continuedText?: (row: number, column: number) => string | undefined;
	/**
	 * The column whose cells name their row (the action plan's question),
	 * tagged as row headers; when it is merged down, one header spans the
	 * rows that join it.
	 */
	rowHeaderColumn?: number;
	/** Cells printed in bold. */
	bold?: (row: number, column: number) => boolean;
	footer: string;
}

/** Renders the table as PDF bytes, with the Arimo fonts embedded. */
export function renderLandscapeTablePdf(table: LandscapeTable, fonts: PdfFonts): Uint8Array {
	const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'landscape', compress: true });
	registerPdfFonts(doc, fonts);
	const measure = measureFor(doc);
	const tableWidth = table.widths.reduce((sum, w) => sum + w, 0);
	// The writer's line breaks are kept (autotable breaks lines at "\n"); each line is made printable on its own.
	const normal = (text: string) =>
		text
			.split(/\r\n|\r|\n/)
			.map((l) => measure.printable(l, 'normal'))
			.join('\n');
	const bold = (text: string) => measure.printable(text, 'bold');

	doc.setProperties({ title: table.title, subject: table.subject, creator: 'Position statements for scrutiny' });
	// Tagged PDF (see pdf/tagging.ts): the largest heading line is the H1, the others paragraphs, the table a Table, the footer an artifact.
	const tagger = new Tagger(doc, { title: table.title, language: 'en-GB' });
	const root = tagger.root;
	const largest = Math.max(...table.headingLines.map((h) => h.size));

	let y = PAGE.top;
	for (const heading of table.headingLines) {
		doc.setFont(FONT_FAMILY, heading.bold ? 'bold' : 'normal');
		doc.setFontSize(heading.size);
		doc.setTextColor(...(heading.secondary ? SECONDARY : TEXT));
		const lines = doc.splitTextToSize(heading.bold ? bold(heading.text) : normal(heading.text), tableWidth) as string[];
		const node = structNode(heading.size === largest && heading.bold ? 'H1' : 'P', root);
		for (const l of lines) {
			y += heading.size * MM_PER_PT * 1.25;
			tagger.content(node, () => doc.text(l, PAGE.left, y));
		}
		y += heading.after;
	}

	const { rows } = table;
	const merged = new Set(table.mergedColumns);
	const body: RowInput[] = rows.length > 0 ? rows.map((r) => r.map(normal)) : [[{ content: normal(table.emptyMessage), colSpan: table.widths.length }]];
	const joins = (data: CellHookData) => data.section === 'body' && merged.has(data.column.index) && rows.length > 0 && table.joinsRowAbove(data.row.index);
	let lastBodyPage = 0;
	// A merged-looking cell of a row that joins the one above says nothing new: at the top of a page its "continued" note is an artifact.
	// A merged row header spans its first row and every row joining it.
	const span = (row: number) => {
		let end = row + 1;
		while (end < rows.length && table.joinsRowAbove(end)) end += 1;
		return end - row;
	};
	const headerColumn = rows.length > 0 ? table.rowHeaderColumn : undefined;
	const tagging = tableTagging(doc, structNode('Table', root), {
		reminder: (data) => joins(data),
		rowHeader: (data) => data.column.index === headerColumn,
		rowSpan: (data) => (!merged.has(data.column.index) ? 1 : joins(data) ? 0 : span(data.row.index))
	});

	autoTable(doc, {
		theme: 'grid',
		startY: y,
		margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
		tableWidth,
		showHead: 'everyPage',
		rowPageBreak: 'avoid',
		head: [table.head.map(bold)],
		body,
		styles: {
			font: FONT_FAMILY,
			fontStyle: 'normal',
			fontSize: 10,
			textColor: TEXT,
			lineColor: RULE,
			lineWidth: LINE,
			overflow: 'linebreak',
			valign: 'top',
			cellPadding: { top: 1.8, bottom: 2, left: CELL_PAD_X, right: CELL_PAD_X }
		},
		headStyles: { fontStyle: 'bold', fillColor: HEAD_FILL, textColor: TEXT, valign: 'middle' },
		bodyStyles: { fillColor: false },
		columnStyles: Object.fromEntries(table.widths.map((w, c) => [String(c), { cellWidth: w }])),
		didParseCell(data) {
			if (data.section !== 'body' || rows.length === 0) return;
			if (table.bold?.(data.row.index, data.column.index)) data.cell.styles.fontStyle = 'bold';
			// One merged-looking cell while rows join: no rule between them in those columns.
			if (!merged.has(data.column.index)) return;
			const next = data.row.index + 1 < rows.length && table.joinsRowAbove(data.row.index + 1);
			data.cell.styles.lineWidth = { left: LINE, right: LINE, top: table.joinsRowAbove(data.row.index) ? 0 : LINE, bottom: next ? 0 : LINE };
		},
		...withTableTagging(tagging, {
			willDrawCell(data) {
				if (data.section !== 'body') return;
				const firstOnPage = data.pageNumber !== lastBodyPage;
				if (data.column.index === table.widths.length - 1) lastBodyPage = data.pageNumber;
				if (!joins(data)) return;
				if (firstOnPage) {
					const text = table.continuedText?.(data.row.index, data.column.index);
					const width = table.widths[data.column.index] ?? 0;
					if (text !== undefined) data.cell.text = doc.splitTextToSize(normal(text), width - 2 * CELL_PAD_X) as string[];
					// A continued group starts a page: close the rule over it.
					data.cell.styles.lineWidth = { left: LINE, right: LINE, top: LINE, bottom: 0 };
				} else {
					data.cell.text = [];
				}
			}
		}),
		didDrawPage(data) {
			// The table's bottom rule on each page, which merged-looking cells may have left open.
			const cursor = data.cursor;
			if (!cursor) return;
			tagger.artifact(() => {
				doc.setDrawColor(...RULE);
				doc.setLineWidth(LINE);
				doc.line(PAGE.left, cursor.y, PAGE.left + tableWidth, cursor.y);
			});
		}
	});

	const pages = doc.getNumberOfPages();
	for (let n = 1; n <= pages; n += 1) {
		doc.setPage(n);
		doc.setFont(FONT_FAMILY, 'normal');
		doc.setFontSize(9);
		doc.setTextColor(...SECONDARY);
		const baseline = PAGE.height - 8;
		tagger.artifact(() => {
			doc.text(normal(table.footer), PAGE.left, baseline, { maxWidth: tableWidth - 30 });
			doc.text(`Page ${n} of ${pages}`, PAGE.left + tableWidth, baseline, { align: 'right' });
		}, 'Pagination');
	}
	return new Uint8Array(doc.output('arraybuffer'));
}
