import type { jsPDF } from 'jspdf';
import { __createTable, __drawTable, type RowInput, type UserOptions } from 'jspdf-autotable';
import type { ExportDocument, ExportSummary } from '../model.ts';
import { layoutBlocks } from './block-layout.ts';
import { FONT_FAMILY, type FontStyle } from './fonts.ts';
import type { PageFlow } from './flow.ts';
import type { Measure } from './measure.ts';
import { tableTagging } from './tagged-table.ts';
import { structNode, type StructNode, type StructRole } from './tagging.ts';
import { COLOUR, CONTENT_WIDTH, FONT_SIZE, LINE, PAGE, TABLE, lineHeight, type Rgb } from './theme.ts';

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

function rgb(colour: Rgb): [number, number, number] {
	return [colour[0], colour[1], colour[2]];
}

function tableOptions(pdf: jsPDF, flow: PageFlow): UserOptions {
	return {
		theme: 'grid',
		startY: flow.y,
		margin: { top: PAGE.top, bottom: pdf.internal.pageSize.getHeight() - flow.bottom, left: PAGE.left, right: PAGE.right },
		showHead: 'everyPage',
		rowPageBreak: 'avoid',
		styles: {
			font: FONT_FAMILY,
			fontSize: cellSize,
			textColor: rgb(COLOUR.text),
			lineColor: rgb(COLOUR.rule),
			lineWidth: LINE.mini,
			cellPadding: { top: 1.4, bottom: 1.6, left: TABLE.padX, right: TABLE.padX },
			overflow: 'linebreak',
			valign: 'top'
		},
		headStyles: { fontStyle: 'bold', fillColor: rgb(COLOUR.headFill), textColor: rgb(COLOUR.text), valign: 'bottom' }
	};
}

type Align = 'left' | 'center' | 'right';

/**
 * Draws a plain-text table with autotable (it splits such rows across pages
 * itself, repeating the head row) and moves the flow below it. `widths` and
 * `align` are per column and apply to the head row too. Tagged with column
 * headers, and the first column's cells as row headers.
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
	const cell = (text: string, c: number, style: FontStyle) => ({
		content: measure.printable(text, style),
		styles: { halign: columns[c]?.align ?? 'left', fontStyle: style }
	});
	flow.ensure(lineHeight(cellSize) * 4 + 8);
	const table = __createTable(pdf, {
		...tableOptions(pdf, flow),
		tableWidth: columns.reduce((sum, c) => sum + c.width, 0),
		columnStyles: Object.fromEntries(columns.map((c, i) => [String(i), { cellWidth: c.width }])),
		head: [head.map((h, c) => cell(h, c, 'bold'))],
		body: body.map((row, r): RowInput => row.map((text, c) => cell(text, c, bold(r) ? 'bold' : 'normal'))),
		// The first column names each row (a status, an area of focus, a question, the totals): row headers.
		...tableTagging(pdf, parent ? structNode('Table', parent) : undefined, { rowHeader: (data) => data.column.index === 0 })
	});
	__drawTable(pdf, table);
	flow.y = (table.finalY ?? flow.y) + 5;
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
