import { describe, expect, it } from 'vitest';
import { applyCommand, commandForShortcut } from '../../../src/lib/markdown/edit.ts';

const at = (text: string, start: number, end = start) => ({ text, start, end });

describe('markdown toolbar edits', () => {
	it('wraps the selected words in bold and keeps them selected', () => {
		const result = applyCommand('bold', at('We visit monthly', 3, 8));
		expect(result.text).toBe('We **visit** monthly');
		expect(result.text.slice(result.start, result.end)).toBe('visit');
	});

	it('removes bold when the selection is already bold', () => {
		const result = applyCommand('bold', at('We **visit** monthly', 5, 10));
		expect(result.text).toBe('We visit monthly');
	});

	it('inserts selected placeholder text when nothing is selected', () => {
		const result = applyCommand('italic', at('Ofsted said ', 12));
		expect(result.text).toBe('Ofsted said _italic text_');
		expect(result.text.slice(result.start, result.end)).toBe('italic text');
	});

	it('turns selected lines into a bulleted list, with a blank line above so it renders as a list', () => {
		const text = 'Actions:\nRecruit carers\nOpen a home';
		const result = applyCommand('bullets', at(text, 9, text.length));
		expect(result.text).toBe('Actions:\n\n- Recruit carers\n- Open a home');
	});

	it('numbers selected lines in order, replacing existing bullets', () => {
		const text = '- first\n- second';
		const result = applyCommand('numbers', at(text, 0, text.length));
		expect(result.text).toBe('1. first\n2. second');
	});

	it('makes a link from the selection and selects the address to type over', () => {
		const result = applyCommand('link', at('See the Local Offer', 8, 19));
		expect(result.text).toBe('See the [Local Offer](https://)');
		expect(result.text.slice(result.start, result.end)).toBe('https://');
	});

	it('inserts a table on its own lines, separated from the paragraph above', () => {
		const result = applyCommand('table', at('Progress so far', 15));
		expect(result.text).toBe('Progress so far\n\n| Theme | Key actions | Progress |\n| --- | --- | --- |\n|  |  |  |\n');
		expect(result.text.slice(result.start, result.end)).toBe('Theme');
	});

	it('maps the keyboard shortcuts', () => {
		expect(commandForShortcut('b', false)).toBe('bold');
		expect(commandForShortcut('I', false)).toBe('italic');
		expect(commandForShortcut('k', false)).toBe('link');
		expect(commandForShortcut('8', true)).toBe('bullets');
		expect(commandForShortcut('7', true)).toBe('numbers');
		expect(commandForShortcut('x', false)).toBeUndefined();
	});
});
