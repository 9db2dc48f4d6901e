/**
 * Comma-separated values that open cleanly in Excel: UTF-8 with a byte order
 * mark (without it Excel reads the file as the PC's legacy code page and
 * mangles "ŵ" or "–"), CRLF line ends, every field in double quotes with
 * quotes doubled, and line breaks kept inside the quotes. Pure: text in,
 * text out.
 */

/** The byte order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet treat a cell as a formula (or, for tab
 * and carriage return, let one slip past a trim). OWASP's list for CSV
 * injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text made safe to open: a field starting with `=`, `+`, `-`, `@`,
 * tab or carriage return gets a leading apostrophe, so Excel shows it as
 * text instead of running it ("=HYPERLINK(…)" stays words on the page).
 */
export function neutraliseFormula(field: string): string {
	return FORMULA_START.test(field) ? `'${field}` : field;
}

/** One field, neutralised and quoted: `He said "no"` → `"He said ""no"""`. */
export function quoteField(field: string): string {
	return `"${neutraliseFormula(field).replace(/"/g, '""')}"`;
}

/** A whole file: the BOM, then each row's quoted fields joined by commas, each row ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return BOM + rows.map((row) => `${row.map(quoteField).join(',')}\r\n`).join('');
}
