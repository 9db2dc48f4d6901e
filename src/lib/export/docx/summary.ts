import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { ExportDocument, ExportSummary } from '../model.ts';
import { SUMMARY_WORDS as W, areaTitle } from '../wording.ts';
import { blocksToDocx, type BodyChild } from './blocks.ts';
import type { ListNumbering } from './numbering.ts';
import { textRun } from './runs.ts';
import { COLOUR, CONTENT_WIDTH, SIZE, SPACE, mm } from './theme.ts';

/**
 * The summary (progress, self-ratings by area of focus, and which corporate
 * parenting principles each answer bears on) and "Opportunities for further
 * scrutiny". The principles matrix marks a principle with the word "Yes",
 * never with colour alone; its columns are numbered, with a key above.
 */

const size = SIZE.miniTable;
const border = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };

interface Column {
	width: number;
	align?: 'left' | 'right' | 'center';
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/** A plain table of words and figures with a repeating header row; the last row bold when it is a total. */
function dataTable(columns: Column[], head: string[], body: string[][], totalRow: boolean): Table {
	const row = (cells: string[], bold: boolean, header: boolean) =>
		new TableRow({
			...(header ? { tableHeader: true } : {}),
			cantSplit: true,
			children: columns.map(
				(column, c) =>
					new TableCell({
						width: { size: column.width, type: WidthType.DXA },
						...(header ? { shading: { type: ShadingType.CLEAR, fill: COLOUR.headFill, color: 'auto' } } : {}),
						children: [
							new Paragraph({
								alignment: ALIGN[column.align ?? 'left'],
								spacing: { after: 0 },
								children: [textRun(cells[c] ?? '', { size, bold })]
							})
						]
					})
			)
		});
	const width = columns.reduce((sum, c) => sum + c.width, 0);
	return new Table({
		width: { size: width, type: WidthType.DXA },
		columnWidths: columns.map((c) => c.width),
		layout: TableLayoutType.FIXED,
		margins: { top: 40, bottom: 40, left: mm(1.8), right: mm(1.8) },
		borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
		rows: [row(head, true, true), ...body.map((cells, r) => row(cells, totalRow && r === body.length - 1, false))]
	});
}

function heading(text: string, level: 2 | 3, pageBreakBefore = false): Paragraph {
	return new Paragraph({
		heading: level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
		keepNext: true,
		spacing: { before: level === 2 ? 360 : 240, after: 120 },
		...(pageBreakBefore ? { pageBreakBefore: true } : {}),
		children: [textRun(text, { size: level === 2 ? SIZE.section : SIZE.subHeading, bold: true })]
	});
}

function sentence(text: string, after: number = SPACE.paragraph): Paragraph {
	return new Paragraph({ spacing: { after }, keepNext: true, children: [textRun(text, { size: SIZE.body })] });
}

/** A thin gap after a table: Word needs a paragraph between two tables. */
function gap(): Paragraph {
	return new Paragraph({ spacing: { after: 120 }, children: [] });
}

function progress(summary: ExportSummary): BodyChild[] {
	return [
		sentence(W.answered(summary.answered, summary.total)),
		dataTable(
			[{ width: mm(60) }, { width: mm(30), align: 'right' }],
			[...W.progressColumns],
			[...summary.byStatus.map((s) => [s.label, String(s.count)]), [W.total, String(summary.total)]],
			true
		),
		gap()
	];
}

function ratings(summary: ExportSummary): BodyChild[] {
	const totals = summary.ratingColumns.map((_, c) => summary.ratingsByArea.reduce((sum, a) => sum + (a.counts[c] ?? 0), 0));
	const first = mm(57);
	const each = Math.floor((CONTENT_WIDTH - first) / Math.max(summary.ratingColumns.length, 1));
	return [
		heading(W.ratingsHeading, 3),
		sentence(W.ratingsIntro),
		dataTable(
			[{ width: first }, ...summary.ratingColumns.map((): Column => ({ width: each, align: 'right' }))],
			['Area of focus', ...summary.ratingColumns.map((c) => c.label)],
			[...summary.ratingsByArea.map((a) => [areaTitle(a), ...a.counts.map(String)]), [W.total, ...totals.map(String)]],
			true
		),
		gap()
	];
}

function matrix(summary: ExportSummary): BodyChild[] {
	const mark = mm(10.5);
	const first = CONTENT_WIDTH - mark * summary.principleColumns.length;
	const key = summary.principleColumns.map(
		(p) =>
			new Paragraph({
				indent: { left: mm(4) },
				spacing: { after: 40 },
				keepNext: true,
				children: [textRun(`${p.number}. ${p.label}`, { size: SIZE.body, bold: true }), textRun(` – ${p.text}`, { size: SIZE.body })]
			})
	);
	return [
		heading(W.matrixHeading, 3),
		sentence(W.matrixIntro, 60),
		...key,
		new Paragraph({ spacing: { after: 60 }, children: [] }),
		dataTable(
			[{ width: first }, ...summary.principleColumns.map((): Column => ({ width: mark, align: 'center' }))],
			['Question', ...summary.principleColumns.map((p) => String(p.number))],
			[
				...summary.matrix.map((row) => [`${row.number} ${row.text}`, ...row.bears.map((b) => (b ? W.mark : ''))]),
				[W.matrixTotal, ...summary.principleTotals.map(String)]
			],
			true
		),
		gap()
	];
}

/** The summary, from a new page. */
export function summarySection(summary: ExportSummary): BodyChild[] {
	return [heading(W.heading, 2, true), ...progress(summary), ...ratings(summary), ...matrix(summary)];
}

/** "Opportunities for further scrutiny", when the statement has any. */
export function furtherScrutinySection(doc: ExportDocument, numbering: ListNumbering): BodyChild[] {
	if (doc.furtherScrutiny.length === 0) return [];
	return [
		heading(W.furtherScrutiny, 2),
		...blocksToDocx(doc.furtherScrutiny, { numbering, base: { size: SIZE.body }, width: CONTENT_WIDTH, after: SPACE.paragraph })
	];
}
