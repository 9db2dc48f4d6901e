import type { ExportQuestion, Inline } from '../model.ts';
import { FIGURE_WORDS, actionsTable, figureTable } from '../wording.ts';
import { layoutBlocks, type BlockLayoutOptions } from './block-layout.ts';
import { layoutFigureChart } from './figure-chart.ts';
import type { LayoutItem } from './items.ts';
import { layoutMiniTable } from './mini-table.ts';
import { structNode } from './tagging.ts';
import { lineHeight } from './theme.ts';

/**
 * What follows an answer in the position statement cell: its figures, each
 * as a small two-column table (indicator, value, period, comparators,
 * direction of travel, source) with its bar chart under it, then its actions
 * (action, owner, due, status), one box each: four columns would leave the
 * action a few words wide in this column. A figure's table and chart are
 * kept together on one page, and each heading stays with what it introduces.
 */

/**
 * The figures and actions tables are set a little smaller than the answer
 * (the chart's labels and values are at the answer's 10 pt): at 10 pt they
 * would take the example from 22 pages to 23.
 */
const TABLE_SIZE = 9;

const text = (value: string): Inline[] => [{ kind: 'text', text: value }];

const keep = (item: LayoutItem): LayoutItem => ({ ...item, keepWithNext: true });

function heading(label: string, options: BlockLayoutOptions, width: number, top: number): { items: LayoutItem[]; bottom: number } {
	const laid = layoutBlocks([{ kind: 'heading', level: 4, inlines: text(label) }], options, width, top);
	return { items: laid.items.map(keep), bottom: laid.bottom + lineHeight(options.size) * 0.2 };
}

/** Lays out a question's figures, charts and actions from `top` (the bottom of its answer). */
export function layoutFiguresAndActions(
	question: Pick<ExportQuestion, 'figures' | 'actions'>,
	options: BlockLayoutOptions,
	width: number,
	top: number
): { items: LayoutItem[]; bottom: number } {
	const items: LayoutItem[] = [];
	const lh = lineHeight(options.size);
	let y = top;
	if (question.figures.length > 0) {
		const head = heading(FIGURE_WORDS.figuresHeading, options, width, y + lh * 0.45);
		items.push(...head.items);
		y = head.bottom;
		question.figures.forEach((figure, i) => {
			if (i > 0) y += lh * 0.6;
			const parent = options.parent ? { parent: options.parent } : {};
			const rows = layoutMiniTable(figureTable(figure), options.measure, 0, width, y, { size: TABLE_SIZE, natural: [0], ...parent });
			// The table stays whole and with its chart.
			items.push(...rows.map(keep));
			const last = rows.at(-1);
			const laid = layoutFigureChart(figure.chart, options.measure, 0, width, (last ? last.top + last.height : y) + 0.8);
			const chart = options.parent ? { ...laid, node: structNode('Figure', options.parent, { alt: laid.alt }) } : laid;
			items.push(chart);
			y = chart.top + chart.height;
		});
	}
	if (question.actions.length > 0) {
		const head = heading(FIGURE_WORDS.actionsHeading, options, width, y + lh * 0.45);
		items.push(...head.items);
		const rows = layoutMiniTable(actionsTable(question.actions), options.measure, 0, width, head.bottom, {
			size: TABLE_SIZE,
			stacked: true,
			runOnAfter: 1,
			...(options.parent ? { parent: options.parent } : {})
		});
		// An action's box is cut into slices of a few lines; keep them on one page, with the heading before the first.
		items.push(...rows.map((row) => (row.borderBottom ? row : keep(row))));
		const last = rows.at(-1);
		y = last ? last.top + last.height : head.bottom;
	}
	return { items, bottom: y };
}
