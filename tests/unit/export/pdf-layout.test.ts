import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../../src/lib/export/markdown-blocks.ts';
import { layoutBlocks } from '../../../src/lib/export/pdf/block-layout.ts';
import type { FontStyle } from '../../../src/lib/export/pdf/fonts.ts';
import { glyphCheck, printableText, unprintableCharacters } from '../../../src/lib/export/pdf/glyphs.ts';
import { textOfItems, type LayoutItem, type LineItem } from '../../../src/lib/export/pdf/items.ts';
import type { Measure } from '../../../src/lib/export/pdf/measure.ts';
import { columnWidths } from '../../../src/lib/export/pdf/mini-table.ts';
import { paginate, type FlowRow, type Frame } from '../../../src/lib/export/pdf/paginate.ts';
import { wrapInlines, wrapText } from '../../../src/lib/export/pdf/rich-text.ts';
import { answerBlocks, reporterLines } from '../../../src/lib/export/pdf/question-row.ts';

/** A stand-in font: every character 2 mm wide at 10 pt, bold ones 2.4 mm; it has no glyph for "¤". */
const fake: Measure = {
	width: (text: string, style: FontStyle, size: number) => [...text].length * (size / 10) * (style.startsWith('bold') ? 2.4 : 2),
	printable: (text: string) => printableText(text, (code) => code !== 0xa4)
};

const lineText = (line: { segments: { text: string }[] }) => line.segments.map((s) => s.text).join('');

describe('characters the font cannot show', () => {
	const has = glyphCheck({ 0x41: 36, 0x20: 3, 0x175: 465 });

	it('are replaced by a visible mark, and the rest of the text is kept', () => {
		expect(printableText('A ŵ A', has)).toBe('A ŵ A');
		expect(printableText('A 😀 A', has)).toBe('A □ A');
		expect(printableText('AB', has)).toBe('A□');
	});

	it('composes letters and accents first, so w + combining circumflex prints as ŵ', () => {
		expect(printableText('w\u0302', (code) => code === 0x175)).toBe('ŵ');
	});

	it('drops invisible format characters and turns tabs and newlines into spaces', () => {
		expect(printableText('A\u200dA\u00adA\tA\nA\u0007', has)).toBe('AAA A A');
	});

	it('treats everything outside the Basic Multilingual Plane as missing, because jsPDF looks glyphs up by UTF-16 unit', () => {
		expect(glyphCheck({ 0x1f600: 12 })(0x1f600)).toBe(false);
	});

	it('can be listed before export', () => {
		expect(unprintableCharacters('A 😀 B 中 😀', has)).toEqual(['😀', 'B', '中']);
	});
});

describe('wrapping styled text', () => {
	it('fills lines up to the width, never past it, measuring bold words as bold', () => {
		const inlines = markdownToBlocks('aaaa **bbbb** cccc dddd **eeee** ffff')[0];
		if (inlines?.kind !== 'paragraph') throw new Error('not a paragraph');
		const lines = wrapInlines(inlines.inlines, fake, { width: 30, size: 10 });
		expect(lines.map(lineText)).toEqual(['aaaa bbbb cccc', 'dddd eeee ffff']);
		for (const line of lines) expect(line.width).toBeLessThanOrEqual(30);
		const bold = lines[0]?.segments.find((s) => s.text === 'bbbb');
		expect(bold).toMatchObject({ style: 'bold', x: 10, width: 9.6 });
	});

	it('breaks a word longer than the line between characters', () => {
		expect(wrapText('https://example.org/a-very-long-address', fake, { width: 20, size: 10 }).map(lineText)).toEqual([
			'https://ex',
			'ample.org/',
			'a-very-lon',
			'g-address'
		]);
	});

	it('starts a new line at a hard break, even an empty one', () => {
		const lines = wrapInlines([{ kind: 'text', text: 'one' }, { kind: 'break' }, { kind: 'break' }, { kind: 'text', text: 'two' }], fake, { width: 50, size: 10 });
		expect(lines.map(lineText)).toEqual(['one', '', 'two']);
	});

	it('keeps links as their own segments with their address', () => {
		const [line] = wrapInlines([{ kind: 'text', text: 'see ' }, { kind: 'text', text: 'the report', href: 'https://example.org' }], fake, { width: 100, size: 10 });
		expect(line?.segments.at(-1)).toMatchObject({ text: 'the report', href: 'https://example.org' });
	});
});

