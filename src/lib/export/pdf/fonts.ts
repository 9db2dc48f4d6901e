import type { jsPDF } from 'jspdf';

/**
 * The Arimo fonts the position statement PDF embeds (static/fonts/, SIL Open
 * Font License, see OFL.txt beside them). Loading is separate from rendering
 * so the browser can fetch `/fonts/<file>` and Node can read from disk; this
 * module only imports jsPDF's types, so importing it loads no PDF code.
 */

export interface PdfFonts {
	regular: ArrayBuffer;
	bold: ArrayBuffer;
	italic: ArrayBuffer;
	boldItalic: ArrayBuffer;
}

/** jsPDF's names for the four styles. */
export type FontStyle = 'normal' | 'bold' | 'italic' | 'bolditalic';

/** The family name the fonts are registered under. */
export const FONT_FAMILY = 'Arimo';

/** File names in static/fonts (served as /fonts/<file>), by key of `PdfFonts`. */
export const PDF_FONT_FILES: Record<keyof PdfFonts, string> = {
	regular: 'Arimo-Regular.ttf',
	bold: 'Arimo-Bold.ttf',
	italic: 'Arimo-Italic.ttf',
	boldItalic: 'Arimo-BoldItalic.ttf'
};

const STYLE_OF: Record<keyof PdfFonts, FontStyle> = {
	regular: 'normal',
	bold: 'bold',
	italic: 'italic',
	boldItalic: 'bolditalic'
};

/** Reads the four font files with the given reader (a fetch in the browser, `readFile` in Node). */
export async function loadPdfFonts(read: (fileName: string) => Promise<ArrayBuffer>): Promise<PdfFonts> {
	const [regular, bold, italic, boldItalic] = await Promise.all([
		read(PDF_FONT_FILES.regular),
		read(PDF_FONT_FILES.bold),
		read(PDF_FONT_FILES.italic),
		read(PDF_FONT_FILES.boldItalic)
	]);
	return { regular, bold, italic, boldItalic };
}

/** Base64 of some bytes, in Node and the browser alike (`btoa` exists in both). */
export function bytesToBase64(data: ArrayBuffer | Uint8Array): string {
	const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
	let binary = '';
	// In chunks: String.fromCharCode with a whole font as arguments overflows the stack.
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

// Base64 of each font file, made once: the preview and every later export reuse the same buffers.
const base64Cache = new WeakMap<ArrayBuffer, string>();

function base64Of(data: ArrayBuffer): string {
	let encoded = base64Cache.get(data);
	if (encoded === undefined) {
		encoded = bytesToBase64(data);
		base64Cache.set(data, encoded);
	}
	return encoded;
}

/** Adds the four styles to a jsPDF document as the `Arimo` family (Identity-H, so any character the font has prints). */
export function registerPdfFonts(doc: jsPDF, fonts: PdfFonts): void {
	for (const key of Object.keys(PDF_FONT_FILES) as (keyof PdfFonts)[]) {
		const file = PDF_FONT_FILES[key];
		doc.addFileToVFS(file, base64Of(fonts[key]));
		doc.addFont(file, FONT_FAMILY, STYLE_OF[key]);
	}
	doc.setFont(FONT_FAMILY, 'normal');
}

/** The jsPDF style for a run's marks. */
export function fontStyle(bold: boolean | undefined, italic: boolean | undefined): FontStyle {
	if (bold && italic) return 'bolditalic';
	if (bold) return 'bold';
	if (italic) return 'italic';
	return 'normal';
}
