import type { jsPDF } from 'jspdf';
import { drawFigureChart } from './figure-chart.ts';
import { FONT_FAMILY } from './fonts.ts';
import type { LayoutItem, LineItem } from './items.ts';
import type { Segment } from './rich-text.ts';
import { artifact, tagged, taggerOf, type StructNode } from './tagging.ts';
import { COLOUR, LINE, MM_PER_PT, type Rgb } from './theme.ts';

/**
 * Draws laid-out items with jsPDF at an origin. Links are real link
 * annotations over the words, underlined and in the link colour, so they
 * work on screen and are still recognisable on paper.
 */

function setText(doc: jsPDF, colour: Rgb): void {
	doc.setTextColor(colour[0], colour[1], colour[2]);
}

function setDraw(doc: jsPDF, colour: Rgb, width: number): void {
	doc.setDrawColor(colour[0], colour[1], colour[2]);
	doc.setLineWidth(width);
}

function drawSegment(doc: jsPDF, segment: Segment, left: number, baseline: number): void {
	doc.setFont(FONT_FAMILY, segment.style);
	doc.setFontSize(segment.size);
	setText(doc, segment.colour);
	doc.text(segment.text, left, baseline);
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

/** Draws items whose coordinates are relative to (x, y): text in its structure elements, rules, bars, fills and borders as artifacts. */
export function drawItems(doc: jsPDF, items: readonly LayoutItem[], x: number, y: number): void {
	for (const item of items) {
		const top = y + item.top;
		if (item.bars && item.bars.length > 0) {
			const bars = item.bars;
			artifact(doc, () => {
				for (const bar of bars) {
					setDraw(doc, COLOUR.lightRule, LINE.quote);
					doc.line(x + bar.x, top, x + bar.x, top + item.height + bar.extend);
				}
			});
		}
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
					if (!column) return;
					for (const line of lines) drawLine(doc, line, left + column.x, top + line.top);
				});
				artifact(doc, () => {
					setDraw(doc, COLOUR.rule, LINE.mini);
					for (const column of item.columns) doc.line(left + column.x, top, left + column.x, top + item.height);
					doc.line(right, top, right, top + item.height);
					if (item.borderTop) doc.line(left, top, right, top);
					if (item.borderBottom) doc.line(left, top + item.height, right, top + item.height);
				});
				break;
			}
		}
	}
}
