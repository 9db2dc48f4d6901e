import type { jsPDF } from 'jspdf';
import type { ExportChart } from '../model.ts';
import { FIGURE_WORDS } from '../wording.ts';
import { lineItem, type ChartItem, type ChartRow, type LineItem } from './items.ts';
import type { Measure } from './measure.ts';
import { wrapText } from './rich-text.ts';
import { COLOUR, LINE, lineHeight, type Rgb } from './theme.ts';

/**
 * A figure's bar chart inside the position statement cell, drawn with
 * jsPDF's own rectangles, lines and text: one horizontal bar per value (the
 * council's, then its comparators), each with its label on the left and its
 * value printed after the bar's end, so nothing rests on colour. The
 * council's bar is solid, comparators are hatched. The chart is one layout
 * item, so the paginator moves it whole and never splits it between pages.
 */

/** Type size of the labels and values, in points: the answer's own size (body text is never below 10 pt). */
export const CHART_SIZE = 10;
const PAD_Y = 1;
const ROW_GAP = 1.2;
const GAP = 1.5;
/** Hatching: distance between the lines of a comparator's bar. */
const HATCH_STEP = 1.1;

export const CHART_COLOUR = {
	own: [29, 112, 184] as Rgb,
	hatch: [80, 90, 95] as Rgb,
	outline: [11, 12, 12] as Rgb,
	comparatorFill: [255, 255, 255] as Rgb
} as const;

function lines(text: string, measure: Measure, width: number, x: number, top: number): LineItem[] {
	const lh = lineHeight(CHART_SIZE);
	return wrapText(text, measure, { width, size: CHART_SIZE }).map((line, i) => lineItem(line, x, top + i * lh, CHART_SIZE));
}

function widest(texts: readonly string[], measure: Measure): { word: number; whole: number } {
	let word = 0;
	let whole = 0;
	for (const text of texts) {
		const printable = measure.printable(text, 'normal');
		whole = Math.max(whole, measure.width(printable, 'normal', CHART_SIZE));
		for (const w of printable.split(/\s+/)) word = Math.max(word, measure.width(w, 'normal', CHART_SIZE));
	}
	return { word, whole };
}

/** The chart in words, as the web page gives it (its title and description): the Figure's text alternative. */
export function chartAlt(chart: ExportChart): string {
	return `${FIGURE_WORDS.chartTitle(chart.title)}. ${chart.description}`;
}

/** Lays a chart out `width` wide from `top`, `x` from the cell's content left. */
export function layoutFigureChart(chart: ExportChart, measure: Measure, x: number, width: number, top: number): ChartItem {
	const lh = lineHeight(CHART_SIZE);
	const labels = widest(
		chart.bars.map((b) => b.label),
		measure
	);
	const values = widest(
		chart.bars.map((b) => b.text),
		measure
	);
	// Labels take what they need up to a third of the width (longer ones wrap); values up to a third.
	const labelWidth = Math.min(Math.max(labels.whole, 0), Math.max(width / 3, labels.word));
	const valueWidth = Math.min(values.whole, Math.max(width / 3, values.word));
	const axisX = labelWidth + GAP;
	const barRoom = Math.max(width - axisX - GAP - valueWidth, width / 4);
	const barHeight = Math.min(3.4, lh * 0.8);
	const rows: ChartRow[] = [];
	let y = PAD_Y;
	for (const bar of chart.bars) {
		const barWidth = bar.ratio > 0 ? Math.max(barRoom * bar.ratio, 0.6) : 0;
		const labelLines = lines(bar.label, measure, labelWidth, 0, 0);
		const valueLines = lines(bar.text, measure, Math.max(width - axisX - barWidth - GAP, values.word), axisX + barWidth + GAP, 0);
		const height = Math.max(labelLines.length, valueLines.length, 1) * lh;
		const middle = (count: number) => y + (height - count * lh) / 2;
		rows.push({
			labels: labelLines.map((l) => ({ ...l, top: l.top + middle(labelLines.length) })),
			values: valueLines.map((l) => ({ ...l, top: l.top + middle(valueLines.length) })),
			bar: { x: axisX, top: y + (height - barHeight) / 2, width: barWidth, height: barHeight },
			own: bar.own
		});
		y += height + ROW_GAP;
	}
	return { kind: 'chart', top, height: y - ROW_GAP + PAD_Y, x, width, axisX, rows, alt: chartAlt(chart) };
}

