import type { jsPDF } from 'jspdf';
import { __createTable, __drawTable, type CellHookData, type UserOptions } from 'jspdf-autotable';
import type { ExportArea, ExportDocument } from '../model.ts';
import { questionSetHeading } from '../wording.ts';
import { drawItems } from './draw.ts';
import { FONT_FAMILY } from './fonts.ts';
import { lineItem, type LineItem } from './items.ts';
import type { Measure } from './measure.ts';
import { paginate, type Chunk, type Frame } from './paginate.ts';
import { strokeLines, type Stroke } from './strokes.ts';
import { TABLE_WIDTH, continuedLine, layoutQuestionRow, type QuestionRow } from './question-row.ts';
import { wrapInlines } from './rich-text.ts';
import { tableTagging, withTableTagging } from './tagged-table.ts';
import { artifact, structNode, type StructNode } from './tagging.ts';
import { COLOUR, FONT_SIZE, LINE, PAGE, TABLE, lineHeight, type Rgb } from './theme.ts';

/**
 * The main table: Area of focus | Position statement | Reporter | Designation,
 * drawn by jspdf-autotable so its head row repeats on every page. Cell
 * content is laid out and paginated here (see paginate.ts) and drawn in
 * autotable's `didDrawCell` hook; autotable's own text drawing is not used
 * for the body, because it cannot split styled content across pages.
 *
 * Full-width heading rows sit above a row's first chunk, so they never end a
 * page alone: the area's heading above its first question and, when the
 * statement uses more than one question set, the set's heading above its
 * first area ("Question set: LGSCO Careless (December 2020)"), once per set.
 */

