import type { Block, Inline, TableCell } from '../model.ts';
import { lineItem, linkNodes, type LineItem, type TableRowItem } from './items.ts';
import type { Measure } from './measure.ts';
import { naturalWidths, wrapInlines } from './rich-text.ts';
import { structNode, type StructNode } from './tagging.ts';
import { FONT_SIZE, lineHeight } from './theme.ts';

/**
 * A table inside an answer ("themes / key actions / progress"), drawn as a
 * bordered table within the cell. Columns get room in proportion to what
 * they hold, the way a browser sizes an auto-width table; a wider table drops
 * to a smaller size, and one that still cannot fit without breaking words is
 * printed row by row as "Heading: value" lines. Tall rows are cut into slices
 * of a few lines so a page can end inside a row without cutting a line in half.
 */

type TableBlock = Extract<Block, { kind: 'table' }>;

const PAD_X = 1.1;
const PAD_Y = 0.8;
/** Rows taller than this many lines are sliced. */
const SLICE_AFTER = 4;
const SLICE_LINES = 3;

/** Font size for a table with `columns` columns: 10 pt up to four, then smaller so it still fits. */
export function miniTableSize(columns: number): number {
	if (columns <= 4) return FONT_SIZE.miniTable;
	if (columns <= 6) return 9;
	return 8;
}

/** Column widths filling `width`: natural widths if they fit, otherwise room shared by need. */
export function columnWidths(bounds: readonly { min: number; max: number }[], width: number): number[] {
	const sumMax = bounds.reduce((s, b) => s + b.max, 0);
	const sumMin = bounds.reduce((s, b) => s + b.min, 0);
	if (bounds.length === 0) return [];
	if (sumMax <= width) return bounds.map((b) => b.max + ((width - sumMax) * (b.max || 1)) / (sumMax || bounds.length));
	if (sumMin <= width) {
		const spare = width - sumMin;
		const want = bounds.reduce((s, b) => s + (b.max - b.min), 0);
		return bounds.map((b) => b.min + (want > 0 ? (spare * (b.max - b.min)) / want : spare / bounds.length));
	}
	return bounds.map((b) => (width * b.min) / sumMin);
}

/** Row items for some rows, each row cut into slices of whole lines when it is tall. */
function rowItems(
	rows: readonly { cells: LineItem[][]; header: boolean }[],
	columns: { x: number; width: number }[],
	x: number,
	top: number,
	lh: number
): TableRowItem[] {
	const items: TableRowItem[] = [];
	let y = top;
	for (const row of rows) {
		const lines = Math.max(1, ...row.cells.map((cell) => cell.length));
		const slices = lines > SLICE_AFTER ? Math.ceil(lines / SLICE_LINES) : 1;
		const per = slices === 1 ? lines : SLICE_LINES;
		for (let s = 0; s < slices; s += 1) {
			const first = s === 0;
			const last = s === slices - 1;
			const from = s * per;
			const to = last ? lines : from + per;
			const padTop = first ? PAD_Y : 0;
			const height = padTop + (to - from) * lh + (last ? PAD_Y : 0);
			items.push({
				kind: 'table-row',
				top: y,
				height,
				x,
				columns,
				cells: row.cells.map((cell) => cell.slice(from, to).map((line, i) => ({ ...line, top: padTop + i * lh }))),
				header: row.header,
				borderTop: first,
				borderBottom: last,
				...(row.header ? { keepWithNext: true } : {})
			});
			y += height;
		}
	}
	return items;
}

/**
 * A table too wide for the cell, with each row as a box of "Heading: value"
 * lines, so nothing is squeezed into columns a few letters wide.
 */
