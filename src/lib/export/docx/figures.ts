import {
	AlignmentType,
	BorderStyle,
	HeightRule,
	LineRuleType,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	VerticalAlign,
	WidthType
} from 'docx';
import type { ExportFigure, ExportQuestion } from '../model.ts';
import { FIGURE_WORDS, actionsTable, figureTable } from '../wording.ts';
import { blocksToDocx, type BlockContext, type BodyChild } from './blocks.ts';
import { textRun } from './runs.ts';
import { COLOUR, SIZE } from './theme.ts';

/**
 * An answer's figures and actions in the Word document, after the answer in
 * the position statement cell: each figure as a small table of labels and
 * values with its bar chart under it, then the actions as a table (action,
 * owner, due, status).
 *
 * The chart is itself a table, so it needs no picture and reads as text: a
 * row per bar with the label, a run of shaded cells as long as the value
 * (the bar area is cut into equal slices), and the value after the bar. The
 * council's bar is solid blue; comparators are striped, with an outline, so
 * colour is never the only cue.
 */

/** The bar area is cut into this many equal columns; a bar spans as many as its share of the longest. */
export const CHART_SLICES = 20;

const size = SIZE.miniTable - 2;
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const outline = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.text };
const noBorders = { top: none, bottom: none, left: none, right: none };

const thin = () => new Paragraph({ spacing: { after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] });

function textCell(text: string, width: number, options: { span?: number; bold?: boolean; align?: 'left' | 'right' } = {}): TableCell {
	return new TableCell({
		width: { size: width, type: WidthType.DXA },
		...(options.span && options.span > 1 ? { columnSpan: options.span } : {}),
		borders: noBorders,
		margins: { top: 20, bottom: 20, left: 60, right: 60 },
		verticalAlign: VerticalAlign.CENTER,
		children: [
			new Paragraph({
				spacing: { after: 0 },
				keepNext: true,
				alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
				children: [textRun(text, { size, ...(options.bold ? { bold: true } : {}) })]
			})
		]
	});
}

/** How many of the slices a bar fills: at least one for any value above zero. */
export function barSlices(ratio: number): number {
	return ratio > 0 ? Math.max(1, Math.round(ratio * CHART_SLICES)) : 0;
}

/** A figure's bar chart as a borderless table, `width` twips wide. */
export function chartTable(figure: ExportFigure, width: number): Table {
	const labelWidth = Math.round(width * 0.3);
	const valueWidth = Math.round(width * 0.2);
	const slice = Math.floor((width - labelWidth - valueWidth) / CHART_SLICES);
	const columns = [labelWidth, ...Array.from({ length: CHART_SLICES }, () => slice), width - labelWidth - slice * CHART_SLICES];
	const spanWidth = (from: number, count: number) => columns.slice(from, from + count).reduce((sum, w) => sum + w, 0);
	const rows: TableRow[] = [];
	figure.chart.bars.forEach((bar, i) => {
		if (i > 0) {
			// A thin gap between bars.
			rows.push(
				new TableRow({
					height: { value: 60, rule: HeightRule.EXACT },
					children: [new TableCell({ columnSpan: columns.length, width: { size: width, type: WidthType.DXA }, borders: noBorders, children: [thin()] })]
				})
			);
		}
		const filled = barSlices(bar.ratio);
		const cells: TableCell[] = [textCell(bar.label, labelWidth, { bold: bar.own, align: 'right' })];
		if (filled > 0) {
			cells.push(
				new TableCell({
					width: { size: spanWidth(1, filled), type: WidthType.DXA },
					...(filled > 1 ? { columnSpan: filled } : {}),
					borders: { top: outline, bottom: outline, left: outline, right: outline },
					shading: bar.own
						? { type: ShadingType.CLEAR, fill: '1D70B8', color: 'auto' }
						: { type: ShadingType.REVERSE_DIAGONAL_STRIPE, fill: 'FFFFFF', color: '1D70B8' },
					children: [new Paragraph({ spacing: { after: 0 }, keepNext: true, children: [textRun('', { size })] })]
				})
			);
		}
		const rest = CHART_SLICES - filled + 1;
		cells.push(textCell(bar.text, spanWidth(1 + filled, rest), { span: rest, bold: bar.own }));
		rows.push(new TableRow({ cantSplit: true, children: cells }));
	});
	return new Table({
		width: { size: width, type: WidthType.DXA },
		columnWidths: columns,
		layout: TableLayoutType.FIXED,
		borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
		rows
	});
}

function heading(text: string, ctx: BlockContext): Paragraph {
	return new Paragraph({ spacing: { before: 80, after: 60 }, keepNext: true, children: [textRun(text, { ...ctx.base, bold: true })] });
}

/** The figures (tables and charts) and actions of a question, as Word content; empty when it has none. */
export function figuresAndActionsDocx(question: Pick<ExportQuestion, 'figures' | 'actions'>, ctx: BlockContext): BodyChild[] {
	const out: BodyChild[] = [];
	if (question.figures.length > 0) {
		out.push(heading(FIGURE_WORDS.figuresHeading, ctx));
		for (const figure of question.figures) {
			out.push(...blocksToDocx([figureTable(figure)], ctx));
			out.push(new Paragraph({ spacing: { before: 40, after: 40 }, keepNext: true, children: [textRun(FIGURE_WORDS.chartTitle(figure.chart.title), { size, bold: true })] }));
			out.push(chartTable(figure, ctx.width - (ctx.indent ?? 0)));
			const key = figure.chart.bars.length > 1 ? FIGURE_WORDS.chartKey : FIGURE_WORDS.chartNoComparators;
			out.push(new Paragraph({ spacing: { before: 40, after: ctx.after }, children: [textRun(key, { size, colour: COLOUR.secondary })] }));
		}
	}
	if (question.actions.length > 0) {
		out.push(heading(FIGURE_WORDS.actionsHeading, ctx));
		out.push(...blocksToDocx([actionsTable(question.actions)], ctx));
	}
	return out;
}
