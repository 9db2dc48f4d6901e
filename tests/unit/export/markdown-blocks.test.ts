import { describe, expect, it } from 'vitest';
import { markdownToBlocks, plainText } from '../../../src/lib/export/markdown-blocks.ts';

describe('markdownToBlocks', () => {
	it('keeps bold, italic and safe links as styled runs', () => {
		const [para] = markdownToBlocks('We have **12** children in *unregulated* homes; see [the report](https://example.org/r).');
		expect(para).toEqual({
			kind: 'paragraph',
			inlines: [
				{ kind: 'text', text: 'We have ' },
				{ kind: 'text', text: '12', bold: true },
				{ kind: 'text', text: ' children in ' },
				{ kind: 'text', text: 'unregulated', italic: true },
				{ kind: 'text', text: ' homes; see ' },
				{ kind: 'text', text: 'the report', href: 'https://example.org/r' },
				{ kind: 'text', text: '.' }
			]
		});
	});

	it('prints an image as its alt text, linked to the picture only when the address is safe', () => {
		const [para] = markdownToBlocks('![Placements chart](https://example.org/chart.png) ![tracker](javascript:alert(1))');
		expect(para).toEqual({
			kind: 'paragraph',
			inlines: [
				{ kind: 'text', text: '[Image: Placements chart]', href: 'https://example.org/chart.png', image: 'Placements chart' },
				{ kind: 'text', text: ' ' },
				{ kind: 'text', text: '[Image: tracker]', image: 'tracker' }
			]
		});
	});

	it('drops unsafe link targets but keeps the words', () => {
		const [para] = markdownToBlocks('[click](javascript:alert(1))');
		expect(para).toEqual({ kind: 'paragraph', inlines: [{ kind: 'text', text: 'click' }] });
	});

	it('nests lists and numbers ordered ones from their start', () => {
		const [list] = markdownToBlocks('3. First\n   - inner a\n   - inner b\n4. Second');
		expect(list).toMatchObject({ kind: 'list', ordered: true, start: 3 });
		if (list?.kind !== 'list') throw new Error('not a list');
		expect(list.items).toHaveLength(2);
		expect(list.items[0]?.[1]).toMatchObject({ kind: 'list', ordered: false });
	});

	it('reads a table with its header and cells', () => {
		const [table] = markdownToBlocks('| Theme | Progress |\n| --- | ---: |\n| Sufficiency | **On track** |');
		if (table?.kind !== 'table') throw new Error('not a table');
		expect(table.header.map(plainText)).toEqual(['Theme', 'Progress']);
		expect(table.align).toEqual(['left', 'right']);
		expect(table.rows[0]?.[1]).toEqual([{ kind: 'text', text: 'On track', bold: true }]);
	});

	it('decodes character references and keeps typographic characters', () => {
		const [para] = markdownToBlocks('Costs &amp; savings – £1,200 ≥ “target” ŵ ŷ');
		expect(para?.kind === 'paragraph' && plainText(para.inlines)).toBe('Costs & savings – £1,200 ≥ “target” ŵ ŷ');
	});

	it('keeps raw HTML as visible text, never markup', () => {
		const blocks = markdownToBlocks('<script>alert(1)</script>');
		expect(blocks).toEqual([{ kind: 'paragraph', inlines: [{ kind: 'text', text: '<script>alert(1)</script>' }] }]);
	});

	it('reads quotes as quote blocks', () => {
		expect(markdownToBlocks('> A young person said this')).toEqual([
			{ kind: 'quote', blocks: [{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'A young person said this' }] }] }
		]);
	});
});
