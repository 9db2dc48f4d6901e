// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markGlossaryTerms } from '../../../src/lib/components/glossary-marks.ts';
import { glossary } from '../../../src/lib/domain/glossary.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';

function marked(markdown: string): HTMLElement {
	const root = document.createElement('div');
	root.innerHTML = renderMarkdown(markdown);
	markGlossaryTerms(root, glossary, (e) => `/glossary#${e.id}`, 'test');
	return root;
}

const buttons = (root: HTMLElement) => [...root.querySelectorAll('button.app-term')].map((b) => b.textContent);

describe('marking glossary terms in a rendered answer', () => {
	it('marks the first use of each term across the whole answer, once', () => {
		const root = marked('The **IRO** chairs reviews.\n\n- IROs raised 46 alerts\n- the PEP was late; the IRO escalated');
		expect(buttons(root)).toEqual(['IRO', 'PEP']);
		expect(root.textContent).toContain('IROs raised 46 alerts');
	});

	it('makes each term a collapsed disclosure button that controls its definition', () => {
		const root = marked('Statistical neighbours (SN) 33%.');
		const button = root.querySelector('button.app-term') as HTMLButtonElement;
		expect(button.type).toBe('button');
		expect(button.getAttribute('aria-expanded')).toBe('false');
		const popover = root.querySelector(`#${button.getAttribute('aria-controls') ?? 'missing'}`);
		expect(popover?.getAttribute('role')).toBe('note');
		expect((popover as HTMLElement).hidden).toBe(true);
		expect(popover?.textContent).toContain('About ten councils');
		expect(popover?.querySelector('a')?.getAttribute('href')).toBe('/glossary#sn');
		expect(popover?.querySelector('a')?.textContent).toBe('SN in the glossary');
	});

	it('leaves links and code alone, and marks the term where it is next used', () => {
		const root = marked('See [the IRO handbook](https://example.org/iro) and `PEP` codes. The IRO and the PEP.');
		expect(root.querySelector('a button')).toBeNull();
		expect(root.querySelector('code')?.textContent).toBe('PEP');
		expect(buttons(root)).toEqual(['IRO', 'PEP']);
		expect(root.querySelector('button.app-term')?.parentElement?.parentElement?.tagName).toBe('P');
	});

	it('keeps the text exactly as written around the marks', () => {
		const text = 'Our Local Offer is clear; 3 young people are in Staying Put.';
		const root = marked(text);
		// The popovers add their definitions; without them the sentence is unchanged.
		root.querySelectorAll('.app-term__popover').forEach((p) => p.remove());
		expect(root.textContent?.trim()).toBe(text);
	});

	it('gives every popover a unique id within the answer', () => {
		const root = marked('IRO, PEP, SN, LADO, MASH, NEET, UASC and CAMHS.');
		const ids = [...root.querySelectorAll('.app-term__popover')].map((p) => p.id);
		expect(ids).toHaveLength(8);
		expect(new Set(ids).size).toBe(8);
	});
});
