import { describe, expect, it } from 'vitest';
import type { LayoutItem, LineItem, TableRowItem } from '../../../src/lib/export/pdf/items.ts';
import { paginate, splitCount, type Chunk, type FlowRow, type Frame } from '../../../src/lib/export/pdf/paginate.ts';

/**
 * The main table's page breaks with made-up rows: a page holds 18 lines of
 * 4 mm below the head row, so every case can be counted by hand.
 */

const frame: Frame = { pageHeight: 100, marginTop: 10, marginBottom: 10, startY: 40, headHeight: 5 };
const options = { padTop: 1, padBottom: 1, minLines: 2, wholeColumns: [0] };
const line = (top: number, extra: Partial<LineItem> = {}): LineItem => ({
	kind: 'line',
	top,
	height: 4,
	x: 0,
	baseline: 3,
	segments: [{ text: `at ${top}`, x: 0, width: 1, style: 'normal', size: 10, colour: [0, 0, 0] }],
	...extra
});
const lines = (count: number, from = 1) => Array.from({ length: count }, (_, i) => line(from + i * 4));
const row = (columns: LayoutItem[][], headingHeight = 0): FlowRow => ({ headingHeight, columns });
const of = (chunks: Chunk[], r: number) => chunks.filter((c) => c.row === r);
const counts = (chunks: Chunk[], r: number, c: number) => of(chunks, r).map((ch) => ch.columns[c]?.length ?? 0);

describe('splitting one column', () => {
	it('takes all that is left when it fits', () => {
		expect(splitCount(lines(5), 0, 5, 2)).toBe(5);
		expect(splitCount(lines(5), 3, 9, 2)).toBe(2);
	});

	it('leaves at least two lines for the next page (no widow)', () => {
		expect(splitCount(lines(10), 0, 9, 2)).toBe(8);
		// Only two fit of three: taking two would leave one alone, taking one would leave one alone here; none go.
		expect(splitCount(lines(3), 0, 2, 2)).toBe(0);
	});

	it('puts no single line at the foot of a page (no orphan)', () => {
		expect(splitCount(lines(10), 0, 1, 2)).toBe(0);
	});

	it('moves a short table in an answer whole to the next page rather than split it between rows', () => {
		const tableRow = (top: number, header = false): TableRowItem => ({ kind: 'table-row', top, height: 4, x: 2, columns: [{ x: 0, width: 10 }], cells: [[]], header, borderTop: true, borderBottom: true });
		// Four lines, then a table of a header and five rows, then four lines.
		const items: LayoutItem[] = [...lines(4), tableRow(17, true), ...[21, 25, 29, 33, 37].map((top) => tableRow(top)), ...lines(4, 41)];
		// Seven items fit: the table would be cut after its second row.
		expect(splitCount(items, 0, 7, 2)).toBe(7);
		expect(splitCount(items, 0, 7, 2, 30)).toBe(4);
		// A table taller than the limit may still be split between rows.
		expect(splitCount(items, 0, 7, 2, 20)).toBe(7);
	});

	it('does not end a page on a line kept with the next', () => {
		const items = lines(10).map((item, i) => (i === 5 ? { ...item, keepWithNext: true } : item));
		expect(splitCount(items, 0, 6, 2)).toBe(5);
	});
});

describe('paginating the main table', () => {
	it('moves a row that fits on a page whole to the next page, even a tall one', () => {
		// 6 lines are left on the first page; the second row has 15 lines and one page holds 18.
		const chunks = paginate([row([lines(1), lines(1)]), row([lines(3), lines(15)])], frame, options);
		expect(of(chunks, 1)).toHaveLength(1);
		expect(of(chunks, 1)[0]?.page).toBe(1);
	});

	it('splits a row taller than a page, with the question whole on the first page', () => {
		const chunks = paginate([row([lines(5), lines(30)])], frame, options);
		expect(chunks[0]?.page).toBe(0);
		expect(counts(chunks, 0, 0)).toEqual([5, 0, 0]);
		expect(counts(chunks, 0, 1).reduce((a, b) => a + b)).toBe(30);
	});

	it('starts a long row on a new page when its question text does not fit whole below the row before', () => {
		// 11 lines' room is left; the question has 12 lines.
		const chunks = paginate([row([lines(6)]), row([lines(12), lines(40)])], { ...frame, startY: 10 }, options);
		const first = of(chunks, 1)[0];
		expect(first?.page).toBe(1);
		expect(first?.columns[0]).toHaveLength(12);
	});

	it('never leaves one line of an answer alone on a page, wherever the row starts', () => {
		for (let before = 0; before <= 16; before += 1) {
			for (let answerLines = 19; answerLines <= 40; answerLines += 1) {
				const rows = [row([lines(Math.max(before, 1))]), row([lines(3), lines(answerLines), lines(2)])];
				const chunks = paginate(rows, { ...frame, startY: 10 }, options);
				const answer = counts(chunks, 1, 1).filter((n) => n > 0);
				expect(answer.reduce((a, b) => a + b), `${before}/${answerLines}`).toBe(answerLines);
				for (const n of answer) expect(n, `${before} before, ${answerLines} lines: ${answer.join(', ')}`).toBeGreaterThanOrEqual(2);
				expect(counts(chunks, 1, 0)[0]).toBe(3);
				for (const chunk of chunks) expect(chunk.y + chunk.height).toBeLessThanOrEqual(frame.pageHeight - frame.marginBottom);
			}
		}
	});

	it('may split the table’s first row under the title block, cleanly, rather than leave the first page without the table', () => {
		const rows = [row([lines(3), lines(16)]), row([lines(3), lines(4)])];
		expect(of(paginate(rows, frame, options), 0)[0]?.page).toBe(1);
		const chunks = paginate(rows, frame, { ...options, splitFirstRow: true });
		expect(counts(chunks, 0, 0)).toEqual([3, 0]);
		expect(counts(chunks, 0, 1)).toEqual([10, 6]);
		// Only the first row: the second still moves whole.
		expect(of(chunks, 1)).toHaveLength(1);
	});

	it('keeps an area heading with its first question', () => {
		const chunks = paginate([row([lines(14)]), row([lines(3), lines(30)], 6)], { ...frame, startY: 10 }, options);
		const first = of(chunks, 1)[0];
		expect(first?.first).toBe(true);
		expect(first?.columns[0]).toHaveLength(3);
		expect(first?.columns[1]?.length).toBeGreaterThanOrEqual(2);
	});

	it('still places a chain of keep-with-next lines taller than a page', () => {
		const items = lines(25).map((item) => ({ ...item, keepWithNext: true }));
		const chunks = paginate([row([lines(1), items])], { ...frame, startY: 10 }, options);
		expect(counts(chunks, 0, 1).reduce((a, b) => a + b)).toBe(25);
	});
});
