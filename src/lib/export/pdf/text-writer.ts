import type { jsPDF } from 'jspdf';
import type { Rgb } from './theme.ts';

/**
 * Left-aligned text written straight into the page, the same text objects
 * jsPDF's `text()` would write (same font, size, colour, position, glyphs)
 * but with the glyphs as the two bytes each of a literal string rather than
 * four hex digits, the leading only where there is a second line, and
 * without `text()`'s per-call work: jsPDF runs every string through
 * its bidi engine and its UTF-8 escaping, which looks each character's glyph
 * up again and searches the font's width list for it (about 12 µs a call
 * plus 0.6 µs a character, a quarter of a render). Here each character's
 * glyph is looked up once per document and font, and recorded in the font
 * exactly as jsPDF records it (glyphs used, ToUnicode, widths), so the font
 * jsPDF embeds is the same.
 *
 * jsPDF's own `text()` still draws anything this cannot write alike: text
 * with right-to-left characters (its bidi engine reorders them), a
 * character the font lacks, a font's first use in a document (jsPDF only
 * embeds fonts its `text()` has used), non-Identity-H fonts, and documents
 * with a character spacing or text rendering mode set.
 */

/** The parts of jsPDF's parsed TrueType font (`TTFFont`) that drawing text reads and records into. */
interface GlyphFont {
	characterToGlyph(code: number): number;
	widthOfGlyph(glyph: number): number;
	glyIdsUsed: number[];
	toUnicode: Record<number, number>;
	Unicode: { widths: unknown[] };
}

interface FontEntry {
	id: string;
	encoding: string;
	metadata: unknown;
}

interface PageContext {
	usedRenderingMode?: number;
	mediaBox: { topRightY: number; bottomLeftY: number };
}

interface WriterDoc {
	hpf(value: number): string;
	getLineHeightFactor(): number;
	internal: { scaleFactor: number; write(text: string): void; getCurrentPageInfo(): { pageContext: PageContext } };
}

/** A character's glyph as drawn: its id, and its two bytes as they stand in a literal string. */
interface Glyph {
	id: number;
	bytes: string;
}

/** Per document: fonts already used through jsPDF's `text()`, and each font's glyphs looked up so far. */
interface DocState {
	used: Set<string>;
	glyphs: Map<unknown, Map<number, Glyph>>;
}

const states = new WeakMap<jsPDF, DocState>();

/** Whether text is written directly (false: every line through jsPDF's `text()`, for the tests that compare the two), and how many calls were. */
export const textWriting = { direct: true, written: 0 };

/**
 * Characters jsPDF's bidi engine may move (right-to-left letters, Arabic
 * digits, explicit direction marks, embeddings and isolates) and line
 * breaks, which `text()` splits on; surrogates too, as jsPDF cannot print
 * characters outside the Basic Multilingual Plane anyway. Text without any of
 * them comes out of the bidi engine unchanged (tests/unit/export/pdf-text-writer.test.ts).
 */
const NEEDS_JSPDF = /[\n\r\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe\ud800-\udfff]/;

function isGlyphFont(metadata: unknown): metadata is GlyphFont {
	const font = metadata as Partial<GlyphFont> | null;
	return !!font && typeof font.characterToGlyph === 'function' && typeof font.widthOfGlyph === 'function' && Array.isArray(font.glyIdsUsed);
}

function stateOf(doc: jsPDF): DocState {
	let state = states.get(doc);
	if (!state) {
		state = { used: new Set(), glyphs: new Map() };
		states.set(doc, state);
	}
	return state;
}

/** Three decimals without trailing zeros, as jsPDF writes a colour component. */
function f3(value: number): string {
	return value.toFixed(3).replace(/0+$/, '');
}

const colourStrings = new Map<string, string>();

/** The text colour operator jsPDF writes for an RGB colour (`setTextColor`): a grey as `g`, otherwise `rg`. */
function colourOperator(colour: Rgb): string {
	const [r, g, b] = colour;
	const key = `${r},${g},${b}`;
	let operator = colourStrings.get(key);
	if (operator === undefined) {
		operator = r === g && g === b ? `${f3(r / 255)} g` : `${f3(r / 255)} ${f3(g / 255)} ${f3(b / 255)} rg`;
		colourStrings.set(key, operator);
	}
	return operator;
}