export interface MainTableResult {
	/** The page (1-based) where each area's heading is drawn, in area order. */
	areaPages: number[];
	/** The page (1-based) where each question's row starts, in order. */
	questionPages: number[];
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

/** One full-width band above a row: a set's or an area's heading. */
interface HeadingBand {
	lines: LineItem[];
	top: number;
	height: number;
	fill: Rgb;
}

/** A question row with the heading bands drawn above its first chunk. */
interface TableRow extends QuestionRow {
	bands: HeadingBand[];
	headingHeight: number;
}

/** The set's heading band: bold, on a darker fill than an area's. */
function setBand(title: string, measure: Measure, top: number, node?: StructNode): HeadingBand {
	const size = FONT_SIZE.setHeading;
	const lh = lineHeight(size);
	const lines = wrapInlines([{ kind: 'text', text: questionSetHeading(title), bold: true }], measure, { width: TABLE_WIDTH - 2 * TABLE.padX, size }).map((line, i) =>
		lineItem(line, 0, TABLE.padTop + i * lh, size, node)
	);
	return { lines, top, height: TABLE.padTop + lines.length * lh + TABLE.padBottom, fill: COLOUR.setFill };
}

/** A full-width row of the table (a heading row), tagged as a TR with one cell spanning the columns, holding a heading. */
function headingRow(body: StructNode | undefined, role: 'H2' | 'H3'): StructNode | undefined {
	if (!body) return undefined;
	return structNode(role, structNode('TD', structNode('TR', body), { colSpan: TABLE.widths.length }));
}

/**
 * Every question row in order, with the heading bands of the first question
 * of each area (and of each set, when there are several). Tagged under
 * `body` (the table's TBody): a heading row per band (H2 for a set's or, with
 * one set, an area's heading; H3 for an area under a set), then a TR per question.
 */
function tableRows(areas: readonly ExportArea[], measure: Measure, body?: StructNode): TableRow[] {
	const several = new Set(areas.map((a) => a.setTitle)).size > 1;
	const rows: TableRow[] = [];
	let previousSet: string | undefined;
	for (const area of areas) {
		area.questions.forEach((q, i) => {
			const newSet = i === 0 && several && area.setTitle !== previousSet;
			const setNode = newSet ? headingRow(body, 'H2') : undefined;
			const headingNode = i === 0 ? headingRow(body, several ? 'H3' : 'H2') : undefined;
			const tr = body ? structNode('TR', body) : undefined;
			const row = layoutQuestionRow(q, measure, i === 0 ? area : undefined, { ...(headingNode ? { heading: headingNode } : {}), ...(tr ? { row: tr } : {}) });
			const bands: HeadingBand[] = [];
			if (newSet) bands.push(setBand(area.setTitle, measure, 0, setNode));
			const below = bands.reduce((sum, b) => sum + b.height, 0);
			if (row.heading) bands.push({ lines: row.heading.lines, top: below, height: row.heading.height, fill: COLOUR.areaFill });
			rows.push({ ...row, bands, headingHeight: bands.reduce((sum, b) => sum + b.height, 0) });
		});
		if (area.questions.length > 0) previousSet = area.setTitle;
	}
	return rows;
}

function drawChunk(pdf: jsPDF, chunk: Chunk, row: TableRow, x: number, y: number, measure: Measure): void {
	const bands = chunk.first ? row.bands : [];
	const right = x + TABLE_WIDTH;
	const top = y + (chunk.first ? row.headingHeight : 0);
	const bottom = y + chunk.height;
	for (const band of bands) {
		artifact(pdf, () => {
			pdf.setFillColor(band.fill[0], band.fill[1], band.fill[2]);
			pdf.rect(x, y + band.top, TABLE_WIDTH, band.height, 'F');
		});
		drawItems(pdf, band.lines, x + TABLE.padX, y + band.top);
	}
	chunk.columns.forEach((items, c) => {
		// "2.3 (continued)" has no node: it is drawn as a pagination aid, an artifact.
		const shown = c === 0 && !chunk.first && items.length === 0 ? [continuedLine(row.question, measure)] : items;
		drawItems(pdf, shown, x + (columnX[c] ?? 0) + TABLE.padX, top);
	});
	// Where the figures and actions start, across the answer, reporter and designation columns: the reporter and
	// designation cells close above them.
	const firstWide = chunk.columns[1]?.find((item) => item.wide);
	const closed = firstWide ? Math.max(top, top + firstWide.top - TABLE.padBottom) : bottom;
	artifact(pdf, () => {
		setDraw(pdf, COLOUR.rule, LINE.table);
		const lines: Stroke[] = [];
		for (const band of bands) {
			lines.push([x, y + band.top, right, y + band.top], [x, y + band.top, x, y + band.top + band.height], [right, y + band.top, right, y + band.top + band.height]);
		}
		lines.push([x, top, right, top], [x, bottom, right, bottom]);
		columnX.forEach((cx, c) => {
			const end = c >= 2 ? closed : bottom;
			if (end > top) lines.push([x + cx, top, x + cx, end]);
		});
		if (closed > top && closed < bottom) lines.push([x + (columnX[2] ?? 0), closed, right, closed]);
		lines.push([right, top, right, bottom]);
		strokeLines(pdf, lines);
	});
}

/** Draws the table from `startY` on the current page; `contentBottom` is the lowest y any content may reach. */
export function drawMainTable(pdf: jsPDF, doc: ExportDocument, measure: Measure, startY: number, contentBottom: number, parent?: StructNode): MainTableResult {
	// Tagged: Table › THead (autotable's head row, TH per column) then TBody (the rows laid out here).
	const tableNode = parent ? structNode('Table', parent) : undefined;
	const tagging = tableTagging(pdf, tableNode, { body: 'drawn' });
	const body = tableNode?.kids.find((kid): kid is StructNode => kid.kind === 'node' && kid.role === 'TBody');
	const rows = tableRows(doc.areas, measure, body);
	const pageHeight = pdf.internal.pageSize.getHeight();

	const plan = (start: number) => {
		const probe = __createTable(pdf, { ...baseOptions(doc, measure, contentBottom, pageHeight, start), body: [] });
		const frame: Frame = { pageHeight, marginTop: PAGE.top, marginBottom: pageHeight - contentBottom, startY: start, headHeight: probe.getHeadHeight(probe.columns) };
		const flow = rows.map((row) => ({ headingHeight: row.headingHeight, columns: row.columns }));
		return paginate(flow, frame, { padTop: TABLE.padTop, padBottom: TABLE.padBottom, minLines: 2, wholeColumns: [0, 2], splitFirstRow: true, keepTablesUnder: 120 });
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
	const questionPages: number[] = [];
	let misplaced = 0;
	const options: UserOptions = {
		...baseOptions(doc, measure, contentBottom, pageHeight, y),
		body: chunks.map((chunk) => TABLE.widths.map(() => ({ content: '', styles: { minCellHeight: chunk.height } }))),
		...withTableTagging(tagging, { didDrawCell: (data: CellHookData) => {
			if (data.section !== 'body' || data.column.index !== 0) return;
			const chunk = chunks[data.row.index];
			const row = chunk ? rows[chunk.row] : undefined;
			if (!chunk || !row) return;
			const page = pdf.getCurrentPageInfo().pageNumber;
			if (page !== startPage + chunk.page) misplaced += 1;
			if (chunk.first && row.heading) areaPages.push(page);
			if (chunk.first) questionPages.push(page);
			drawChunk(pdf, chunk, row, data.cell.x, data.cell.y, measure);
		} })
	};
	const table = __createTable(pdf, options);
	__drawTable(pdf, table);
	return { areaPages, questionPages, finalY: table.finalY ?? y, misplaced };
}