function setDraw(doc: jsPDF, colour: Rgb, width: number): void {
	doc.setDrawColor(colour[0], colour[1], colour[2]);
	doc.setLineWidth(width);
}

/** The width of a hatching line. */
const HATCH_LINE = 0.25;

/**
 * Hatching as one dashed stroke: diagonal lines (bottom-left to top-right,
 * `x + y` constant, `step` apart in `x + y`) are the dashes of one wide line
 * drawn across the rectangle at right angles to them, clipped to it. One
 * stroke per bar rather than a stroke per hatching line (a long bar has
 * ninety): the same look in a fraction of the drawing.
 */
export interface Hatching {
	/** The stroke's ends: through the rectangle's centre, along (1, 1). */
	from: readonly [number, number];
	to: readonly [number, number];
	/** The stroke's width, across the rectangle. */
	width: number;
	/** Dash and gap along the stroke: each dash is one hatching line, `HATCH_LINE` thick. */
	dash: readonly [number, number];
}

export function hatching(x: number, y: number, w: number, h: number, step = HATCH_STEP): Hatching {
	// Every corner lies within (w + h) / (2√2) of the centre both along the stroke and across it.
	const reach = (w + h) / (2 * Math.SQRT2) + step;
	const along = reach / Math.SQRT2;
	const cx = x + w / 2;
	const cy = y + h / 2;
	const period = step / Math.SQRT2;
	return { from: [cx - along, cy - along], to: [cx + along, cy + along], width: 2 * reach, dash: [HATCH_LINE, period - HATCH_LINE] };
}

function drawHatching(doc: jsPDF, x: number, y: number, w: number, h: number): void {
	const hatch = hatching(x, y, w, h);
	const lineWidth = doc.getLineWidth();
	doc.saveGraphicsState();
	doc.rect(x, y, w, h, null);
	doc.clip();
	doc.discardPath();
	doc.setDrawColor(CHART_COLOUR.hatch[0], CHART_COLOUR.hatch[1], CHART_COLOUR.hatch[2]);
	doc.setLineCap('butt');
	doc.setLineDashPattern([...hatch.dash], 0);
	doc.setLineWidth(hatch.width);
	doc.line(hatch.from[0], hatch.from[1], hatch.to[0], hatch.to[1]);
	doc.restoreGraphicsState();
	// jsPDF keeps its own note of the width: bring it back in line with the restored state.
	doc.setLineWidth(lineWidth);
}

/** Draws a chart item whose coordinates are relative to (x, y); `drawLine` draws its text. */
export function drawFigureChart(doc: jsPDF, item: ChartItem, x: number, y: number, drawLine: (doc: jsPDF, line: LineItem, x: number, y: number) => void): void {
	const left = x + item.x;
	for (const row of item.rows) {
		for (const line of [...row.labels, ...row.values]) drawLine(doc, line, left, y + line.top);
		const { bar } = row;
		if (bar.width <= 0) continue;
		const bx = left + bar.x;
		const by = y + bar.top;
		if (row.own) {
			doc.setFillColor(CHART_COLOUR.own[0], CHART_COLOUR.own[1], CHART_COLOUR.own[2]);
			doc.rect(bx, by, bar.width, bar.height, 'F');
		} else {
			doc.setFillColor(CHART_COLOUR.comparatorFill[0], CHART_COLOUR.comparatorFill[1], CHART_COLOUR.comparatorFill[2]);
			doc.rect(bx, by, bar.width, bar.height, 'F');
			drawHatching(doc, bx, by, bar.width, bar.height);
		}
		setDraw(doc, CHART_COLOUR.outline, LINE.mini);
		doc.rect(bx, by, bar.width, bar.height, 'S');
	}
	// The axis the bars grow from.
	const first = item.rows[0];
	const last = item.rows.at(-1);
	if (first && last) {
		setDraw(doc, COLOUR.rule, LINE.table);
		const ax = left + item.axisX;
		doc.line(ax, y + first.bar.top - 0.8, ax, y + last.bar.top + last.bar.height + 0.8);
	}
}