/** A byte as it stands in a PDF literal string: parentheses, backslash and line ends escaped. */
function literalByte(byte: number): string {
	if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
	if (byte === 0x0d) return '\\r';
	if (byte === 0x0a) return '\\n';
	return String.fromCharCode(byte);
}

/**
 * The line's glyphs as the bytes of a literal string (two per glyph: half
 * the size of jsPDF's hex, so less to compress), recording each glyph in the font as jsPDF's
 * `pdfEscape16` does; undefined at a character the font lacks (jsPDF stops
 * the line there: `text()` must draw it to come out the same).
 */
function encodeLine(font: GlyphFont, glyphs: Map<number, Glyph>, line: string): string | undefined {
	let bytes = '';
	const toUnicode = font.toUnicode;
	for (let i = 0; i < line.length; i += 1) {
		const code = line.charCodeAt(i);
		let glyph = glyphs.get(code);
		if (glyph === undefined) {
			const id = font.characterToGlyph(code);
			if (id === 0) return undefined;
			glyph = { id, bytes: literalByte(id >> 8) + literalByte(id & 0xff) };
			glyphs.set(code, glyph);
			font.glyIdsUsed.push(id);
			const widths = font.Unicode.widths;
			if (widths.indexOf(id) === -1) widths.push(id, [parseInt(String(font.widthOfGlyph(id)), 10)]);
		}
		// jsPDF maps a glyph to the last character drawn with it (a space and a no-break space share one).
		if (toUnicode[glyph.id] !== code) toUnicode[glyph.id] = code;
		bytes += glyph.bytes;
	}
	return bytes;
}

/** Writes the lines as jsPDF's `text()` would; false when only `text()` can draw them alike. */
function writeLines(doc: jsPDF, lines: readonly string[], x: number, y: number, colour: Rgb, lineFactor: number): boolean {
	const font = doc.getFont() as unknown as FontEntry;
	const metadata = font.metadata;
	if (font.encoding !== 'Identity-H' || !isGlyphFont(metadata)) return false;
	const state = stateOf(doc);
	if (!state.used.has(font.id)) {
		state.used.add(font.id);
		return false;
	}
	const writer = doc as unknown as WriterDoc;
	const page = writer.internal.getCurrentPageInfo().pageContext;
	if (doc.getCharSpace() !== 0 || page.usedRenderingMode !== undefined) return false;
	for (const line of lines) if (NEEDS_JSPDF.test(line)) return false;
	let glyphs = state.glyphs.get(metadata);
	if (!glyphs) {
		glyphs = new Map();
		state.glyphs.set(metadata, glyphs);
	}
	const k = writer.internal.scaleFactor;
	const size = doc.getFontSize();
	let body = '';
	for (let i = 0; i < lines.length; i += 1) {
		const bytes = encodeLine(metadata, glyphs, lines[i] ?? '');
		if (bytes === undefined) return false;
		if (i === 0) {
			const height = page.mediaBox.topRightY - page.mediaBox.bottomLeftY;
			body = `${writer.hpf(x * k)} ${writer.hpf(height - y * k)} Td\n(${bytes})`;
		} else body += ` Tj\nT* (${bytes})`;
	}
	textWriting.written += 1;
	// The leading (TL) only matters from a second line on (T*); jsPDF sets it in each of its own text objects.
	const leading = lines.length > 1 ? `${writer.hpf(size * lineFactor)} TL\n` : '';
	writer.internal.write(`BT\n/${font.id} ${size} Tf\n${leading}${colourOperator(colour)}\n${body} Tj\nET`);
	return true;
}

/**
 * Draws left-aligned lines in the document's current font and size and the
 * given colour, the first line's baseline at (x, y) and each next line
 * `lineFactor` × the font size below (the document's line height factor if
 * not given), exactly as `doc.text(lines, x, y)` would. jsPDF's own text
 * colour is set only when its `text()` draws them: callers of `text()` set
 * the colour they want first (autotable does, and so do our other PDFs).
 */
export function drawText(doc: jsPDF, lines: string | readonly string[], x: number, y: number, colour: Rgb, lineFactor?: number): void {
	if (lines.length === 0) return;
	const all = typeof lines === 'string' ? [lines] : lines;
	const factor = lineFactor ?? doc.getLineHeightFactor();
	if (textWriting.direct && writeLines(doc, all, x, y, colour, factor)) return;
	doc.setTextColor(colour[0], colour[1], colour[2]);
	doc.text([...all], x, y, lineFactor === undefined ? {} : { lineHeightFactor: lineFactor });
}
