import { describe, expect, it } from 'vitest';
import { chartLayout, figureChart, sameFigure, withFigure, withoutFigure } from '../../../src/lib/domain/figures.ts';
import type { Figure } from '../../../src/lib/domain/types.ts';

const figure = (overrides: Partial<Figure> = {}): Figure => ({
	id: 'f1',
	indicator: 'Children in care per 10,000',
	value: 72,
	unit: '',
	period: 'as at 31 March 2026',
	comparators: [
		{ kind: 'statistical-neighbours', value: 81 },
		{ kind: 'england', value: 70 }
	],
	direction: 'up',
	source: 'SSDA903',
	...overrides
});

describe('changing the figures on an answer', () => {
	it('adds a new figure at the end and replaces a changed one where it stands', () => {
		const a = figure();
		const b = figure({ id: 'f2', indicator: 'Placement stability' });
		expect(withFigure([a], b)).toEqual([a, b]);
		const changed = figure({ value: 75 });
		expect(withFigure([a, b], changed)).toEqual([changed, b]);
	});

	it('removes only the figure with the id, and nothing when it is gone', () => {
		const a = figure();
		const b = figure({ id: 'f2' });
		expect(withoutFigure([a, b], 'f1')).toEqual([b]);
		expect(withoutFigure([b], 'f1')).toEqual([b]);
	});

	it('tells a changed figure from the same one, whatever order its keys were stored in', () => {
		const a = figure();
		const { source, ...rest } = a;
		const reordered: Figure = { source, ...rest };
		expect(sameFigure(a, reordered)).toBe(true);
		expect(sameFigure(a, figure({ comparators: [{ kind: 'england', value: 70 }] }))).toBe(false);
		expect(sameFigure(a, figure({ direction: 'down' }))).toBe(false);
		expect(sameFigure(a, figure({ unit: '%' }))).toBe(false);
	});
});

describe('the chart drawing', () => {
	it('puts the longest bar at the full width, the others in proportion, each with its value after it', () => {
		const layout = chartLayout(figureChart(figure()).bars, 600);
		const [own, sn, england] = layout.bars;
		expect(layout.bars.map((b) => b.label)).toEqual(['This council', 'Statistical neighbours', 'England']);
		// The label column fits "Statistical neighbours"; every bar starts on the axis.
		expect(layout.axisX).toBeGreaterThan(180);
		expect(layout.bars.every((b) => b.x === layout.axisX && b.labelX < layout.axisX)).toBe(true);
		expect(sn!.length).toBeGreaterThan(own!.length);
		expect(own!.length / sn!.length).toBeCloseTo(72 / 81, 1);
		expect(england!.length / sn!.length).toBeCloseTo(70 / 81, 1);
		// Values are printed after their bar and fit inside the drawing.
		for (const b of layout.bars) {
			expect(b.valueX).toBe(b.x + b.length + 6);
			expect(b.valueX + b.text.length * 8.6).toBeLessThanOrEqual(600);
		}
	});

	it('stacks the bars without overlap and sizes the drawing to hold them', () => {
		const layout = chartLayout(figureChart(figure()).bars, 600, 28, 12);
		expect(layout.bars.map((b) => b.y)).toEqual([8, 48, 88]);
		expect(layout.height).toBe(8 + 3 * 28 + 2 * 12 + 8);
		expect(layout.bars.every((b) => b.textY > b.y && b.textY < b.y + 28)).toBe(true);
	});

	it('keeps a tiny value visible and draws no bar for zero or below, still printing the value', () => {
		const layout = chartLayout(
			figureChart(figure({ value: 0.01, comparators: [{ kind: 'england', value: 1000 }, { kind: 'target', value: -3 }] })).bars
		);
		expect(layout.bars.map((b) => [b.label, b.length > 0])).toEqual([
			['This council', true],
			['England', true],
			['Target', false]
		]);
		expect(layout.bars[0]!.length).toBe(2);
		expect(layout.bars[2]!.text).toBe('-3');
	});

	it('puts the labels above the bars when the chart is too narrow for them beside', () => {
		const wide = chartLayout(figureChart(figure()).bars, 600);
		expect(wide.stacked).toBe(false);
		expect(wide.bars.every((b) => b.labelAnchor === 'end' && b.labelY === b.textY)).toBe(true);
		const narrow = chartLayout(figureChart(figure()).bars, 320);
		expect(narrow.stacked).toBe(true);
		expect(narrow.axisX).toBe(8);
		for (const b of narrow.bars) {
			expect(b.labelAnchor).toBe('start');
			expect(b.labelX).toBe(8);
			// The label sits above its own bar, clear of the bar before.
			expect(b.labelY).toBeLessThan(b.y);
			expect(b.valueX + b.text.length * 8.6).toBeLessThanOrEqual(320);
		}
		expect(narrow.bars[1]!.labelY - 16).toBeGreaterThan(narrow.bars[0]!.y + 28);
		expect(narrow.height).toBe(8 + 3 * (22 + 28) + 2 * 12 + 8);
	});

	it('draws a figure with no comparators as one bar', () => {
		const layout = chartLayout(figureChart(figure({ comparators: [] })).bars);
		expect(layout.bars).toHaveLength(1);
		expect(layout.height).toBe(8 + 28 + 8);
	});
});
