import { shifted, type LayoutItem } from './items.ts';

/**
 * Splits the main table's rows into page-sized chunks before jspdf-autotable
 * draws them. autotable only splits plain-text cells across pages, so each
 * chunk becomes one autotable row that is never split (`rowPageBreak:
 * 'avoid'`), and every row is at most one page tall. This follows autotable's
 * own arithmetic (cursor, remaining space, head height) exactly, so it knows
 * where every chunk will land.
 *
 * Within a row each column breaks on its own at a page end, between whole
 * items (lines, table rows), as a word processor breaks a table cell. A short
 * row is kept whole, and a long one starts on a new page rather than leave
 * fewer than `minLines` items of a column (or an area heading with nothing
 * under it) at the foot of a page.
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
	/** Fewest items of each column the first chunk of a row must hold, unless the page is already fresh. */
	minLines: number;
	/** A row no taller than this (mm) is never split: it starts a new page instead, unless the page is already fresh. */
	keepTogether: number;
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

/** Splits rows into chunks and says on which page and at what y each one lands. */
export function paginate(rows: readonly FlowRow[], frame: Frame, options: PaginateOptions): Chunk[] {
	const chunks: Chunk[] = [];
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

	rows.forEach((row, r) => {
		const columns = row.columns.map((items) => [...items].sort((a, b) => a.top - b.top));
		const rowHeight = row.headingHeight + Math.max(0, ...columns.map((items) => items.reduce((m, i) => Math.max(m, i.top + i.height), 0))) + options.padBottom;
		const next = columns.map(() => 0);
		const offset = columns.map(() => 0);
		let first = true;
		for (;;) {
			const heading = first ? row.headingHeight : 0;
			const room = remaining() - heading - options.padBottom;
			const take = columns.map((items, c) => {
				let count = fitCount(items, next[c] ?? 0, offset[c] ?? 0, room);
				const start = next[c] ?? 0;
				// Keep headings, table header rows and markers with what follows them.
				while (count > 0 && start + count < items.length && items[start + count - 1]?.keepWithNext) count -= 1;
				// Widow control: never leave one item alone at the top of the next page.
				if (count >= 3 && items.length - (start + count) === 1) count -= 1;
				return count;
			});
			const done = columns.every((items, c) => (next[c] ?? 0) + (take[c] ?? 0) >= items.length);
			const progress = take.some((t) => t > 0);
			const enough = first
				? rowHeight > options.keepTogether && columns.every((items, c) => (take[c] ?? 0) >= Math.min(options.minLines, items.length - (next[c] ?? 0)))
				: progress;
			if (!done && !enough && !fresh) {
				newPage();
				continue;
			}
			if (!done && !progress) {
				// Nothing fits even on an empty page (cannot happen with lines and sliced table rows); place the earliest item anyway.
				let earliest = -1;
				columns.forEach((items, c) => {
					const item = items[next[c] ?? 0];
					const best = earliest >= 0 ? columns[earliest]?.[next[earliest] ?? 0] : undefined;
					if (item && (!best || item.top < best.top)) earliest = c;
				});
				if (earliest >= 0) take[earliest] = 1;
			}
			const chunkColumns = columns.map((items, c) => {
				const start = next[c] ?? 0;
				return items.slice(start, start + (take[c] ?? 0)).map((item) => shifted(item, -(offset[c] ?? 0)));
			});
			const finished = columns.every((items, c) => (next[c] ?? 0) + (take[c] ?? 0) >= items.length);
			let height: number;
			if (finished) {
				const bottom = Math.max(options.padTop, ...chunkColumns.map((items) => items.reduce((m, i) => Math.max(m, i.top + i.height), 0)));
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
