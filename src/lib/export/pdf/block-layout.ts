import type { Block, Inline } from '../model.ts';
import { lineItem, linkNodes, type Bar, type LayoutItem, type LineItem } from './items.ts';
import type { Measure } from './measure.ts';
import { layoutMiniTable } from './mini-table.ts';
import { wrapInlines, wrapText, type Segment } from './rich-text.ts';
import { structNode, type StructNode, type StructRole } from './tagging.ts';
import { COLOUR, lineHeight } from './theme.ts';

/**
 * Lays an answer's blocks (from the export model) out as items inside a
 * column: paragraphs, headings in bold, lists with real bullets or numbers
 * and an indent per level, quotes in italics with a rule on the left, tables
 * as bordered tables, code as plain text, hard line breaks kept.
 */

export interface BlockLayoutOptions {
	measure: Measure;
	size: number;
	/** The structure element the blocks belong to (a table cell, the document); untagged without. */
	parent?: StructNode;
	/** The role of headings inside the blocks. */
	headingRole?: StructRole;
}

interface Context extends BlockLayoutOptions {
	italic: boolean;
	bars: number[];
	depth: number;
}

/** Markers for unordered lists by depth: a bullet, then a dash, then a white bullet. */
const BULLETS = ['\u2022', '\u2013', '\u25e6'];
/** Room for a bullet before the item's text. */
const BULLET_INDENT = 4.2;
const QUOTE_INDENT = 3.6;
/** Space between a marker and the text. */
const MARKER_GAP = 1.4;

/** A structure element under the context's parent, when there is one. */
function child(role: StructRole, ctx: { parent?: StructNode }): StructNode | undefined {
	return ctx.parent ? structNode(role, ctx.parent) : undefined;
}

function withBars(item: LayoutItem, ctx: Context): LayoutItem {
	if (ctx.bars.length === 0) return item;
	const bars: Bar[] = ctx.bars.map((x) => ({ x, extend: 0 }));
	return { ...item, bars };
}

/**
 * A paragraph's lines. The first line is kept with the second and the last
 * with the one before, so a page never ends on a paragraph's first line nor
 * starts with its last one alone.
 */
function paragraphItems(inlines: readonly Inline[], ctx: Context, x: number, width: number, y: number, bold = false, role: StructRole = 'P'): LineItem[] {
	const lh = lineHeight(ctx.size);
	const node = child(role, ctx);
	const lines = wrapInlines(inlines, ctx.measure, { width, size: ctx.size, italic: ctx.italic, bold }).map((line, i) => lineItem(line, x, y + i * lh, ctx.size, node));
	linkNodes(lines, node);
	return lines.map((line, i) => {
		const item = withBars(line, ctx) as LineItem;
		return lines.length > 1 && (i === 0 || i === lines.length - 2) ? { ...item, keepWithNext: true } : item;
	});
}

/** Space after a block before the next one. */
function gapAfter(block: Block, ctx: Context, inList: boolean): number {
	const lh = lineHeight(ctx.size);
	if (block.kind === 'heading') return lh * 0.2;
	return inList ? lh * 0.2 : lh * 0.35;
}

function markerSegment(text: string, x: number, ctx: Context): Segment {
	const style = ctx.italic ? 'italic' : 'normal';
	const printable = ctx.measure.printable(text, style);
	return { text: printable, x, width: ctx.measure.width(printable, style, ctx.size), style, size: ctx.size, colour: COLOUR.text };
}

function listItems(block: Extract<Block, { kind: 'list' }>, ctx: Context, x: number, width: number, y: number): { items: LayoutItem[]; bottom: number } {
	const lh = lineHeight(ctx.size);
	const markers = block.items.map((_, i) => (block.ordered ? `${block.start + i}.` : (BULLETS[ctx.depth % BULLETS.length] ?? '\u2022')));
	const widest = Math.max(...markers.map((m) => markerSegment(m, 0, ctx).width));
	const indent = block.ordered ? Math.max(BULLET_INDENT, widest + MARKER_GAP) : BULLET_INDENT;
	const items: LayoutItem[] = [];
	let cursor = y;
	const list = child('L', ctx);
	block.items.forEach((itemBlocks, i) => {
		if (i > 0) cursor += lh * 0.15;
		const li = list ? structNode('LI', list) : undefined;
		const label = li ? structNode('Lbl', li) : undefined;
		const body = li ? structNode('LBody', li) : undefined;
		const inner = layoutAt(itemBlocks, { ...ctx, depth: ctx.depth + 1, ...(body ? { parent: body } : {}) }, x + indent, width - indent, cursor, true);
		const marker = { ...markerSegment(markers[i] ?? '', 0, ctx), ...(label ? { node: label } : {}) };
		// Numbers line up on their right edge; bullets sit at the indent's start.
		const markerX = block.ordered ? x + indent - MARKER_GAP - marker.width : x + 0.6;
		const first = inner.items[0];
		if (first && first.kind === 'line' && Math.abs(first.top - cursor) < 1e-6) {
			inner.items[0] = { ...first, segments: [{ ...marker, x: markerX - first.x }, ...first.segments] };
		} else {
			const markerLine: LineItem = { ...lineItem({ segments: [marker], width: marker.width }, markerX, cursor, ctx.size, label), keepWithNext: true };
			items.push(withBars(markerLine, ctx));
			if (!first) inner.bottom = cursor + lh;
		}
		items.push(...inner.items);
		cursor = inner.bottom;
	});
	return { items, bottom: cursor };
}

