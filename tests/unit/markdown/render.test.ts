// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';

function render(markdown: string): HTMLElement {
	const div = document.createElement('div');
	div.innerHTML = renderMarkdown(markdown);
	return div;
}

describe('rendering an answer', () => {
	it('shows bold, italic, lists, quotes and tables', () => {
		const html = render('**21.7%** (Q2 2020/21), _provisional_\n\n- one\n- two\n\n1. first\n\n> Ofsted said\n\n| Theme | Progress |\n| --- | --- |\n| Sufficiency | On track |');
		expect(html.querySelector('strong')?.textContent).toBe('21.7%');
		expect(html.querySelector('em')?.textContent).toBe('provisional');
		expect([...html.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['one', 'two']);
		expect(html.querySelector('ol li')?.textContent).toBe('first');
		expect(html.querySelector('blockquote')?.textContent?.trim()).toBe('Ofsted said');
		expect([...html.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Sufficiency', 'On track']);
	});

	it('removes scripts, event handlers, javascript: links and inline styles', () => {
		const html = render('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[x](javascript:alert(1))\n\n<p style="color:red">hi</p>');
		expect(html.querySelector('script')).toBeNull();
		expect(html.querySelector('[onerror]')).toBeNull();
		expect(html.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
		expect(html.querySelector('[style]')).toBeNull();
	});

	it('opens links beside the app, without giving the new page a handle on it', () => {
		const link = render('[Local Offer](https://example.org/local-offer)').querySelector('a');
		expect(link?.getAttribute('target')).toBe('_blank');
		expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
	});

	it('puts each table in its own scrolling box, named by its columns, that keyboard users can reach', () => {
		const html = render('| Theme | Progress |\n| --- | --- |\n| Sufficiency | On track |\n\nText between.\n\n| Stage | Received |\n| --- | --- |\n| 1 | 31 |');
		const boxes = [...html.querySelectorAll('.app-table-scroll')];
		expect(boxes.map((box) => [box.getAttribute('role'), box.getAttribute('aria-label'), box.getAttribute('tabindex')])).toEqual([
			['region', 'Table: Theme, Progress', '0'],
			['region', 'Table: Stage, Received', '0']
		]);
		expect(boxes.map((box) => box.firstElementChild?.tagName)).toEqual(['TABLE', 'TABLE']);
		expect(html.querySelector('p')?.textContent).toBe('Text between.');
	});

	it('never hands an event-handler attribute to a parser, so a hostile answer does not even trip the Content Security Policy', () => {
		const parsed: string[] = [];
		const original = DOMParser.prototype.parseFromString;
		const parse = vi.spyOn(DOMParser.prototype, 'parseFromString').mockImplementation(function (this: DOMParser, text, type) {
			parsed.push(String(text));
			return original.call(this, text, type);
		});
		try {
			const html = render('<img src=x onerror="alert(1)"><details open ontoggle=alert(1)>x</details>\n\nText: one = two, <b onmouseover=alert(1)>bold</b>\n\n| A <svg/onload=alert(1)> | B |\n| --- | --- |\n| 1 | 2 |');
			expect(parsed.length).toBeGreaterThan(0);
			// No tag the parser reads carries a handler (the table's "<svg/onload…>" reaches it escaped, as text).
			expect(parsed.filter((text) => /<[a-z][^<>]*[\s"'/]on(error|toggle|mouseover|load)\s*=/i.test(text))).toEqual([]);
			expect([...html.querySelectorAll('p')].map((p) => p.textContent)).toContain('Text: one = two, bold');
			expect(html.querySelectorAll('[data-removed-onerror], [onerror], [ontoggle], [onmouseover], [onload]')).toHaveLength(0);
		} finally {
			parse.mockRestore();
		}
	});
});
