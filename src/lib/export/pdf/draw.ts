import type { jsPDF } from 'jspdf';
import { drawFigureChart } from './figure-chart.ts';
import { FONT_FAMILY } from './fonts.ts';
import type { LayoutItem, LineItem } from './items.ts';
import type { Segment } from './rich-text.ts';
import { strokeLines, type Stroke } from './strokes.ts';
import { artifact, tagged, taggerOf, type StructNode } from './tagging.ts';
import { drawText } from './text-writer.ts';
import { COLOUR, LINE, LINE_FACTOR, MM_PER_PT, lineHeight, type Rgb } from './theme.ts';

/**
 * Draws laid-out items with jsPDF at an origin. Links are real link
 * annotations over the words, underlined and in the link colour, so they
 * work on screen and are still recognisable on paper.
 */

function setDraw(doc: jsPDF, colour: Rgb, width: number): void {
	doc.setDrawColor(colour[0], colour[1], colour[2]);
	doc.setLineWidth(width);
}

function drawSegment(doc: jsPDF, segment: Segment, left: number, baseline: number): void {
	doc.setFont(FONT_FAMILY, segment.style);
	doc.setFontSize(segment.size);
	drawText(doc, segment.text, left, baseline, segment.colour);
	const em = segment.size * MM_PER_PT;
	if (segment.href) {
		setDraw(doc, segment.colour, 0.2);
		doc.line(left, baseline + em * 0.12, left + segment.width, baseline + em * 0.12);
	}
	if (segment.strike) {
		setDraw(doc, segment.colour, 0.2);
		doc.line(left, baseline - em * 0.28, left + segment.width, baseline - em * 0.28);
	}
}

/**
 * Draws one line of text with its top-left at (x, y). In a tagged document
 * each run of segments belonging to one structure element (the line's, or a
 * segment's own: a list marker, a link) is one piece of marked content, and a
 * link's annotation belongs to its Link element.
 */
export function drawLine(doc: jsPDF, line: LineItem, x: number, y: number): void {
	const baseline = y + line.baseline;
	const tagger = taggerOf(doc);
	const segments = line.segments.filter((segment) => segment.text);
	let i = 0;
	while (i < segments.length) {
		const node: StructNode | undefined = segments[i]?.node ?? line.node;
		let j = i + 1;
		while (j < segments.length && (segments[j]?.node ?? line.node) === node) j += 1;
		const run = segments.slice(i, j);
		tagged(doc, node, () => {
			for (const segment of run) drawSegment(doc, segment, x + line.x + segment.x, baseline);
		});
		for (const segment of run) {
			if (!segment.href) continue;
			const left = x + line.x + segment.x;
			if (tagger && node?.role === 'Link') tagger.link(node, left, y, segment.width, line.height, segment.href);
			else doc.link(left, y, segment.width, line.height, { url: segment.href });
		}
		i = j;
	}
}

/** A line's segments with text when every one is plain (no link, picture or strike), or undefined. */
function plainSegments(item: LayoutItem): Segment[] | undefined {
	if (item.kind !== 'line') return undefined;
	const segments = item.segments.filter((segment) => segment.text);
	if (segments.length === 0) return undefined;
	for (const segment of segments) if (segment.href || segment.strike || segment.image !== undefined) return undefined;
	return segments;
}

/** Whether two lines' segments stand in the same columns: same places, looks and elements. */
function sameColumns(a: readonly Segment[], b: readonly Segment[]): boolean {
	if (a.length !== b.length) return false;
	for (let k = 0; k < a.length; k += 1) {
		const p = a[k];
		const q = b[k];
		if (!p || !q || p.x !== q.x || p.style !== q.style || p.size !== q.size || p.colour !== q.colour || p.node !== q.node) return false;
	}
	return true;
}

/**
 * How many items from `start` are plain lines set out alike (a paragraph's
 * lines; a reporter's name beside their designation), of one element, each a
 * line height below the last, each column of segments its own element: each
 * column can be drawn with one text call, in reading order. Returns their
 * segments, line by line.
 */