describe('laying out answer blocks', () => {
	const layout = (markdown: string, width = 60) => layoutBlocks(markdownToBlocks(markdown), { measure: fake, size: 10 }, width).items;
	const lines = (items: LayoutItem[]) => items.filter((i): i is LineItem => i.kind === 'line');

	it('puts a bullet before each item and a dash before nested items, indented', () => {
		const items = lines(layout('- one\n  - inner\n- two'));
		expect(items.map(lineText)).toEqual(['\u2022one', '\u2013inner', '\u2022two']);
		const inner = items[1];
		const outer = items[0];
		expect(inner && outer && inner.x > outer.x).toBe(true);
	});

	it('numbers ordered lists from their start', () => {
		expect(lines(layout('7. seven\n8. eight')).map(lineText)).toEqual(['7.seven', '8.eight']);
	});

	it('sets quotes in italics beside a rule, and headings in bold', () => {
		const [heading, quote] = lines(layout('## A heading\n\n> Quoted'));
		expect(heading?.segments[0]?.style).toBe('bold');
		expect(heading?.keepWithNext).toBe(true);
		expect(quote?.segments[0]?.style).toBe('italic');
		expect(quote?.bars).toHaveLength(1);
	});

	it('draws a table as bordered rows with its header kept with the first row', () => {
		const rows = layout('| Theme | Progress |\n| --- | --- |\n| Sufficiency | On track |').filter((i) => i.kind === 'table-row');
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatchObject({ header: true, keepWithNext: true });
		expect(textOfItems(rows)).toBe('Theme Progress Sufficiency On track');
	});

	it('cuts a tall table row into slices of whole lines, so a page can end inside it', () => {
		const rows = layout(`| A |\n| --- |\n| ${'word '.repeat(60)} |`, 30).filter((i) => i.kind === 'table-row');
		expect(rows.length).toBeGreaterThan(3);
		expect(rows.at(-1)).toMatchObject({ borderBottom: true });
		expect(rows[1]).toMatchObject({ borderTop: true, borderBottom: false });
	});

	it('sizes table columns by what they hold', () => {
		expect(columnWidths([{ min: 10, max: 20 }, { min: 10, max: 20 }], 60)).toEqual([30, 30]);
		expect(columnWidths([{ min: 10, max: 100 }, { min: 10, max: 10 }], 60)).toEqual([50, 10]);
		expect(columnWidths([{ min: 40, max: 100 }, { min: 40, max: 100 }], 60)).toEqual([30, 30]);
	});

	it('says what an unanswered, withheld or empty answer is', () => {
		expect(answerBlocks({ kind: 'unanswered', notice: 'No answer yet.' })).toEqual([{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'No answer yet.', italic: true }] }]);
		expect(answerBlocks({ kind: 'withheld', notice: 'Exempt information – not for publication', exemptionCategory: 'Schedule 12A, paragraph 3' })).toEqual([
			{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Exempt information – not for publication', bold: true }] },
			{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Exemption: Schedule 12A, paragraph 3' }] }
		]);
		expect(answerBlocks({ kind: 'answered', blocks: [] })).toEqual([{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'No position recorded.', italic: true }] }]);
		expect(answerBlocks({ kind: 'answered', blocks: [], exemptionCategory: 'Schedule 12A, paragraph 1' })[0]).toEqual({
			kind: 'paragraph',
			inlines: [{ kind: 'text', text: 'Exempt – Schedule 12A, paragraph 1', bold: true }]
		});
	});

	it('starts each reporter’s designation on the same line as their name, and keeps the pair together', () => {
		const lines = reporterLines(
			[
				{ name: 'Jo Shah Anand', designation: 'Head of Placements and Commissioning' },
				{ name: 'Tom Reid', designation: 'Service Manager' }
			],
			fake
		);
		const priya = lines.find((l) => l.segments.some((s) => s.text === 'Jo Shah'));
		const tom = lines.find((l) => l.segments.some((s) => s.text === 'Tom Reid'));
		expect(priya?.segments.map((s) => s.text)).toEqual(['Jo Shah', 'Head of']);
		expect(tom?.segments.map((s) => s.text)).toEqual(['Tom Reid', 'Service']);
		expect(lines.slice(0, lines.indexOf(tom as LineItem) - 1).every((l) => l.keepWithNext)).toBe(true);
	});
});

