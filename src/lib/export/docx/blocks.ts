import {
	AlignmentType,
	BorderStyle,
	LineRuleType,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	WidthType,
	type IParagraphOptions
} from 'docx';
import type { Block, Inline, TableCell as ModelCell } from '../model.ts';
import { plainText } from '../markdown-blocks.ts';
import type { ListNumbering } from './numbering.ts';
import { runsOf, wordText, type RunBase } from './runs.ts';
import { COLOUR, INDENT, MONO_FONT, SIZE, SPACE, mm } from './theme.ts';

/**
 * An answer's blocks (or the further-scrutiny section's) as Word paragraphs
 * and tables: paragraphs with their bold, italic and links; bullet and
 * numbered lists through Word's own list numbering, nested lists one level
 * deeper; quotes in italics, indented with a rule at the left; headings in
 * bold; small tables as real Word tables with a header row; code in a
 * monospace font; a thematic break as a rule.
 */

/** Where blocks are being written: the text size, the width there is, how far in, how deep in lists. */
export interface BlockContext {
	numbering: ListNumbering;
	base: RunBase;
	/** The width available at indent 0, in twips. */
	width: number;
	/** Space after each paragraph, in twips. */
	after: number;
	indent?: number;
	/** How many lists deep. */
	depth?: number;
	/** Set inside a quote: a rule at the left of each paragraph. */
	quoted?: boolean;
}

export type BodyChild = Paragraph | Table;

function paragraphOptions(ctx: BlockContext, options: IParagraphOptions = {}): IParagraphOptions {
	return {
		spacing: { after: ctx.after },
		...(ctx.indent ? { indent: { left: ctx.indent } } : {}),
		...(ctx.quoted ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: COLOUR.lightRule, space: 6 } } } : {}),
		...options
	};
}

function textParagraph(inlines: readonly Inline[], ctx: BlockContext, options: IParagraphOptions = {}, base: RunBase = ctx.base): Paragraph {
	return new Paragraph(paragraphOptions(ctx, { children: runsOf(inlines, base), ...options }));
}

function listBlocks(list: Extract<Block, { kind: 'list' }>, ctx: BlockContext): BodyChild[] {
	const depth = ctx.depth ?? 0;
	const ref = list.ordered ? ctx.numbering.numbers(depth, list.start) : ctx.numbering.bullets(depth);
	// Each list sits one step in from whatever holds it (an item, a quote), whatever its definition says.
	const indent = { left: (ctx.indent ?? 0) + INDENT.level, hanging: INDENT.hanging };
	// Paragraphs after an item's first line sit under its text, not under the marker.
	const inner: BlockContext = { ...ctx, indent: indent.left, depth: depth + 1, after: SPACE.list };
	const out: BodyChild[] = [];
	list.items.forEach((item, index) => {
		const [first, ...rest] = item;
		const numbering = { reference: ref.reference, level: 0, instance: ref.instance };
		// The list's last line keeps the space a paragraph would have after it.
		const after = index === list.items.length - 1 && rest.length === 0 ? ctx.after : SPACE.list;
		const marker: IParagraphOptions = { numbering, spacing: { after }, indent };
		if (first && (first.kind === 'paragraph' || first.kind === 'heading')) {
			const base = first.kind === 'heading' ? { ...ctx.base, bold: true } : ctx.base;
			out.push(textParagraph(first.inlines, ctx, marker, base));
			out.push(...blocksToDocx(rest, inner));
		} else {
			// An item that opens with a nested list or a table still gets its own bullet or number.
			out.push(new Paragraph(paragraphOptions(ctx, marker)));
			out.push(...blocksToDocx(item, inner));
		}
	});
	return out;
}

/** Twips an average character of Arial takes at `size` half-points (about half an em). */
const charWidth = (size: number) => size * 10 * 0.55;

/** Twips of padding at the sides of a small table's cells. */
const MINI_PAD = 120;

/**
 * Column widths for a small table: every column first gets room for its
 * longest word, so no word is broken; what is left goes to the columns with
 * the most text. When even the longest words do not fit, all shrink alike.
 */