function plainRun(items: readonly LayoutItem[], start: number): Segment[][] {
	const first = items[start];
	const columns = first ? plainSegments(first) : undefined;
	if (!first || !columns) return [];
	const steps = new Set(columns.map((segment) => lineHeight(segment.size)));
	const [step] = steps;
	const run = [columns];
	// Each column is drawn whole before the next: only right when each is its own element (a name and a designation).
	const nodes = new Set(columns.map((segment) => segment.node ?? first.node));
	if (steps.size !== 1 || step === undefined || nodes.size !== columns.length) return run;
	for (let k = start + 1; k < items.length; k += 1) {
		const item = items[k];
		const previous = items[k - 1];
		const segments = item ? plainSegments(item) : undefined;
		if (!item || !previous || !segments || item.node !== first.node || item.x !== first.x || !sameColumns(columns, segments)) break;
		if (Math.abs(item.top - previous.top - step) > 1e-6) break;
		run.push(segments);
	}
	return run;
}

/** Draws a quote's rules beside some items, as one path. */
function drawBars(doc: jsPDF, items: readonly LayoutItem[], x: number, y: number): void {
	const lines: Stroke[] = [];
	for (const item of items) {
		for (const bar of item.bars ?? []) lines.push([x + bar.x, y + item.top, x + bar.x, y + item.top + item.height + bar.extend]);
	}
	if (lines.length === 0) return;
	artifact(doc, () => {
		setDraw(doc, COLOUR.lightRule, LINE.quote);
		strokeLines(doc, lines);
	});
}

/** Draws items whose coordinates are relative to (x, y): text in its structure elements, rules, bars, fills and borders as artifacts. */
export function drawItems(doc: jsPDF, items: readonly LayoutItem[], x: number, y: number): void {
	for (let i = 0; i < items.length; i += 1) {
		const item = items[i];
		if (!item) continue;
		// Lines set out alike, one text call per column of segments (jsPDF steps down a line height per line): far fewer operators.
		const run = plainRun(items, i);
		const [columns] = run;
		if (run.length > 1 && columns && item.kind === 'line') {
			drawBars(doc, items.slice(i, i + run.length), x, y);
			columns.forEach((look, k) => {
				const texts = run.map((segments) => segments[k]?.text ?? '');
				tagged(doc, look.node ?? item.node, () => {
					doc.setFont(FONT_FAMILY, look.style);
					doc.setFontSize(look.size);
					// At our line spacing, not the document's factor (autotable sizes its own rows with that).
					drawText(doc, texts, x + item.x + look.x, y + item.top + item.baseline, look.colour, LINE_FACTOR);
				});
			});
			i += run.length - 1;
			continue;
		}
		const top = y + item.top;
		drawBars(doc, [item], x, y);
		switch (item.kind) {
			case 'line':
				drawLine(doc, item, x, top);
				break;
			case 'rule':
				artifact(doc, () => {
					setDraw(doc, COLOUR.lightRule, LINE.mini);
					doc.line(x + item.x, top + item.height / 2, x + item.x + item.width, top + item.height / 2);
				});
				break;
			case 'chart':
				tagged(doc, item.node, () => drawFigureChart(doc, item, x, top, drawLine));
				break;
			case 'table-row': {
				const left = x + item.x;
				const last = item.columns.at(-1);
				const right = last ? left + last.x + last.width : left;
				if (item.header) {
					artifact(doc, () => {
						doc.setFillColor(COLOUR.miniHeadFill[0], COLOUR.miniHeadFill[1], COLOUR.miniHeadFill[2]);
						doc.rect(left, top, right - left, item.height, 'F');
					});
				}
				item.cells.forEach((lines, c) => {
					const column = item.columns[c];
					if (column) drawItems(doc, lines, left + column.x, top);
				});
				artifact(doc, () => {
					setDraw(doc, COLOUR.rule, LINE.mini);
					const lines: Stroke[] = item.columns.map((column) => [left + column.x, top, left + column.x, top + item.height]);
					lines.push([right, top, right, top + item.height]);
					if (item.borderTop) lines.push([left, top, right, top]);
					if (item.borderBottom) lines.push([left, top + item.height, right, top + item.height]);
					strokeLines(doc, lines);
				});
				break;
			}
		}
	}
}