describe('paginating the main table', () => {
	const frame: Frame = { pageHeight: 100, marginTop: 10, marginBottom: 10, startY: 40, headHeight: 5 };
	const options = { padTop: 1, padBottom: 1, minLines: 2 };
	const line = (top: number, extra: Partial<LineItem> = {}): LineItem => ({ kind: 'line', top, height: 4, x: 0, baseline: 3, segments: [{ text: `at ${top}`, x: 0, width: 1, style: 'normal', size: 10, colour: [0, 0, 0] }], ...extra });
	const lines = (count: number, from = 1) => Array.from({ length: count }, (_, i) => line(from + i * 4));
	const row = (columns: LayoutItem[][], headingHeight = 0): FlowRow => ({ headingHeight, columns });

	it('places every item exactly once and never lets a chunk pass the bottom margin', () => {
		const rows = [row([lines(3), lines(40)]), row([lines(2), lines(5)], 6), row([lines(30), lines(2)])];
		const chunks = paginate(rows, frame, options);
		for (const chunk of chunks) {
			expect(chunk.y + chunk.height).toBeLessThanOrEqual(frame.pageHeight - frame.marginBottom);
			for (const items of chunk.columns) for (const item of items) expect(item.top + item.height).toBeLessThanOrEqual(chunk.height - (chunk.first ? rows[chunk.row]?.headingHeight ?? 0 : 0));
		}
		rows.forEach((r, i) => {
			r.columns.forEach((items, c) => {
				const placed = chunks.filter((ch) => ch.row === i).flatMap((ch) => ch.columns[c] ?? []);
				expect(placed.map((item) => textOfItems([item]))).toEqual(items.map((item) => textOfItems([item])));
			});
		});
		expect(new Set(chunks.map((c) => c.page)).size).toBeGreaterThan(2);
	});

	it('moves a short row whole to the next page rather than split it', () => {
		const chunks = paginate([row([lines(10)]), row([lines(4)])], frame, options);
		expect(chunks.map((c) => [c.row, c.page])).toEqual([
			[0, 0],
			[1, 1]
		]);
	});

	it('never leaves an area heading at the foot of a page without the lines under it', () => {
		const chunks = paginate([row([lines(10)]), row([lines(30)], 6)], frame, options);
		const second = chunks.find((c) => c.row === 1);
		expect(second?.first).toBe(true);
		expect(second?.columns[0]?.length).toBeGreaterThanOrEqual(2);
	});

	it('keeps a line marked keep-with-next on the same page as the line after it', () => {
		// 18 lines fit on a page; the 18th must stay with the 19th.
		const plain = paginate([row([lines(25)])], { ...frame, startY: 10 }, options);
		expect(plain[0]?.columns[0]?.length).toBe(18);
		const items = lines(25).map((item, i) => (i === 17 ? { ...item, keepWithNext: true } : item));
		const chunks = paginate([row([items])], { ...frame, startY: 10 }, options);
		expect(chunks[0]?.columns[0]?.length).toBe(17);
	});

	it('follows autotable’s sums: a page-filling chunk leaves too little room for anything after it', () => {
		const chunks = paginate([row([lines(40)])], frame, options);
		const first = chunks[0];
		if (!first) throw new Error('no chunks');
		expect(frame.pageHeight - (first.y + first.height) - frame.marginBottom).toBeCloseTo(0.01, 6);
		expect(chunks[1]?.y).toBe(frame.marginTop + frame.headHeight);
	});
});
