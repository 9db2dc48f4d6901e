import type { jsPDF } from 'jspdf';
import { __createTable, __drawTable, type CellHookData, type UserOptions } from 'jspdf-autotable';
import type { ExportDocument } from '../model.ts';
import { drawItems } from './draw.ts';
import { FONT_FAMILY } from './fonts.ts';
import type { Measure } from './measure.ts';
import { paginate, type Chunk, type Frame } from './paginate.ts';
import { TABLE_WIDTH, continuedLine, layoutQuestionRow, type QuestionRow } from './question-row.ts';
import { COLOUR, FONT_SIZE, LINE, PAGE, TABLE, type Rgb } from './theme.ts';

/**
 * The main table: Area of focus | Position statement | Reporter | Designation,
 * drawn by jspdf-autotable so its head row repeats on every page. Cell
 * content is laid out and paginated here (see paginate.ts) and drawn in
 * autotable's `didDrawCell` hook; autotable's own text drawing is not used
 * for the body, because it cannot split styled content across pages.
 */

export interface MainTableResult {
	/** The page (1-based) where each area's heading is drawn, in area order. */
	areaPages: number[];
	/** Where the table ends on its last page. */
	finalY: number;
	/** Chunks autotable placed on a different page from the one planned (0 when layout and autotable agree). */
	misplaced: number;
}

const columnX = TABLE.widths.map((_, c) => TABLE.widths.slice(0, c).reduce((sum, w) => sum + w, 0));

function rgb(colour: Rgb): [number, number, number] {
	return [colour[0], colour[1], colour[2]];
}

function baseOptions(doc: ExportDocument, measure: Measure, contentBottom: number, pageHeight: number, startY: number): UserOptions {
	const head = [doc.columns.area, doc.columns.position, doc.columns.reporter, doc.columns.designation].map((label) => measure.printable(label, 'bold'));
	return {
		theme: 'plain',
		startY,
		margin: { top: PAGE.top, bottom: pageHeight - contentBottom, left: PAGE.left, right: PAGE.right },
		tableWidth: TABLE_WIDTH,
		showHead: 'everyPage',
		showFoot: 'never',
		rowPageBreak: 'avoid',
		head: [head],
		styles: { font: FONT_FAMILY, overflow: 'linebreak' },
		headStyles: {
			font: FONT_FAMILY,
			fontStyle: 'bold',
			fontSize: FONT_SIZE.cell,
			textColor: rgb(COLOUR.text),
			fillColor: rgb(COLOUR.headFill),
			lineColor: rgb(COLOUR.rule),
			lineWidth: LINE.table,
			valign: 'middle',
			cellPadding: { top: TABLE.padTop, bottom: TABLE.padBottom, left: TABLE.padX, right: TABLE.padX }
		},
		// Body cells are empty boxes of a set height; their content is drawn in didDrawCell.
		bodyStyles: { fontSize: 1, cellPadding: 0, lineWidth: 0, fillColor: false, minCellHeight: 0 },
		columnStyles: Object.fromEntries(TABLE.widths.map((w, c) => [String(c), { cellWidth: w }]))
	};
}

function setDraw(pdf: jsPDF, colour: Rgb, width: number): void {
	pdf.setDrawColor(colour[0], colour[1], colour[2]);
	pdf.setLineWidth(width);
}

function drawChunk(pdf: jsPDF, chunk: Chunk, row: QuestionRow, x: number, y: number, measure: Measure): void {
	const heading = chunk.first && row.heading ? row.heading : undefined;
	const right = x + TABLE_WIDTH;
	const top = y + (heading?.height ?? 0);
	const bottom = y + chunk.height;
	if (heading) {
		pdf.setFillColor(COLOUR.areaFill[0], COLOUR.areaFill[1], COLOUR.areaFill[2]);
		pdf.rect(x, y, TABLE_WIDTH, heading.height, 'F');
		drawItems(pdf, heading.lines, x + TABLE.padX, y);
	}
	chunk.columns.forEach((items, c) => {
		const shown = c === 0 && !chunk.first && items.length === 0 ? [continuedLine(row.question, measure)] : items;
		drawItems(pdf, shown, x + (columnX[c] ?? 0) + TABLE.padX, top);
	});
	setDraw(pdf, COLOUR.rule, LINE.table);
	if (heading) {
		pdf.line(x, y, right, y);
		pdf.line(x, y, x, top);
		pdf.line(right, y, right, top);
	}
	pdf.line(x, top, right, top);
	pdf.line(x, bottom, right, bottom);
	for (const cx of columnX) pdf.line(x + cx, top, x + cx, bottom);
	pdf.line(right, top, right, bottom);
}

/** Draws the table from `startY` on the current page; `contentBottom` is the lowest y any content may reach. */
export function drawMainTable(pdf: jsPDF, doc: ExportDocument, measure: Measure, startY: number, contentBottom: number): MainTableResult {
	const rows: QuestionRow[] = doc.areas.flatMap((area) => area.questions.map((q, i) => layoutQuestionRow(q, measure, i === 0 ? area : undefined)));
	const pageHeight = pdf.internal.pageSize.getHeight();

	const plan = (start: number) => {
		const probe = __createTable(pdf, { ...baseOptions(doc, measure, contentBottom, pageHeight, start), body: [] });
		const frame: Frame = { pageHeight, marginTop: PAGE.top, marginBottom: pageHeight - contentBottom, startY: start, headHeight: probe.getHeadHeight(probe.columns) };
		const flow = rows.map((row) => ({ headingHeight: row.heading?.height ?? 0, columns: row.columns }));
		return paginate(flow, frame, { padTop: TABLE.padTop, padBottom: TABLE.padBottom, minLines: 2, keepTogether: 60 });
	};
	let y = startY;
	let chunks = plan(y);
	// Never leave the head row alone at the foot of the first page.
	if (chunks[0] && chunks[0].page > 0) {
		pdf.addPage();
		y = PAGE.top;
		chunks = plan(y);
	}

	const startPage = pdf.getCurrentPageInfo().pageNumber;
	const areaPages: number[] = [];
	let misplaced = 0;
	const options: UserOptions = {
		...baseOptions(doc, measure, contentBottom, pageHeight, y),
		body: chunks.map((chunk) => TABLE.widths.map(() => ({ content: '', styles: { minCellHeight: chunk.height } }))),
		didDrawCell: (data: CellHookData) => {
			if (data.section !== 'body' || data.column.index !== 0) return;
			const chunk = chunks[data.row.index];
			const row = chunk ? rows[chunk.row] : undefined;
			if (!chunk || !row) return;
			const page = pdf.getCurrentPageInfo().pageNumber;
			if (page !== startPage + chunk.page) misplaced += 1;
			if (chunk.first && row.heading) areaPages.push(page);
			drawChunk(pdf, chunk, row, data.cell.x, data.cell.y, measure);
		}
	};
	const table = __createTable(pdf, options);
	__drawTable(pdf, table);
	return { areaPages, finalY: table.finalY ?? y, misplaced };
}
