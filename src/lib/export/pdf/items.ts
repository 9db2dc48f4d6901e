import type { Segment, TextLine } from './rich-text.ts';
import { inlineNode, type StructNode } from './tagging.ts';
import { baselineOffset, lineHeight } from './theme.ts';

/**
 * Laid-out content: things with a top and a height, ready to draw. `x` and
 * `top` are relative to the box they sit in (a table cell's content area);
 * the paginator moves whole items between pages and never splits one, so a
 * line of text is never cut in half.
 */

/** A quote's left rule beside an item; `extend` carries it down over the gap to the quote's next item. */
export interface Bar {
	x: number;
	extend: number;
}

interface ItemBase {
	top: number;
	height: number;
	x: number;
	bars?: Bar[];
	/** Do not end a page after this item when something follows (headings, a table's header row, a list marker). */
	keepWithNext?: boolean;
	/** Drawn across the answer, reporter and designation columns (a question's figures and actions, below its reporters). */
	wide?: boolean;
	/** The structure element its content belongs to (tagged PDF); drawn as an artifact when there is none. */
	node?: StructNode;
}

export interface LineItem extends ItemBase {
	kind: 'line';
	/** From the item's top to the text baseline. */
	baseline: number;
	segments: Segment[];
}

export interface RuleItem extends ItemBase {
	kind: 'rule';
	width: number;
}

/** One row, or part of a tall row, of a table inside an answer. */
export interface TableRowItem extends ItemBase {
	kind: 'table-row';
	/** Column left edges (relative to `x`) and widths. */
	columns: { x: number; width: number }[];
	/** Lines per cell, positioned relative to the cell's left edge and the row's top. */
	cells: LineItem[][];
	header: boolean;
	borderTop: boolean;
	borderBottom: boolean;
}

/** One bar of a chart: its label lines, its box and its value, relative to the chart's top-left. */
export interface ChartRow {
	labels: LineItem[];
	bar: { x: number; top: number; width: number; height: number };
	/** The council's own bar (solid); comparators are hatched. */
	own: boolean;
	/** The value as printed, after the bar's end; wrapped when the unit is long. */
	values: LineItem[];
}

/** A figure's bar chart (see figure-chart.ts), kept whole on one page. */
export interface ChartItem extends ItemBase {
	kind: 'chart';
	width: number;
	/** The chart in words, for the Figure's /Alt. */
	alt: string;
	/** Where the bars start, relative to `x`. */
	axisX: number;
	rows: ChartRow[];
}

export type LayoutItem = LineItem | RuleItem | TableRowItem | ChartItem;

/** A wrapped line as an item at `top`. */
export function lineItem(line: TextLine, x: number, top: number, size: number, node?: StructNode): LineItem {
	return { kind: 'line', top, height: lineHeight(size), x, baseline: baselineOffset(size), segments: line.segments, ...(node ? { node } : {}) };
}

/** The item moved down by `dy`. */
export function shifted<T extends LayoutItem>(item: T, dy: number): T {
	return { ...item, top: item.top + dy };
}

/** Every word drawn by some items, in drawing order: for tests and for checking nothing is lost. */
export function textOfItems(items: readonly LayoutItem[]): string {
	const parts: string[] = [];
	for (const item of items) {
		if (item.kind === 'line') parts.push(item.segments.map((s) => s.text).join(''));
		else if (item.kind === 'table-row') parts.push(item.cells.map((cell) => cell.map((l) => l.segments.map((s) => s.text).join('')).join(' ')).join(' '));
		else if (item.kind === 'chart') parts.push(item.rows.map((r) => [...r.labels, ...r.values].map((l) => l.segments.map((s) => s.text).join('')).join(' ')).join(' '));
	}
	return parts.join(' ');
}

/**
 * Gives each run of link segments its own Link element inside the paragraph
 * (one per link even across lines), and each run standing in for a picture a
 * Figure with the picture's text alternative (holding its Link, when linked).
 * A Link's alternative (its annotation's /Contents) is its text and address.
 */
export function linkNodes(lines: LineItem[], node: StructNode | undefined): void {
	if (!node) return;
	let current: { key: string; target: StructNode; link?: StructNode; text: string[] } | undefined;
	const runs: NonNullable<typeof current>[] = [];
	for (const line of lines) {
		for (const segment of line.segments) {
			if (!segment.href && segment.image === undefined) {
				if (segment.text.trim()) current = undefined;
				continue;
			}
			const key = `${segment.href ?? ''}\u0000${segment.image ?? ''}`;
			if (!current || current.key !== key) {
				const figure = segment.image !== undefined ? inlineNode('Figure', node, { alt: segment.image }) : undefined;
				const link = segment.href ? inlineNode('Link', figure ?? node) : undefined;
				const target = link ?? figure;
				if (!target) continue;
				current = { key, target, ...(link ? { link } : {}), text: [] };
				runs.push(current);
			}
			current.text.push(segment.text);
			segment.node = current.target;
		}
	}
	for (const run of runs) {
		if (!run.link) continue;
		const text = run.text.join('').replace(/\s+/g, ' ').trim();
		const href = run.link.kind === 'node' ? (lines.flatMap((l) => l.segments).find((s) => s.node === run.link)?.href ?? '') : '';
		run.link.attributes.alt = text && text !== href ? `${text} (${href})` : href;
	}
}
