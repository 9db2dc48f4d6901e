import type { jsPDF } from 'jspdf';
import type { ExportDocument, ExportSummary } from '../model.ts';
import { layoutBlocks } from './block-layout.ts';
import { FONT_FAMILY, type FontStyle } from './fonts.ts';
import type { PageFlow } from './flow.ts';
import type { Measure } from './measure.ts';
import { wrapText } from './rich-text.ts';
import { strokeLines, type Stroke } from './strokes.ts';
import { artifact, structNode, tagged, type StructNode, type StructRole } from './tagging.ts';
import { drawText } from './text-writer.ts';
import { COLOUR, CONTENT_WIDTH, FONT_SIZE, LINE, MM_PER_PT, PAGE, TABLE, lineHeight } from './theme.ts';

/**
 * The summary page (progress, self-ratings by area, and which corporate
 * parenting principles each answer bears on) and the "Opportunities for
 * further scrutiny" section. The matrix marks a principle with the word
 * "Yes", never with colour alone, and its columns are numbered with a key.
 */

/** Something the outline points at. */
export interface OutlineEntry {
	title: string;
	page: number;
	children?: OutlineEntry[];
}

const cellSize = 10;
/** Cell padding in mm, and the line spacing of a cell's lines (jsPDF's default factor, as autotable drew these tables). */
const CELL_PAD = { top: 1.4, bottom: 1.6 } as const;
const CELL_LINE = 1.15;

type Align = 'left' | 'center' | 'right';

interface CellText {
	lines: { text: string; x: number }[];
	style: FontStyle;
	node: StructNode | undefined;
}

interface Row {
	cells: CellText[];
	height: number;
}

/**
 * Draws a plain-text table the flow's way (our own measuring, wrapping and
 * drawing: autotable measured and styled every cell again, a good part of a
 * render for these few tables) and moves the flow below it. `widths` and
 * `align` are per column and apply to the head row too; the head row is
 * bold on a grey fill with its text at the bottom, and repeats at the top of
 * each new page (there a pagination artifact); a row is never split. Tagged
 * as a Table with column headers, and the first column's cells as row
 * headers.
 */