function quoteItems(block: Extract<Block, { kind: 'quote' }>, ctx: Context, x: number, width: number, y: number): { items: LayoutItem[]; bottom: number } {
	const barX = x + 0.8;
	const quote = child('BlockQuote', ctx);
	const inner = layoutAt(block.blocks, { ...ctx, italic: true, bars: [...ctx.bars, barX], ...(quote ? { parent: quote } : {}) }, x + QUOTE_INDENT, width - QUOTE_INDENT, y, false);
	// Carry this quote's rule over the gaps between its items, so it reads as one line.
	for (let i = 0; i < inner.items.length - 1; i += 1) {
		const item = inner.items[i];
		const next = inner.items[i + 1];
		if (!item || !next) continue;
		const bar = item.bars?.find((b) => b.x === barX);
		if (bar) bar.extend = Math.max(0, next.top - (item.top + item.height));
	}
	return inner;
}

function blockItems(block: Block, ctx: Context, x: number, width: number, y: number): { items: LayoutItem[]; bottom: number } {
	const lh = lineHeight(ctx.size);
	switch (block.kind) {
		case 'paragraph': {
			const items = paragraphItems(block.inlines, ctx, x, width, y);
			return { items, bottom: y + items.length * lh };
		}
		case 'heading': {
			const items = paragraphItems(block.inlines, ctx, x, width, y, true, ctx.headingRole ?? 'H3').map((item) => ({ ...item, keepWithNext: true }));
			return { items, bottom: y + items.length * lh };
		}
		case 'list':
			return listItems(block, ctx, x, width, y);
		case 'quote':
			return quoteItems(block, ctx, x, width, y);
		case 'table': {
			const rows = layoutMiniTable(block, ctx.measure, x, width, y, ctx.parent ? { parent: ctx.parent } : {}).map((row) => withBars(row, ctx));
			const last = rows.at(-1);
			return { items: rows, bottom: last ? last.top + last.height : y };
		}
		case 'code': {
			const items: LayoutItem[] = [];
			let cursor = y;
			const node = child('P', ctx);
			for (const source of block.text.split('\n')) {
				const lines = source.trim() ? wrapText(source, ctx.measure, { width, size: ctx.size, italic: ctx.italic }) : [{ segments: [], width: 0 }];
				for (const line of lines) {
					items.push(withBars(lineItem(line, x, cursor, ctx.size, node), ctx));
					cursor += lh;
				}
			}
			return { items, bottom: cursor };
		}
		case 'rule':
			return { items: [withBars({ kind: 'rule', top: y, height: lh * 0.8, x, width }, ctx)], bottom: y + lh * 0.8 };
	}
}

function layoutAt(blocks: readonly Block[], ctx: Context, x: number, width: number, y: number, inList: boolean): { items: LayoutItem[]; bottom: number } {
	const items: LayoutItem[] = [];
	let cursor = y;
	blocks.forEach((block, i) => {
		const previous = blocks[i - 1];
		if (previous) cursor += gapAfter(previous, ctx, inList);
		const laid = blockItems(block, ctx, x, width, cursor);
		items.push(...laid.items);
		cursor = laid.bottom;
	});
	return { items, bottom: cursor };
}

/** Lays blocks out in a column `width` wide from `top`; returns the items and the bottom of the last. */
export function layoutBlocks(
	blocks: readonly Block[],
	options: BlockLayoutOptions & { italic?: boolean },
	width: number,
	top = 0
): { items: LayoutItem[]; bottom: number } {
	return layoutAt(blocks, { ...options, italic: options.italic ?? false, bars: [], depth: 0 }, 0, width, top, false);
}
