import type { Reporter } from '../../domain/types.ts';
import type { Block, ExportAnswer, ExportArea, ExportQuestion, Inline } from '../model.ts';
import { notApplicableParagraph } from '../wording.ts';
import { layoutBlocks } from './block-layout.ts';
import { layoutFiguresAndActions } from './figures-actions.ts';
import { lineItem, type LayoutItem, type LineItem } from './items.ts';
import type { Measure } from './measure.ts';
import { wrapInlines } from './rich-text.ts';
import { structNode, type StructNode } from './tagging.ts';
import { COLOUR, FONT_SIZE, TABLE, lineHeight } from './theme.ts';

/**
 * One question of the main table laid out column by column: the question
 * number and its verbatim text, the position statement, and the reporters
 * beside their designations (each reporter's designation starts on the same
 * line as their name). The first question of an area carries the area's
 * full-width heading, so a heading can never be left alone at the foot of a
 * page.
 */

export interface AreaHeading {
	title: string;
	lines: LineItem[];
	height: number;
}

export interface QuestionRow {
	question: ExportQuestion;
	heading?: AreaHeading;
	/**
	 * Items per layout column (question, position statement, reporters with
	 * their designations), tops from the top of the row below any heading,
	 * cell padding included.
	 */
	columns: LayoutItem[][];
}

const size = FONT_SIZE.cell;

/** The width inside a main-table column. */
export function innerWidth(column: number): number {
	return (TABLE.widths[column] ?? 0) - 2 * TABLE.padX;
}

export const TABLE_WIDTH = TABLE.widths.reduce((sum, w) => sum + w, 0);

/** "1. Accommodation for 16 and 17 year olds" across the whole table. */
export function areaHeading(area: ExportArea, measure: Measure, node?: StructNode): AreaHeading {
	const title = `${area.number}. ${area.title}`;
	const headingSize = FONT_SIZE.areaHeading;
	const lh = lineHeight(headingSize);
	const lines = wrapInlines([{ kind: 'text', text: title }], measure, { width: TABLE_WIDTH - 2 * TABLE.padX, size: headingSize, bold: true }).map((line, i) =>
		lineItem(line, 0, TABLE.padTop + i * lh, headingSize, node)
	);
	return { title, lines, height: TABLE.padTop + lines.length * lh + TABLE.padBottom };
}

function linesOf(
	inlines: Inline[],
	measure: Measure,
	width: number,
	top: number,
	options: { italic?: boolean; bold?: boolean; colour?: typeof COLOUR.text } = {},
	node?: StructNode
): LineItem[] {
	const lh = lineHeight(size);
	return wrapInlines(inlines, measure, { width, size, ...options }).map((line, i) => lineItem(line, 0, top + i * lh, size, node));
}

function questionColumn(question: ExportQuestion, measure: Measure, cell?: StructNode): LayoutItem[] {
	return linesOf(
		[
			{ kind: 'text', text: question.number, bold: true },
			{ kind: 'text', text: ` ${question.text}` }
		],
		measure,
		innerWidth(0),
		TABLE.padTop,
		{},
		cell ? structNode('P', cell) : undefined
	);
}

const paragraph = (text: string, marks: { bold?: boolean; italic?: boolean } = {}): Block => ({ kind: 'paragraph', inlines: [{ kind: 'text', text, ...marks }] });

/** What the position statement column says, as blocks. */
export function answerBlocks(answer: ExportAnswer): Block[] {
	switch (answer.kind) {
		case 'unanswered':
			return [paragraph(answer.notice, { italic: true })];
		case 'withheld':
			return [
				paragraph(answer.notice, { bold: true }),
				...(answer.exemptionCategory ? [paragraph(`Exemption: ${answer.exemptionCategory}`)] : [])
			];
		case 'notApplicable':
			return [
				...(answer.exemptionCategory !== undefined
					? [paragraph(answer.exemptionCategory ? `Exempt – ${answer.exemptionCategory}` : 'Exempt information', { bold: true })]
					: []),
				notApplicableParagraph(answer.notice)
			];
		case 'answered': {
			const label =
				answer.exemptionCategory !== undefined
					? [paragraph(answer.exemptionCategory ? `Exempt – ${answer.exemptionCategory}` : 'Exempt information', { bold: true })]
					: [];
			const body = answer.blocks.length > 0 ? answer.blocks : [paragraph('No position recorded.', { italic: true })];
			return [...label, ...body];
		}
	}
}