function drawTable(
	pdf: jsPDF,
	flow: PageFlow,
	columns: { width: number; align: Align }[],
	head: string[],
	body: string[][],
	bold: (row: number) => boolean = () => false,
	parent?: StructNode
): void {
	const { measure } = flow;
	const em = cellSize * MM_PER_PT;
	const step = em * CELL_LINE;
	const lefts = columns.map((_, c) => columns.slice(0, c).reduce((sum, col) => sum + col.width, 0));
	const width = columns.reduce((sum, c) => sum + c.width, 0);
	const table = parent ? structNode('Table', parent) : undefined;
	const thead = table ? structNode('THead', table) : undefined;
	const tbody = table ? structNode('TBody', table) : undefined;

	const row = (texts: readonly string[], style: FontStyle, nodeOf: (c: number) => StructNode | undefined): Row => {
		const cells = columns.map((column, c): CellText => {
			const text = measure.printable(texts[c] ?? '', style);
			const wrapped = text ? wrapText(text, measure, { width: column.width - 2 * TABLE.padX, size: cellSize, bold: style === 'bold', align: column.align }) : [];
			const lines = wrapped.map((line) => ({ text: line.segments.map((segment) => segment.text).join(''), x: line.segments[0]?.x ?? 0 }));
			return { lines, style, node: nodeOf(c) };
		});
		const height = CELL_PAD.top + Math.max(1, ...cells.map((cell) => cell.lines.length)) * step + CELL_PAD.bottom;
		return { cells, height };
	};
	const headTr = thead ? structNode('TR', thead) : undefined;
	const headRow = row(head, 'bold', (c) => (headTr ? structNode('TH', headTr, { scope: 'Column' }) : undefined));
	const rows = body.map((texts, r) => {
		const tr = tbody ? structNode('TR', tbody) : undefined;
		// The first column names each row (a status, an area of focus, a question, the totals): row headers.
		return row(texts, bold(r) ? 'bold' : 'normal', (c) => (tr ? structNode(c === 0 ? 'TH' : 'TD', tr, c === 0 ? { scope: 'Row' } : {}) : undefined));
	});

	const left = PAGE.left;
	const drawRow = (laid: Row, top: number, header: boolean, repeated: boolean) => {
		artifact(pdf, () => {
			if (header) {
				pdf.setFillColor(COLOUR.headFill[0], COLOUR.headFill[1], COLOUR.headFill[2]);
				pdf.rect(left, top, width, laid.height, 'F');
			}
			pdf.setDrawColor(COLOUR.rule[0], COLOUR.rule[1], COLOUR.rule[2]);
			pdf.setLineWidth(LINE.mini);
			const lines: Stroke[] = [...lefts, width].map((x) => [left + x, top, left + x, top + laid.height]);
			lines.push([left, top, left + width, top], [left, top + laid.height, left + width, top + laid.height]);
			strokeLines(pdf, lines);
		});
		laid.cells.forEach((cell, c) => {
			if (cell.lines.length === 0) return;
			// As autotable placed text: the first baseline 0.85 em below the padding, or the last line at the bottom of a head cell.
			const first = header ? top + laid.height - CELL_PAD.bottom - cell.lines.length * step + em * 0.85 : top + CELL_PAD.top + em * 0.85;
			const x = left + (lefts[c] ?? 0) + TABLE.padX;
			const draw = () => {
				pdf.setFont(FONT_FAMILY, cell.style);
				pdf.setFontSize(cellSize);
				if (cell.lines.every((line) => line.x === 0)) drawText(pdf, cell.lines.map((line) => line.text), x, first, COLOUR.text, CELL_LINE);
				else cell.lines.forEach((line, i) => drawText(pdf, line.text, x + line.x, first + i * step, COLOUR.text));
			};
			if (repeated || !cell.node) artifact(pdf, draw, 'Pagination');
			else tagged(pdf, cell.node, draw);
		});
	};

	flow.ensure(lineHeight(cellSize) * 4 + 8);
	if (flow.y + headRow.height + (rows[0]?.height ?? 0) > flow.bottom && flow.y > PAGE.top) flow.newPage();
	drawRow(headRow, flow.y, true, false);
	flow.y += headRow.height;
	for (const laid of rows) {
		if (flow.y + laid.height > flow.bottom) {
			flow.newPage();
			drawRow(headRow, flow.y, true, true);
			flow.y += headRow.height;
		}
		drawRow(laid, flow.y, false, false);
		flow.y += laid.height;
	}
	flow.y += 5;
}

/** `{ node }` for a new element under `parent`, or nothing when untagged. */
function tag(role: StructRole, parent?: StructNode): { node?: StructNode } {
	return parent ? { node: structNode(role, parent) } : {};
}

function heading(flow: PageFlow, text: string, size: number, role: StructRole, parent?: StructNode): number {
	flow.text([{ kind: 'text', text, bold: true }], { size, after: 2, keepWith: 25, ...tag(role, parent) });
	return flow.y;
}

function sectionHeading(pdf: jsPDF, flow: PageFlow, text: string, parent?: StructNode): OutlineEntry {
	flow.ensure(lineHeight(FONT_SIZE.sectionHeading) + 30);
	const page = pdf.getCurrentPageInfo().pageNumber;
	heading(flow, text, FONT_SIZE.sectionHeading, 'H2', parent);
	return { title: text, page };
}

function drawProgress(pdf: jsPDF, flow: PageFlow, summary: ExportSummary, parent?: StructNode): void {
	flow.text(`${summary.answered} of ${summary.total} questions answered.`, { size: FONT_SIZE.body, after: 3, ...tag('P', parent) });
	drawTable(
		pdf,
		flow,
		[
			{ width: 60, align: 'left' },
			{ width: 30, align: 'right' }
		],
		['Progress of the answers', 'Questions'],
		[...summary.byStatus.map((s) => [s.label, String(s.count)]), ['Total', String(summary.total)]],
		(r) => r === summary.byStatus.length,
		parent
	);
}

