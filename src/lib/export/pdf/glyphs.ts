/**
 * Characters the embedded font cannot show. jsPDF does not warn: with an
 * Identity-H font a character outside the font's cmap is written as glyph 0,
 * and its text escaping stops at glyph 0, so the rest of the line vanishes
 * too. Every string is passed through `printableText` before it is measured
 * or drawn, so a missing character shows as a visible mark instead.
 */

/** Shown in place of a character the font has no glyph for (a white square, as browsers show one). */
export const MISSING_GLYPH = '\u25a1';
/** Used instead when even the white square is missing from a font. */
export const MISSING_GLYPH_FALLBACK = '?';

/** Invisible by definition (zero-width joiners, variation selectors, soft hyphens, byte order marks): dropping them loses nothing. */
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const CONTROL = /^\p{Cc}$/u;
const WHITESPACE_CONTROL = /^[\t\n\v\f\r]$/;

/**
 * The text with whitespace controls as spaces, invisible format characters
 * removed and every other character the font lacks replaced by `placeholder`.
 * Text is composed first (NFC), so "w" + combining circumflex becomes "ŵ".
 */
export function printableText(text: string, hasGlyph: (codePoint: number) => boolean, placeholder = MISSING_GLYPH): string {
	// Fast path: printable ASCII the font has is already in composed form and kept as it is.
	let plain = true;
	for (let i = 0; i < text.length && plain; i += 1) {
		const code = text.charCodeAt(i);
		plain = code >= 0x20 && code < 0x7f && hasGlyph(code);
	}
	if (plain) return text;
	let out = '';
	for (const char of text.normalize('NFC')) {
		const code = char.codePointAt(0) ?? 0;
		if (WHITESPACE_CONTROL.test(char)) out += ' ';
		else if (CONTROL.test(char) || IGNORABLE.test(char)) continue;
		else out += hasGlyph(code) ? char : placeholder;
	}
	return out;
}

/** The characters of some text that `printableText` would replace, each once, in order of first use. */
export function unprintableCharacters(text: string, hasGlyph: (codePoint: number) => boolean): string[] {
	const found = new Set<string>();
	for (const char of text.normalize('NFC')) {
		const code = char.codePointAt(0) ?? 0;
		if (CONTROL.test(char) || IGNORABLE.test(char) || WHITESPACE_CONTROL.test(char)) continue;
		if (!hasGlyph(code)) found.add(char);
	}
	return [...found];
}

/** A font's cmap as jsPDF parses it: code unit → glyph id. */
export interface CodeMap {
	[code: number]: number | undefined;
}

/**
 * Whether a font can show a code point. jsPDF looks glyphs up by UTF-16 code
 * unit, so nothing outside the Basic Multilingual Plane (emoji, for one) can
 * print even if the font had it.
 */
export function glyphCheck(codeMap: CodeMap): (codePoint: number) => boolean {
	return (codePoint) => codePoint <= 0xffff && (codeMap[codePoint] ?? 0) > 0;
}