function stackedTable(
	block: TableBlock,
	rows: TableCell[][],
	measure: Measure,
	x: number,
	width: number,
	top: number,
	size: number = FONT_SIZE.miniTable,
	options: { parent?: StructNode; runOnAfter?: number } = {}
): TableRowItem[] {
	const lh = lineHeight(size);
	// Tagged as a one-column table: a row per row, each "Heading: value" (or run of them) a paragraph in its cell.
	const body = options.parent ? structNode('TBody', structNode('Table', options.parent)) : undefined;
	const labelled = (cell: TableCell, c: number): Inline[] => {
		const label = block.header[c] ?? [];
		return [...label.map((i) => (i.kind === 'text' ? { ...i, bold: true } : i)), ...(label.length > 0 ? [{ kind: 'text' as const, text: ': ', bold: true }] : []), ...cell];
	};
	const laid = rows.map((cells) => {
		const td = body ? structNode('TD', structNode('TR', body)) : undefined;
		// Cells from `runOnAfter` on run on in one paragraph ("Owner: … Due: … Status: …"); the others have a line each.
		const groups: Inline[][] = [];
		cells.forEach((cell, c) => {
			const inlines = labelled(cell, c);
			const last = groups.at(-1);
			if (options.runOnAfter !== undefined && c > options.runOnAfter && last) last.push({ kind: 'text', text: ' ' }, ...inlines);
			else groups.push(inlines);
		});
		return {
			header: false,
			cells: [
				groups.flatMap((inlines) => {
					const p = td ? structNode('P', td) : undefined;
					const lines = wrapInlines(inlines, measure, { width: width - 2 * PAD_X, size }).map((line) => lineItem(line, PAD_X, 0, size, p));
					linkNodes(lines, p);
					return lines;
				})
			]
		};
	});
	return rowItems(laid, [{ x: 0, width }], x, top, lh);
}

/** Choices for tables we make ourselves (figures, actions) rather than ones typed in an answer. */
export interface MiniTableOptions {
	/** Type size in points, instead of the size for the column count. */
	size?: number;
	/** Columns given their whole natural width (labels that should not wrap) when it is under half the table's. */
	natural?: readonly number[];
	/** Print each row as a box of "Heading: value" lines whatever the width (a narrow column's list of actions). */
	stacked?: boolean;
	/** When stacked, the cells after this one run on in one paragraph rather than a line each (an action's owner, due date and status). */
	runOnAfter?: number;
	/** The structure element the table belongs to (tagged PDF). */
	parent?: StructNode;
}

/** Lays a table out as row items from `top`, `x` from the cell's content left. */
export function layoutMiniTable(block: TableBlock, measure: Measure, x: number, width: number, top: number, options: MiniTableOptions = {}): TableRowItem[] {
	const count = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1);
	const size = options.size ?? miniTableSize(count);
	const lh = lineHeight(size);
	const hasHeader = block.header.some((cell) => cell.length > 0);
	const rows: { cells: TableCell[]; header: boolean }[] = [
		...(hasHeader ? [{ cells: block.header, header: true }] : []),
		...block.rows.map((cells) => ({ cells, header: false }))
	];
	const bold = (cell: TableCell): TableCell => cell.map((i) => (i.kind === 'text' ? { ...i, bold: true } : i));
	const bounds = Array.from({ length: count }, (_, c) => {
		let min = 0;
		let max = 0;
		for (const row of rows) {
			const cell = row.cells[c] ?? [];
			const natural = naturalWidths(row.header ? bold(cell) : cell, measure, size);
			min = Math.max(min, natural.min + 2 * PAD_X);
			max = Math.max(max, natural.max + 2 * PAD_X);
		}
		return { min, max };
	});
	// Words would have to break inside columns: stack each row instead.
	if (options.stacked || (count > 2 && bounds.reduce((sum, b) => sum + b.min, 0) > width)) return stackedTable(block, block.rows, measure, x, width, top, size, {
			...(options.parent ? { parent: options.parent } : {}),
			...(options.runOnAfter !== undefined ? { runOnAfter: options.runOnAfter } : {})
		});
	const widths = columnWidths(
		bounds.map((b, c) => {
			const min = options.natural?.includes(c) && b.max <= width / 2 ? b.max : b.min;
			return { min: Math.min(min, width / 2), max: b.max };
		}),
		width
	);
	const columns = widths.map((w, c) => ({ x: widths.slice(0, c).reduce((s, v) => s + v, 0), width: w }));
	const table = options.parent ? structNode('Table', options.parent) : undefined;
	const head = table && hasHeader ? structNode('THead', table) : undefined;
	const body = table ? structNode('TBody', table) : undefined;
	const laid = rows.map((row) => {
		const section = row.header ? head : body;
		const tr = section ? structNode('TR', section) : undefined;
		return {
			header: row.header,
			cells: columns.map((col, c) => {
				const cell = tr ? structNode(row.header ? 'TH' : 'TD', tr, row.header ? { scope: 'Column' } : {}) : undefined;
				const lines = wrapInlines(row.cells[c] ?? [], measure, { width: col.width - 2 * PAD_X, size, bold: row.header, align: block.align[c] ?? 'left' }).map((line) =>
					lineItem(line, PAD_X, 0, size, cell)
				);
				linkNodes(lines, cell);
				return lines;
			})
		};
	});
	return rowItems(laid, columns, x, top, lh);
}