function drawRatings(pdf: jsPDF, flow: PageFlow, summary: ExportSummary, parent?: StructNode): void {
	heading(flow, 'Self-ratings by area of focus', FONT_SIZE.subHeading, 'H3', parent);
	flow.text('How the officers rated each answered question, by area of focus.', { size: FONT_SIZE.body, after: 2.5, ...tag('P', parent) });
	const totals = summary.ratingColumns.map((_, c) => summary.ratingsByArea.reduce((sum, a) => sum + (a.counts[c] ?? 0), 0));
	const areaWidth = 57;
	const ratingWidth = (CONTENT_WIDTH - areaWidth) / Math.max(summary.ratingColumns.length, 1);
	drawTable(
		pdf,
		flow,
		[{ width: areaWidth, align: 'left' }, ...summary.ratingColumns.map(() => ({ width: ratingWidth, align: 'right' as const }))],
		['Area of focus', ...summary.ratingColumns.map((c) => c.label)],
		[...summary.ratingsByArea.map((a) => [`${a.number}. ${a.title}`, ...a.counts.map(String)]), ['Total', ...totals.map(String)]],
		(r) => r === summary.ratingsByArea.length,
		parent
	);
}

function drawMatrix(pdf: jsPDF, flow: PageFlow, summary: ExportSummary, parent?: StructNode): void {
	heading(flow, 'Answers and the corporate parenting principles', FONT_SIZE.subHeading, 'H3', parent);
	flow.text('“Yes” marks each corporate parenting principle an answer bears on. The columns are numbered as the principles:', {
		size: FONT_SIZE.body,
		after: 1.5,
		...tag('P', parent)
	});
	for (const p of summary.principleColumns) {
		flow.text(
			[
				{ kind: 'text', text: `${p.number}. ${p.label}`, bold: true },
				{ kind: 'text', text: ` – ${p.text}` }
			],
			{ size: FONT_SIZE.body, x: 4, after: 0.8, ...tag('P', parent) }
		);
	}
	flow.gap(2.5);
	const markWidth = 10.5;
	const columns = summary.principleColumns.length;
	drawTable(
		pdf,
		flow,
		[{ width: CONTENT_WIDTH - markWidth * columns, align: 'left' }, ...summary.principleColumns.map(() => ({ width: markWidth, align: 'center' as const }))],
		['Question', ...summary.principleColumns.map((p) => String(p.number))],
		[
			...summary.matrix.map((row) => [`${row.number} ${row.text}`, ...row.bears.map((b) => (b ? 'Yes' : ''))]),
			['Answers bearing on each principle', ...summary.principleTotals.map(String)]
		],
		(r) => r === summary.matrix.length,
		parent
	);
}

/** Room the summary needs to start on the table's last page: its heading, first line and the progress table. */
const SUMMARY_START = 60;

/** The summary, under the table when there is room for its start there, else from a new page. Returns its outline entry. */
export function drawSummary(pdf: jsPDF, flow: PageFlow, summary: ExportSummary, parent?: StructNode): OutlineEntry {
	flow.gap(8);
	flow.ensure(SUMMARY_START);
	const section = parent ? structNode('Sect', parent) : undefined;
	const entry = sectionHeading(pdf, flow, 'Summary', section);
	drawProgress(pdf, flow, summary, section);
	drawRatings(pdf, flow, summary, section);
	drawMatrix(pdf, flow, summary, section);
	return entry;
}

/** "Opportunities for further scrutiny", after what came before. */
export function drawFurtherScrutiny(pdf: jsPDF, flow: PageFlow, doc: ExportDocument, measure: Measure, parent?: StructNode): OutlineEntry | undefined {
	if (doc.furtherScrutiny.length === 0) return undefined;
	flow.gap(3);
	const section = parent ? structNode('Sect', parent) : undefined;
	const entry = sectionHeading(pdf, flow, 'Opportunities for further scrutiny', section);
	flow.items(layoutBlocks(doc.furtherScrutiny, { measure, size: FONT_SIZE.body, ...(section ? { parent: section } : {}) }, CONTENT_WIDTH).items);
	return entry;
}
