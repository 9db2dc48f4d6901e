import { describe, expect, it } from 'vitest';
import { BOM, neutraliseFormula, quoteField, toCsv } from '../../../src/lib/domain/csv.ts';

describe('CSV for Excel', () => {
	it('starts with the byte order mark and ends every row with CRLF', () => {
		const csv = toCsv([
			['Date', 'Title'],
			['01/10/2020', 'Performance']
		]);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
		expect(csv).toBe(`${BOM}"Date","Title"\r\n"01/10/2020","Performance"\r\n`);
	});

	it('quotes every field and doubles the quotes inside', () => {
		expect(quoteField('That the "Southampton 5" are checked')).toBe('"That the ""Southampton 5"" are checked"');
		expect(quoteField('')).toBe('""');
	});

	it('keeps commas and line breaks inside the quotes', () => {
		expect(toCsv([['Funding, training and support', 'First line\nSecond line\r\nThird']])).toBe(
			`${BOM}"Funding, training and support","First line\nSecond line\r\nThird"\r\n`
		);
	});

	it('keeps every character, in any alphabet', () => {
		expect(toCsv([['Cllr Zoë Łukasiewicz – “quoted” ŵ']])).toBe(`${BOM}"Cllr Zoë Łukasiewicz – “quoted” ŵ"\r\n`);
	});

	it('stops a field being run as a formula by prefixing an apostrophe', () => {
		expect(neutraliseFormula('=HYPERLINK("http://evil.example","Click")')).toBe(`'=HYPERLINK("http://evil.example","Click")`);
		for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
		expect(quoteField('=1+1')).toBe(`"'=1+1"`);
		expect(quoteField('@SUM(A1:A2), "x"')).toBe(`"'@SUM(A1:A2), ""x"""`);
	});

	it('leaves ordinary text alone, including a formula sign later in the text', () => {
		expect(neutraliseFormula('Total = 4')).toBe('Total = 4');
		expect(neutraliseFormula('1) That the panel…')).toBe('1) That the panel…');
		expect(neutraliseFormula('')).toBe('');
	});
});
