import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Reporter } from '../../domain/types.ts';
import type { ExportArea, ExportDocument, ExportQuestion } from '../model.ts';
import { answerBlocks, areaTitle, questionInlines, questionSetHeading, questionSetLines, SELF_RATING_LABEL } from '../wording.ts';
import { blocksToDocx, cellChildren, type BodyChild } from './blocks.ts';
import { figuresAndActionsDocx } from './figures.ts';
import type { ListNumbering } from './numbering.ts';
import { runsOf, textRun } from './runs.ts';
import { CELL_MARGIN, COLOUR, CONTENT_WIDTH, MAIN_COLUMNS, SIZE, SPACE } from './theme.ts';

/**
 * The position statement table, as the panel papers set it out: Area of
 * focus | Position statement | Reporter | Designation. The header row repeats
 * at the top of every page (Word's "repeat as header row"); each area opens
 * with a shaded heading row across all four columns; each question row holds
 * the number and verbatim question, the answer, and its reporters.
 *
 * With several reporters the question row is split into one row per reporter
 * and the question and answer cells are merged down across them, so each
 * designation starts on the same line as its reporter's name however either
 * wraps.
 */

const size = SIZE.cell;
const border = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };

function cell(column: number, children: BodyChild[], options: { rowSpan?: number } = {}): TableCell {
	return new TableCell({
		width: { size: MAIN_COLUMNS[column] ?? 0, type: WidthType.DXA },
		...(options.rowSpan && options.rowSpan > 1 ? { rowSpan: options.rowSpan } : {}),
		children: cellChildren(children)
	});
}

function plainCell(column: number, text: string, bold = false): TableCell {
	return cell(column, text ? [new Paragraph({ spacing: { after: 0 }, children: [textRun(text, { size, bold })] })] : []);
}

function headerRow(doc: ExportDocument): TableRow {
	const { area, position, reporter, designation } = doc.columns;
	return new TableRow({
		tableHeader: true,
		cantSplit: true,
		children: [area, position, reporter, designation].map(
			(text, column) =>
				new TableCell({
					width: { size: MAIN_COLUMNS[column] ?? 0, type: WidthType.DXA },
					shading: { type: ShadingType.CLEAR, fill: COLOUR.headFill, color: 'auto' },
					children: [new Paragraph({ spacing: { after: 0 }, keepNext: true, children: [textRun(text, { size, bold: true })] })]
				})
		)
	});
}

/** "Question set: …" above the first area of each set, when the statement uses more than one. */
function setRow(setTitle: string): TableRow {
	return new TableRow({
		cantSplit: true,
		children: [
			new TableCell({
				columnSpan: 4,
				width: { size: CONTENT_WIDTH, type: WidthType.DXA },
				shading: { type: ShadingType.CLEAR, fill: COLOUR.setFill, color: 'auto' },
				children: [new Paragraph({ spacing: { before: 40, after: 40 }, keepNext: true, children: [textRun(questionSetHeading(setTitle), { size: SIZE.areaHeading, bold: true })] })]
			})
		]
	});
}

function areaRow(area: ExportArea): TableRow {
	return new TableRow({
		cantSplit: true,
		children: [
			new TableCell({
				columnSpan: 4,
				width: { size: CONTENT_WIDTH, type: WidthType.DXA },
				shading: { type: ShadingType.CLEAR, fill: COLOUR.areaFill, color: 'auto' },
				// Keep with next: an area's heading is never left alone at the foot of a page.
				children: [new Paragraph({ spacing: { before: 20, after: 20 }, keepNext: true, children: [textRun(areaTitle(area), { size: SIZE.areaHeading, bold: true })] })]
			})
		]
	});
}

function answerCellChildren(question: ExportQuestion, numbering: ListNumbering): BodyChild[] {
	const width = (MAIN_COLUMNS[1] ?? 0) - CELL_MARGIN.left - CELL_MARGIN.right;
	const ctx = { numbering, base: { size }, width, after: SPACE.cellParagraph };
	return [...blocksToDocx(answerBlocks(question.answer), ctx), ...figuresAndActionsDocx(question, ctx)];
}

/** "Self-rating: One to watch" under the question, for an answer the officers rated (never a withheld one: the model says not rated). */
function ratingLine(question: ExportQuestion): Paragraph[] {
	if (question.selfRating === 'not-rated') return [];
	return [
		new Paragraph({
			spacing: { before: SPACE.cellParagraph, after: 0 },
			children: [textRun(`${SELF_RATING_LABEL}: `, { size, bold: true }), textRun(question.selfRatingLabel, { size })]
		})
	];
}

/** One row per reporter (at least one row); the question and the answer span them all. */
function questionRows(question: ExportQuestion, numbering: ListNumbering): TableRow[] {
	const reporters: Reporter[] = question.reporters.length > 0 ? question.reporters : [{ name: '', designation: '' }];
	const span = reporters.length;
	const questionCell = cell(0, [new Paragraph({ spacing: { after: 0 }, children: runsOf(questionInlines(question), { size }) }), ...ratingLine(question)], {
		rowSpan: span
	});
	const answerCell = cell(1, answerCellChildren(question, numbering), { rowSpan: span });
	return reporters.map(
		(reporter, i) =>
			new TableRow({
				children: [...(i === 0 ? [questionCell, answerCell] : []), plainCell(2, reporter.name), plainCell(3, reporter.designation)]
			})
	);
}

/** The main table for the whole statement. */
export function mainTable(doc: ExportDocument, numbering: ListNumbering): Table {
	const rows = [headerRow(doc)];
	const severalSets = questionSetLines(doc).length > 0;
	doc.areas.forEach((area, i) => {
		if (severalSets && area.setTitle !== doc.areas[i - 1]?.setTitle) rows.push(setRow(area.setTitle));
		rows.push(areaRow(area));
		for (const question of area.questions) rows.push(...questionRows(question, numbering));
	});
	return new Table({
		width: { size: CONTENT_WIDTH, type: WidthType.DXA },
		columnWidths: [...MAIN_COLUMNS],
		layout: TableLayoutType.FIXED,
		margins: { ...CELL_MARGIN },
		borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
		rows
	});
}