function miniColumnWidths(table: Extract<Block, { kind: 'table' }>, width: number, size: number): number[] {
	const count = Math.max(table.header.length, ...table.rows.map((r) => r.length), 1);
	const rows = [table.header, ...table.rows];
	const columns = Array.from({ length: count }, (_, c) => {
		const texts = rows.map((row) => plainText(row[c] ?? []));
		const longestWord = Math.max(...texts.flatMap((t) => t.split(/\s+/).map((w) => w.length)), 1);
		const longest = Math.max(...texts.map((t) => t.length), 1);
		// Header words are bold, a little wider.
		const least = (longestWord + 1) * charWidth(size) * 1.1 + MINI_PAD;
		return { least, extra: Math.max(Math.min(longest, 60) - longestWord, 0) };
	});
	const leastTotal = columns.reduce((sum, c) => sum + c.least, 0);
	let widths: number[];
	if (leastTotal >= width) widths = columns.map((c) => Math.floor((c.least / leastTotal) * width));
	else {
		const spare = width - leastTotal;
		const extraTotal = columns.reduce((sum, c) => sum + c.extra, 0);
		widths = columns.map((c) => Math.floor(c.least + (extraTotal > 0 ? (c.extra / extraTotal) * spare : spare / count)));
	}
	widths[0] = (widths[0] ?? 0) + width - widths.reduce((sum, w) => sum + w, 0);
	return widths;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function miniTable(table: Extract<Block, { kind: 'table' }>, ctx: BlockContext): Table {
	const indent = ctx.indent ?? 0;
	const width = Math.max(ctx.width - indent, mm(30));
	const columns = Math.max(table.header.length, 1);
	// Wide tables (a dozen columns in an answer) get smaller type so words still fit their cells.
	const size = columns > 6 ? 14 : columns > 4 ? 16 : SIZE.miniTable;
	const widths = miniColumnWidths(table, width, size);
	const border = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };
	const cell = (content: ModelCell, column: number, header: boolean) =>
		new TableCell({
			width: { size: widths[column] ?? 0, type: WidthType.DXA },
			margins: { top: 30, bottom: 30, left: MINI_PAD / 2, right: MINI_PAD / 2 },
			...(header ? { shading: { type: ShadingType.CLEAR, fill: COLOUR.areaFill, color: 'auto' } } : {}),
			children: [
				new Paragraph({
					alignment: ALIGN[table.align[column] ?? 'left'],
					spacing: { after: 0 },
					children: runsOf(content, { size, ...(header ? { bold: true } : {}) })
				})
			]
		});
	const rowOf = (cells: readonly ModelCell[], header: boolean) =>
		new TableRow({
			// A row of a small table stays on one page; the header row repeats if the table runs on.
			cantSplit: true,
			...(header ? { tableHeader: true } : {}),
			children: widths.map((_, c) => cell(cells[c] ?? [], c, header))
		});
	return new Table({
		width: { size: width, type: WidthType.DXA },
		columnWidths: widths,
		layout: TableLayoutType.FIXED,
		...(indent ? { indent: { size: indent, type: WidthType.DXA } } : {}),
		borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
		rows: [rowOf(table.header, true), ...table.rows.map((row) => rowOf(row, false))]
	});
}

function codeParagraph(text: string, ctx: BlockContext): Paragraph {
	const lines = wordText(text).split(/\r?\n/);
	return new Paragraph(
		paragraphOptions(ctx, {
			shading: { type: ShadingType.CLEAR, fill: COLOUR.areaFill, color: 'auto' },
			children: lines.flatMap((line, i) => runsOf([...(i > 0 ? [{ kind: 'break' as const }] : []), { kind: 'text', text: line || ' ', code: true }], { ...ctx.base, size: ctx.base.size - 2 }))
		})
	);
}

/** Word paragraphs and tables for some blocks. */
export function blocksToDocx(blocks: readonly Block[], ctx: BlockContext): BodyChild[] {
	const out: BodyChild[] = [];
	for (const block of blocks) {
		switch (block.kind) {
			case 'paragraph':
				out.push(textParagraph(block.inlines, ctx));
				break;
			case 'heading':
				out.push(textParagraph(block.inlines, ctx, { keepNext: true, spacing: { before: 60, after: ctx.after } }, { ...ctx.base, bold: true }));
				break;
			case 'list':
				out.push(...listBlocks(block, ctx));
				break;
			case 'quote':
				out.push(
					...blocksToDocx(block.blocks, {
						...ctx,
						indent: (ctx.indent ?? 0) + INDENT.quote,
						base: { ...ctx.base, italic: true },
						quoted: true
					})
				);
				break;
			case 'table':
				out.push(miniTable(block, ctx));
				// Word needs a paragraph between a table and what follows; a thin one keeps the gap small.
				out.push(new Paragraph({ spacing: { after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] }));
				break;
			case 'code':
				out.push(codeParagraph(block.text, ctx));
				break;
			case 'rule':
				out.push(new Paragraph(paragraphOptions(ctx, { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOUR.lightRule, space: 1 } } })));
				break;
		}
	}
	return out;
}

/** The children of a table cell: Word insists a cell has at least one paragraph and ends with one. */
export function cellChildren(children: BodyChild[]): BodyChild[] {
	if (children.length === 0 || !(children.at(-1) instanceof Paragraph)) return [...children, new Paragraph({ spacing: { after: 0 }, children: [] })];
	return children;
}
