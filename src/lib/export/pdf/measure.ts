import type { jsPDF } from 'jspdf';
import { FONT_FAMILY, type FontStyle } from './fonts.ts';
import { MISSING_GLYPH, MISSING_GLYPH_FALLBACK, glyphCheck, printableText, type CodeMap } from './glyphs.ts';
import { MM_PER_PT } from './theme.ts';

/**
 * What layout needs to know about the font: how wide text is, and what text
 * the font can show. Layout code takes this interface, not jsPDF, so it can
 * be tested with a simple stand-in.
 */
export interface Measure {
	/** Width in mm of `text` in `style` at `size` pt. */
	width(text: string, style: FontStyle, size: number): number;
	/** `text` as it can be drawn in `style`: missing characters shown as a placeholder. */
	printable(text: string, style: FontStyle): string;
}

const STYLES: FontStyle[] = ['normal', 'bold', 'italic', 'bolditalic'];

interface FontLike {
	metadata: { cmap?: { unicode?: { codeMap?: CodeMap } } };
}

/**
 * Widths (per unit of font size) by string, per parsed font. Documents share
 * one parse of each font file (fonts.ts), and so its character map object:
 * the widths measured for one render serve the next (the export after a
 * preview, or a second export), as they depend only on the font.
 */
const sharedWidths = new WeakMap<object, Map<string, number>>();

/** Enough for every word of several long statements; beyond it the cache starts again. */
const WIDTHS_KEPT = 50_000;

/** A `Measure` over the Arimo fonts registered in `doc`, caching widths per font and string. */
export function measureFor(doc: jsPDF): Measure {
	const previous = doc.getFont();
	const fonts = new Map<FontStyle, ReturnType<jsPDF['getFont']>>();
	const checks = new Map<FontStyle, (code: number) => boolean>();
	const placeholders = new Map<FontStyle, string>();
	// Widths per style, then per string: no key is built on each call (layout asks for every word).
	const widths = new Map<FontStyle, Map<string, number>>();
	for (const style of STYLES) {
		doc.setFont(FONT_FAMILY, style);
		const font = doc.getFont();
		fonts.set(style, font);
		const codeMap = (font as unknown as FontLike).metadata.cmap?.unicode?.codeMap;
		const check = glyphCheck(codeMap ?? {});
		checks.set(style, check);
		placeholders.set(style, check(MISSING_GLYPH.codePointAt(0) ?? 0) ? MISSING_GLYPH : MISSING_GLYPH_FALLBACK);
		let byText = codeMap ? sharedWidths.get(codeMap) : undefined;
		if (byText === undefined || byText.size > WIDTHS_KEPT) {
			byText = new Map<string, number>();
			if (codeMap) sharedWidths.set(codeMap, byText);
		}
		widths.set(style, byText);
	}
	doc.setFont(previous.fontName, previous.fontStyle);

	return {
		width(text, style, size) {
			if (!text) return 0;
			let byText = widths.get(style);
			if (byText === undefined) {
				byText = new Map<string, number>();
				widths.set(style, byText);
			}
			let unit = byText.get(text);
			if (unit === undefined) {
				unit = doc.getStringUnitWidth(text, { font: fonts.get(style), fontSize: 10, charSpace: 0 });
				byText.set(text, unit);
			}
			return unit * size * MM_PER_PT;
		},
		printable(text, style) {
			const check = checks.get(style);
			return check ? printableText(text, check, placeholders.get(style)) : text;
		}
	};
}
