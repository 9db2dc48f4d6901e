import { shifted, type LayoutItem } from './items.ts';

/**
 * Splits the main table's rows into page-sized chunks before jspdf-autotable
 * draws them. autotable only splits plain-text cells across pages, so each
 * chunk becomes one autotable row that is never split (`rowPageBreak:
 * 'avoid'`), and every row is at most one page tall. This follows autotable's
 * own arithmetic (cursor, remaining space, head height) exactly, so it knows
 * where every chunk will land.
 *
 * The rules, as a reader of the agenda pack would want them:
 * - a row that fits on one page is never split: it starts a new page instead
 *   (one exception, `splitFirstRow`: the table's first row may start under
 *   the title block rather than leave the first page with no table at all);
 * - a row taller than a page starts where it is only if its whole columns
 *   (the question text) and the start of every other column fit; otherwise
 *   it starts on a new page;
 * - within a long row each column breaks on its own between whole items
 *   (lines, table rows), and never so that a page holds fewer than
 *   `minLines` items of a column (no widows, no orphans), nor ends on an
 *   item marked keep-with-next, nor inside a table (in an answer) shorter
 *   than `keepTablesUnder`, which moves whole to the next page instead;
 * - nothing goes below the bottom margin (the footer's room).
 */

/** What autotable knows about the page. */
export interface Frame {
	pageHeight: number;
	marginTop: number;
	marginBottom: number;
	/** Where the table starts on its first page. */
	startY: number;
	/** The head row's height; it is repeated at the top of every page. */
	headHeight: number;
}

export interface FlowRow {
	/** Height of a full-width heading drawn above the row's first chunk; 0 for none. */
	headingHeight: number;
	/** Items per column, tops from the top of the row below the heading. */
	columns: readonly (readonly LayoutItem[])[];
}

export interface Chunk {
	/** Index of the row it belongs to. */
	row: number;
	/** Page, counting the table's first page as 0. */
	page: number;
	y: number;
	height: number;
	/** The row's first chunk: it carries the heading and the top border. */
	first: boolean;
	last: boolean;
	/** Items per column, tops from the chunk's top below any heading. */
	columns: LayoutItem[][];
}

export interface PaginateOptions {
	padTop: number;
	padBottom: number;
	/** Fewest items of a column any page may hold when the column is split across pages (widow and orphan control). */
	minLines: number;
	/** Columns printed whole in a row's first chunk (the question text), never split. */
	wholeColumns?: readonly number[];
	/** Let the first row split like a long one when it does not fit below what is above the table, so the table starts on its first page. */
	splitFirstRow?: boolean;
	/** A table inside a cell no taller than this (mm) is never split between its rows. */
	keepTablesUnder?: number;
}

/** Left free below a chunk that fills a page, so autotable's own check puts the next row on a new page. */
const FILL_SLACK = 0.01;

function fitCount(items: readonly LayoutItem[], start: number, offset: number, limit: number): number {
	let count = 0;
	for (let k = start; k < items.length; k += 1) {
		const item = items[k];
		if (!item || item.top - offset + item.height > limit) break;
		count += 1;
	}
	return count;
}

const isTableRow = (item: LayoutItem | undefined, x: number) => item?.kind === 'table-row' && item.x === x;

/** Where the table holding the boundary between items `k - 1` and `k` starts, when both are its rows and it is short enough to keep whole. */
function shortTableStart(items: readonly LayoutItem[], k: number, limit: number): number | undefined {
	const before = items[k - 1];
	if (!before || !isTableRow(before, before.x) || !isTableRow(items[k], before.x)) return undefined;
	let from = k - 1;
	while (from > 0 && isTableRow(items[from - 1], before.x)) from -= 1;
	let to = k;
	while (isTableRow(items[to + 1], before.x)) to += 1;
	const first = items[from];
	const last = items[to];
	if (!first || !last) return undefined;
	return last.top + last.height - first.top <= limit ? from : undefined;
}

/**
 * How many of a column's remaining items (from `start`) to put on this page,
 * given that `fit` of them fit: all of them, or a count that ends on an item
 * that may end a page, not inside a short table, and leaves at least
 * `minLines` on each side; else none.
 */
export function splitCount(items: readonly LayoutItem[], start: number, fit: number, minLines: number, keepTablesUnder = 0): number {
	const left = items.length - start;
	let count = Math.min(fit, left);
	for (;;) {
		if (count >= left) return left;
		if (count <= 0) return 0;
		const table = keepTablesUnder > 0 ? shortTableStart(items, start + count, keepTablesUnder) : undefined;
		if (table !== undefined) count = table - start;
		else if (items[start + count - 1]?.keepWithNext) count -= 1;
		else if (left - count < minLines) count = left - minLines;
		else return count < minLines ? 0 : count;
	}
}