/** The room for a question's figures and actions: the answer column and the reporter and designation columns beside it. */
export const WIDE_WIDTH = innerWidth(1) + (TABLE.widths[2] ?? 0) + (TABLE.widths[3] ?? 0);

/**
 * The answer, then its figures and actions. These are laid out across the
 * answer, reporter and designation columns (`wide`), below the reporters
 * (`below`, the bottom of the reporter column), so a figure's table and chart
 * are wide and short; they stay part of the answer's cell.
 */
function answerColumn(question: ExportQuestion, measure: Measure, below: number, cell?: StructNode): LayoutItem[] {
	const options = { measure, size, ...(cell ? { parent: cell } : {}) };
	const answer = layoutBlocks(answerBlocks(question.answer), options, innerWidth(1), TABLE.padTop);
	const figures = layoutFiguresAndActions(question, options, WIDE_WIDTH, Math.max(answer.bottom, below));
	return [...answer.items, ...figures.items.map((item) => ({ ...item, wide: true }))];
}

/**
 * Names and designations as one layout column spanning the Reporter and
 * Designation columns: each printed line holds the name's line and the
 * designation's line side by side, so they stay aligned, and a reporter's
 * lines are kept together on one page.
 */
export function reporterLines(reporters: readonly Reporter[], measure: Measure, cells?: { name: StructNode; designation: StructNode }): LineItem[] {
	const lh = lineHeight(size);
	const gap = lh * 0.35;
	const designationX = TABLE.widths[2];
	const items: LineItem[] = [];
	let top = TABLE.padTop;
	for (const reporter of reporters) {
		const names = wrapInlines([{ kind: 'text', text: reporter.name }], measure, { width: innerWidth(2), size });
		const designations = wrapInlines([{ kind: 'text', text: reporter.designation }], measure, { width: innerWidth(3), size });
		const count = Math.max(names.length, designations.length, 1);
		// Tagged: the name is a paragraph in the Reporter cell, the designation one in the Designation cell.
		const name = cells ? { node: structNode('P', cells.name) } : {};
		const designation = cells ? { node: structNode('P', cells.designation) } : {};
		for (let k = 0; k < count; k += 1) {
			const segments = [
				...(names[k]?.segments ?? []).map((s) => ({ ...s, ...name })),
				...(designations[k]?.segments ?? []).map((s) => ({ ...s, x: s.x + designationX, ...designation }))
			];
			const item = lineItem({ segments, width: 0 }, 0, top + k * lh, size);
			items.push(k < count - 1 ? { ...item, keepWithNext: true } : item);
		}
		top += count * lh + gap;
	}
	return items;
}

/** Structure elements for a question row: the heading's element (H2 in its own row) and the question's row. */
export interface RowTags {
	heading?: StructNode;
	row?: StructNode;
}

/** Lays out one question's row; `area` is given for the first question of an area. */
export function layoutQuestionRow(question: ExportQuestion, measure: Measure, area?: ExportArea, tags: RowTags = {}): QuestionRow {
	const cells = tags.row ? [0, 1, 2, 3].map(() => structNode('TD', tags.row)) : [];
	const [questionCell, answerCell, nameCell, designationCell] = cells;
	const reporters = reporterLines(question.reporters, measure, nameCell && designationCell ? { name: nameCell, designation: designationCell } : undefined);
	const below = reporters.reduce((bottom, item) => Math.max(bottom, item.top + item.height), 0) + TABLE.padBottom;
	return {
		question,
		...(area ? { heading: areaHeading(area, measure, tags.heading) } : {}),
		columns: [questionColumn(question, measure, questionCell), answerColumn(question, measure, below, answerCell), reporters]
	};
}

/** The note at the top of a column whose question runs on from the page before. */
export function continuedLine(question: ExportQuestion, measure: Measure): LineItem {
	const [line] = linesOf([{ kind: 'text', text: `${question.number} (continued)` }], measure, innerWidth(0), TABLE.padTop, {
		italic: true,
		colour: COLOUR.secondary
	});
	return line ?? lineItem({ segments: [], width: 0 }, 0, TABLE.padTop, size);
}
