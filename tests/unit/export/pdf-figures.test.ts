import { describe, expect, it } from 'vitest';
import { exportAction, exportFigure } from '../../../src/lib/export/model.ts';
import { hatching, layoutFigureChart } from '../../../src/lib/export/pdf/figure-chart.ts';
import { layoutFiguresAndActions } from '../../../src/lib/export/pdf/figures-actions.ts';
import { textOfItems } from '../../../src/lib/export/pdf/items.ts';
import type { Measure } from '../../../src/lib/export/pdf/measure.ts';
import { ACTION, ACTION_NO_OWNER, FIGURE, PERCENT_FIGURE } from './statement-fixtures.ts';

/**
 * The PDF's figures, charts and actions laid out with a simple stand-in for
 * the font (every character 0.5 em wide): what goes where, without jsPDF.
 */

const measure: Measure = {
	width: (text, _style, size) => text.length * size * 0.5 * (25.4 / 72),
	printable: (text) => text
};
const WIDTH = 66.4;

describe('a figure’s chart in the PDF', () => {
	const chart = layoutFigureChart(exportFigure(FIGURE).chart, measure, 0, WIDTH, 10);

	it('has a row per bar, top to bottom, with the label and the value as text', () => {
		expect(chart.rows.map((r) => [r.labels.map((l) => l.segments.map((s) => s.text).join('')).join(' '), r.values.map((l) => l.segments.map((s) => s.text).join('')).join(' '), r.own])).toEqual([
			['This council', '72', true],
			['Statistical neighbours', '68', false],
			['England', '70', false],
			['Region', '74.5', false],
			['Target', '65', false]
		]);
		for (let i = 1; i < chart.rows.length; i += 1) expect(chart.rows[i]!.bar.top).toBeGreaterThan(chart.rows[i - 1]!.bar.top + chart.rows[i - 1]!.bar.height);
	});

	it('draws bars in proportion from one axis, and keeps every bar and value inside the column', () => {
		const longest = Math.max(...chart.rows.map((r) => r.bar.width));
		const region = chart.rows[3]!.bar;
		expect(region.width).toBe(longest);
		expect(chart.rows[0]!.bar.width / longest).toBeCloseTo(72 / 74.5, 5);
		for (const row of chart.rows) {
			expect(row.bar.x).toBe(chart.axisX);
			for (const line of [...row.labels, ...row.values]) {
				const right = line.x + Math.max(0, ...line.segments.map((s) => s.x + s.width));
				expect(right).toBeLessThanOrEqual(WIDTH + 1e-6);
			}
			// The value starts after its bar's end.
			expect(row.values[0]!.x).toBeGreaterThan(row.bar.x + row.bar.width);
			// Text and bar sit inside the chart's own box.
			expect(row.bar.top + row.bar.height).toBeLessThanOrEqual(chart.height);
		}
		expect(chart.top).toBe(10);
	});

	it('draws no bar for zero or a negative value, but still prints the value', () => {
		const laid = layoutFigureChart(exportFigure({ ...FIGURE, value: -3 }).chart, measure, 0, WIDTH, 0);
		expect(laid.rows[0]!.bar.width).toBe(0);
		expect(laid.rows[0]!.values[0]!.segments.map((s) => s.text).join('')).toBe('-3');
	});

	it('hatches a comparator’s bar with one dashed stroke that covers the whole bar, its dashes the hatching lines', () => {
		const [x, y, w, h] = [10, 20, 30, 3];
		const hatch = hatching(x, y, w, h, 1.1);
		const length = Math.hypot(hatch.to[0] - hatch.from[0], hatch.to[1] - hatch.from[1]);
		const along = [(hatch.to[0] - hatch.from[0]) / length, (hatch.to[1] - hatch.from[1]) / length] as const;
		// Across the stroke is the direction of the hatching lines: bottom-left to top-right on the page (y grows down).
		expect(along[0]).toBeCloseTo(Math.SQRT1_2);
		expect(along[1]).toBeCloseTo(Math.SQRT1_2);
		// Every corner of the bar lies under the stroke (it is clipped to the bar when drawn), so no corner is left bare.
		for (const [cx, cy] of [
			[x, y],
			[x + w, y],
			[x, y + h],
			[x + w, y + h]
		] as const) {
			const dx = cx - hatch.from[0];
			const dy = cy - hatch.from[1];
			const t = dx * along[0] + dy * along[1];
			const across = Math.abs(dx * along[1] - dy * along[0]);
			expect(t).toBeGreaterThanOrEqual(0);
			expect(t).toBeLessThanOrEqual(length);
			expect(across).toBeLessThanOrEqual(hatch.width / 2);
		}
		// One dash per hatching line: lines 1.1 mm apart in x + y are 1.1/√2 apart along the stroke, each a visible line.
		expect(hatch.dash[0] + hatch.dash[1]).toBeCloseTo(1.1 / Math.SQRT2);
		expect(hatch.dash[0]).toBeGreaterThan(0.1);
		expect(hatch.dash[1]).toBeGreaterThan(hatch.dash[0]);
		// About 30 lines over this bar, as before (x + y spans 33 mm).
		expect(length / (hatch.dash[0] + hatch.dash[1])).toBeGreaterThan(30);
	});
});

describe('figures and actions after an answer in the PDF', () => {
	const laid = layoutFiguresAndActions(
		{ figures: [exportFigure(FIGURE), exportFigure(PERCENT_FIGURE)], actions: [exportAction(ACTION), exportAction(ACTION_NO_OWNER)] },
		{ measure, size: 10.5 },
		WIDTH,
		40
	);

	it('puts the figures, each with its chart, then the actions, below the answer', () => {
		expect(laid.items[0]!.top).toBeGreaterThan(40);
		const text = textOfItems(laid.items);
		expect(text.indexOf('Figures')).toBeLessThan(text.indexOf('Children in care per 10,000'));
		expect(text.indexOf('This council 72')).toBeLessThan(text.indexOf('Care leavers with a pathway plan'));
		expect(text).toContain('Actions Action: Open a second children’s home');
		expect(text).toContain('Owner: Not given');
		expect(laid.bottom).toBe(Math.max(...laid.items.map((i) => i.top + i.height)));
		expect(laid.items.map((i) => i.kind).filter((k) => k === 'chart')).toHaveLength(2);
	});

	it('keeps each figure’s table with its chart, and each heading with what follows, so none is split between pages', () => {
		const charts = laid.items.flatMap((item, i) => (item.kind === 'chart' ? [i] : []));
		let start = 0;
		for (const end of charts) {
			// Everything from the heading or the previous chart up to this chart is kept with what follows.
			for (let i = start; i < end; i += 1) expect(laid.items[i]!.keepWithNext, `item ${i}`).toBe(true);
			start = end + 1;
		}
		// An action's slices stay together; a page may end between actions.
		const actionRows = laid.items.slice((charts.at(-1) ?? 0) + 1).filter((i) => i.kind === 'table-row');
		expect(actionRows.filter((r) => r.borderBottom)).toHaveLength(2);
		for (const row of actionRows) expect(row.keepWithNext ?? false).toBe(!row.borderBottom);
	});

	it('adds nothing for a question without figures or actions', () => {
		expect(layoutFiguresAndActions({ figures: [], actions: [] }, { measure, size: 10.5 }, WIDTH, 40)).toEqual({ items: [], bottom: 40 });
	});
});