const bottomOf = (items: readonly LayoutItem[]) => items.reduce((m, i) => Math.max(m, i.top + i.height), 0);

/** Splits rows into chunks and says on which page and at what y each one lands. */
export function paginate(rows: readonly FlowRow[], frame: Frame, options: PaginateOptions): Chunk[] {
	const chunks: Chunk[] = [];
	const whole = new Set(options.wholeColumns ?? []);
	let page = 0;
	let y = frame.startY;
	y += frame.headHeight;
	let fresh = frame.startY === frame.marginTop;
	// The same sum, in the same order, as autotable's cursor.
	const remaining = () => frame.pageHeight - y - frame.marginBottom;
	const newPage = () => {
		page += 1;
		y = frame.marginTop;
		y += frame.headHeight;
		fresh = true;
	};
	// The room on a page that holds nothing but the head row, as autotable will find it.
	const freshRoom = (() => {
		let top = frame.marginTop;
		top += frame.headHeight;
		return frame.pageHeight - top - frame.marginBottom;
	})();

	rows.forEach((row, r) => {
		const columns = row.columns.map((items) => [...items].sort((a, b) => a.top - b.top));
		const rowHeight = row.headingHeight + Math.max(options.padTop, ...columns.map(bottomOf)) + options.padBottom;
		// A row that fits on a page is never split.
		if (!fresh && rowHeight > remaining() && rowHeight <= freshRoom && !(r === 0 && options.splitFirstRow)) newPage();
		const next = columns.map(() => 0);
		const offset = columns.map(() => 0);
		let first = true;
		for (;;) {
			const heading = first ? row.headingHeight : 0;
			const room = remaining() - heading - options.padBottom;
			const fits = columns.map((items, c) => fitCount(items, next[c] ?? 0, offset[c] ?? 0, room));
			const take: number[] = columns.map((items, c) => {
				const start = next[c] ?? 0;
				const fit = fits[c] ?? 0;
				if (first && whole.has(c) && !fresh) return fit >= items.length - start ? items.length - start : 0;
				return splitCount(items, start, fit, options.minLines, options.keepTablesUnder);
			});
			const rest = (c: number) => (columns[c]?.length ?? 0) - (next[c] ?? 0);
			const done = columns.every((_, c) => (take[c] ?? 0) >= rest(c));
			// A long row's first chunk holds its whole columns entire and the start of every other column.
			const enough = first ? columns.every((_, c) => (take[c] ?? 0) >= (whole.has(c) ? rest(c) : Math.min(1, rest(c)))) : take.some((t) => t > 0);
			if (!done && !enough && !fresh) {
				newPage();
				continue;
			}
			if (!done && !take.some((t) => t > 0)) {
				// Nothing can be placed by the rules even on an empty page (a chain of keep-with-next items taller than a page):
				// place what fits, or failing that the earliest item.
				fits.forEach((fit, c) => (take[c] = Math.min(fit, rest(c))));
				if (!take.some((t) => t > 0)) {
					let earliest = -1;
					columns.forEach((items, c) => {
						const item = items[next[c] ?? 0];
						const best = earliest >= 0 ? columns[earliest]?.[next[earliest] ?? 0] : undefined;
						if (item && (!best || item.top - (offset[c] ?? 0) < best.top - (offset[earliest] ?? 0))) earliest = c;
					});
					if (earliest >= 0) take[earliest] = 1;
				}
			}
			const chunkColumns = columns.map((items, c) => {
				const start = next[c] ?? 0;
				return items.slice(start, start + (take[c] ?? 0)).map((item) => shifted(item, -(offset[c] ?? 0)));
			});
			const finished = columns.every((_, c) => (take[c] ?? 0) >= rest(c));
			let height: number;
			if (finished) {
				const bottom = Math.max(options.padTop, ...chunkColumns.map(bottomOf));
				height = Math.min(heading + bottom + options.padBottom, remaining());
			} else height = remaining() - FILL_SLACK;
			chunks.push({ row: r, page, y, height, first, last: finished, columns: chunkColumns });
			y += height;
			fresh = false;
			if (finished) return;
			columns.forEach((items, c) => {
				next[c] = (next[c] ?? 0) + (take[c] ?? 0);
				const item = items[next[c] ?? 0];
				if (item) offset[c] = item.top - options.padTop;
			});
			first = false;
			newPage();
		}
	});
	return chunks;
}
