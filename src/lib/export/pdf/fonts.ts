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

/**
 * jsPDF's parsed TrueType font (its `TTFFont`), as far as sharing it goes:
 * its class, whose static `open` jsPDF calls to parse a font file, and the
 * per-document state jsPDF keeps on it while text is written.
 */
interface ParsedFont {
	constructor: { open(file: unknown): ParsedFont };
	/** Makes the embedded subset (a TrueType file) from the glyph ids used, which jsPDF lists once per character drawn. */
	subset: { encode(glyphIds: number[], indexToLocFormat: number): ArrayLike<number> };
	toUnicode: Record<number, number>;
	Unicode: { encoding: object; kerning: object; widths: unknown[] };
	glyIdsUsed: number[];
}

interface FontWithMetadata {
	metadata: unknown;
}

// Each font file parsed once (tables, cmap, glyph offsets): every later document gets a view of the same parse.
const parsedCache = new WeakMap<ArrayBuffer, ParsedFont>();

/**
 * A document's own copy of a parsed font: the tables are shared (jsPDF only
 * reads them; the glyph cache it fills is the same for every document) and
 * what jsPDF records per document (the glyphs used, their widths and
 * Unicode values) starts empty, as after a fresh parse.
 */
function viewOf(parsed: ParsedFont): ParsedFont {
	// A shallow copy, not an object inheriting from the parse: jsPDF checks `metadata.hasOwnProperty('cmap')` before drawing a character.
	const view = Object.assign(Object.create(Object.getPrototypeOf(parsed) as object) as ParsedFont, parsed);
	view.toUnicode = {};
	view.Unicode = { encoding: {}, kerning: {}, widths: [] };
	view.glyIdsUsed = [0];
	return view;
}

/** Subsets kept per parsed font: a preview and the export after it embed the same glyphs. */
const SUBSETS_KEPT = 4;

/**
 * Makes a parsed font's subsetting cached by the set of glyphs: jsPDF passes
 * one glyph id per character drawn, and its subsetter depends only on which
 * glyphs they are (not their order or repeats), so the same glyphs give the
 * same subset, made once.
 */
function cacheSubsets(parsed: ParsedFont): void {
	const subset = parsed.subset;
	const encode = subset.encode.bind(subset);
	const made = new Map<string, ArrayLike<number>>();
	subset.encode = (glyphIds, indexToLocFormat) => {
		const ids = [...new Set(glyphIds)].sort((a, b) => a - b);
		const key = `${indexToLocFormat}:${ids.join(',')}`;
		let bytes = made.get(key);
		if (bytes === undefined) {
			bytes = encode(ids, indexToLocFormat);
			made.set(key, bytes);
			if (made.size > SUBSETS_KEPT) made.delete(made.keys().next().value ?? key);
		}
		return bytes;
	};
}

/** A font as jsPDF keeps it in a document (its `fonts` entries), as far as writing it goes. */
interface FontEntry {
	id: string;
	fontName: string;
	encoding: string;
	metadata: unknown;
	objectNumber?: number;
	isAlreadyPutted?: boolean;
}

/** What jsPDF's `putFont` event hands its subscribers. */
interface PutFontArgs {
	font: FontEntry;
	out(line: string): void;
	newObject(): number;
	putStream(options: {
		data: string;
		objectId: number;
		filters?: string[];
		alreadyAppliedFilters?: string[];
		addLength1?: boolean;
		additionalKeyValues?: { key: string; value: string | number }[];
	}): void;
}

/** The parts of a parsed font (jsPDF's `TTFFont`) its embedding reads. */
interface EmbeddedFont extends ParsedFont {
	bbox: number[];
	flags: number;
	stemV: number;
	italicAngle: number;
	ascender: number;
	decender: number;
	capHeight: number;
}

function isEmbeddable(metadata: unknown): metadata is EmbeddedFont {
	const font = metadata as Partial<EmbeddedFont> | null;
	return !!font && typeof font.subset?.encode === 'function' && Array.isArray(font.glyIdsUsed) && Array.isArray(font.bbox) && !!font.Unicode && !!font.toUnicode;
}

/** Stands in for `Identity-H` while jsPDF writes the fonts, so its own Identity-H writer passes ours by and `putFont` below writes them. */
const OWN_ENCODING = 'Identity-H (written by fonts.ts)';
const IDENTITY_H = 'Identity-H';

/** Each subset's embedded stream, compressed once: the subsets are themselves kept per set of glyphs (`cacheSubsets`). */
const compressedSubsets = new WeakMap<ArrayLike<number>, string>();

function binaryString(bytes: ArrayLike<number>): string {
	let binary = '';
	const view = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes as ArrayLike<number>);
	for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
	return binary;
}

type Deflate = (data: string) => string;

function compressedSubset(subset: ArrayLike<number>, deflate: Deflate): string {
	let data = compressedSubsets.get(subset);
	if (data === undefined) {
		data = deflate(binaryString(subset));
		compressedSubsets.set(subset, data);
	}
	return data;
}

/** A name object's characters, escaped as jsPDF's `toPDFName` does. */
function pdfName(name: string): string {
	let out = '';
	for (const char of name) {
		const code = char.charCodeAt(0);
		const plain = code >= 0x21 && code <= 0x7e && !'#%()/<>[]{}'.includes(char);
		out += plain ? char : `#${code.toString(16).padStart(2, '0')}`;
	}
	return out;
}

/** A PDF array of numbers and arrays of numbers (the font's /FontBBox and /W), as jsPDF's `PDFObject.convert` writes it. */
function pdfArray(values: readonly unknown[]): string {
	return `[${values.map((value) => (Array.isArray(value) ? pdfArray(value) : String(value))).join(' ')}]`;
}

/** The font's ToUnicode CMap, as jsPDF's `toUnicodeCmap` writes it (bfchar blocks of at most 100). */
function toUnicodeCmap(map: Record<number, number>): string {
	let cmap =
		'/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <<\n  /Registry (Adobe)\n  /Ordering (UCS)\n  /Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><ffff>\nendcodespacerange';
	const codes = Object.keys(map).sort((a, b) => Number(a) - Number(b));
	let range: string[] = [];
	for (const code of codes) {
		if (range.length >= 100) {
			cmap += `\n${range.length} beginbfchar\n${range.join('\n')}\nendbfchar`;
			range = [];
		}
		const unicode = map[Number(code)];
		if (unicode !== undefined && unicode !== null) {
			range.push(`<${`0000${Number(code).toString(16)}`.slice(-4)}><${`0000${unicode.toString(16)}`.slice(-4)}>`);
		}
	}
	if (range.length) cmap += `\n${range.length} beginbfchar\n${range.join('\n')}\nendbfchar\n`;
	return `${cmap}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
}

/**
 * Writes an Identity-H font as jsPDF's own writer does (the subset as
 * FontFile2, the ToUnicode CMap, descriptor, CID font and Type0 font), except
 * that the subset's compressed stream is made once per set of glyphs and
 * reused: compressing the three fonts was a tenth of a render.
 */
function putFont(args: PutFontArgs, deflate: Deflate): void {
	const { font, out, newObject, putStream } = args;
	const metadata = font.metadata;
	if (font.encoding !== OWN_ENCODING) return;
	font.encoding = IDENTITY_H;
	if (!isEmbeddable(metadata)) return;
	const subset = metadata.subset.encode(metadata.glyIdsUsed, 1);
	const fontTable = newObject();
	putStream({
		data: compressedSubset(subset, deflate),
		filters: [],
		alreadyAppliedFilters: ['/FlateDecode'],
		additionalKeyValues: [{ key: 'Length1', value: subset.length }],
		objectId: fontTable
	});
	out('endobj');

	const cmap = newObject();
	putStream({ data: toUnicodeCmap(metadata.toUnicode), addLength1: true, objectId: cmap });
	out('endobj');

	const name = pdfName(font.fontName);
	const descriptor = newObject();
	out('<<');
	out('/Type /FontDescriptor');
	out(`/FontName /${name}`);
	out(`/FontFile2 ${fontTable} 0 R`);
	out(`/FontBBox ${pdfArray(metadata.bbox)}`);
	out(`/Flags ${metadata.flags}`);
	out(`/StemV ${metadata.stemV}`);
	out(`/ItalicAngle ${metadata.italicAngle}`);
	out(`/Ascent ${metadata.ascender}`);
	out(`/Descent ${metadata.decender}`);
	out(`/CapHeight ${metadata.capHeight}`);
	out('>>');
	out('endobj');

	const descendant = newObject();
	out('<<');
	out('/Type /Font');
	out(`/BaseFont /${name}`);
	out(`/FontDescriptor ${descriptor} 0 R`);
	out(`/W ${pdfArray(metadata.Unicode.widths)}`);
	out('/CIDToGIDMap /Identity');
	out('/DW 1000');
	out('/Subtype /CIDFontType2');
	out('/CIDSystemInfo');
	out('<<');
	out('/Supplement 0');
	out('/Registry (Adobe)');
	out(`/Ordering (${IDENTITY_H})`);
	out('>>');
	out('>>');
	out('endobj');

	font.objectNumber = newObject();
	out('<<');
	out('/Type /Font');
	out('/Subtype /Type0');
	out(`/ToUnicode ${cmap} 0 R`);
	out(`/BaseFont /${name}`);
	out(`/Encoding /${IDENTITY_H}`);
	out(`/DescendantFonts [${descendant} 0 R]`);
	out('>>');
	out('endobj');
	font.isAlreadyPutted = true;
}

interface DocWithFilters {
	processDataByFilters?(data: string, filters: string[]): { data: string };
}

/**
 * Writes the document's Arimo fonts with `putFont` above instead of jsPDF's
 * writer: while the file is built (`buildDocument` to `putResources`, which
 * comes after the fonts), their encoding reads as ours, which jsPDF's
 * Identity-H and WinAnsi writers pass by.
 */
function writeFontsOurselves(doc: jsPDF, entries: readonly FontEntry[]): void {
	const events = (doc.internal as unknown as { events?: EventsLike }).events;
	const filters = (doc as unknown as DocWithFilters).processDataByFilters;
	if (!events || typeof filters !== 'function') return;
	const deflate: Deflate = (data) => filters.call(doc, data, ['FlateEncode']).data;
	const ours = entries.filter((entry) => entry.encoding === IDENTITY_H && isEmbeddable(entry.metadata));
	events.subscribe('buildDocument', () => {
		for (const entry of ours) entry.encoding = OWN_ENCODING;
	});
	events.subscribe('putFont', (args: PutFontArgs) => putFont(args, deflate));
	events.subscribe('putResources', () => {
		for (const entry of ours) if (entry.encoding === OWN_ENCODING) entry.encoding = IDENTITY_H;
	});
}

/** The TrueType file's first bytes: jsPDF takes a VFS file starting so as binary, not base64. */
const TRUETYPE_MAGIC = '\x00\x01\x00\x00';

interface EventsLike {
	getTopics(): Record<string, Record<string, [unknown, boolean]> | undefined>;
	subscribe<A>(topic: string, callback: (args: A) => void): string;
	unsubscribe(token: string): boolean;
}

/**
 * Takes jsPDF's Arabic shaping off a document: it runs on every text call
 * (a good part of drawing text) and only turns Arabic letters into their
 * presentation forms and ligatures, none of which Arimo has. Every string is
 * passed through `printableText` (glyphs.ts) before it is drawn, which
 * replaces characters the font lacks, so no Arabic letter ever reaches it and
 * the step changes nothing. Bidi reordering (Hebrew, which Arimo has) stays.
 */
function skipArabicShaping(doc: jsPDF): void {
	const shaping = (doc as unknown as { processArabic?: unknown }).processArabic;
	const events = (doc.internal as unknown as { events?: EventsLike }).events;
	if (typeof shaping !== 'function' || !events) return;
	for (const [token, subscription] of Object.entries(events.getTopics().preProcessText ?? {})) {
		if (subscription[0] === shaping) events.unsubscribe(token);
	}
}

/**
 * Adds the four styles to a jsPDF document as the `Arimo` family (Identity-H,
 * so any character the font has prints). The first document parses each
 * font file; later ones reuse the parse (jsPDF's parse of the four fonts is a
 * good part of a render): while `addFont` runs, jsPDF's `TTFFont.open` hands
 * out a fresh view of the parsed font instead of parsing the file again, and
 * the file in the document's VFS is a stub, as nothing reads it after `addFont`.
 */
export function registerPdfFonts(doc: jsPDF, fonts: PdfFonts): void {
	for (const key of Object.keys(PDF_FONT_FILES) as (keyof PdfFonts)[]) {
		const file = PDF_FONT_FILES[key];
		const parsed = parsedCache.get(fonts[key]);
		if (!parsed) {
			doc.addFileToVFS(file, base64Of(fonts[key]));
			doc.addFont(file, FONT_FAMILY, STYLE_OF[key]);
			doc.setFont(FONT_FAMILY, STYLE_OF[key]);
			const metadata = (doc.getFont() as unknown as FontWithMetadata).metadata as ParsedFont | undefined;
			if (metadata && typeof metadata.constructor?.open === 'function' && typeof metadata.subset?.encode === 'function') {
				cacheSubsets(metadata);
				parsedCache.set(fonts[key], metadata);
			}
			continue;
		}
		const parser = parsed.constructor;
		const open = parser.open;
		parser.open = () => viewOf(parsed);
		try {
			doc.addFileToVFS(file, TRUETYPE_MAGIC);
			doc.addFont(file, FONT_FAMILY, STYLE_OF[key]);
		} finally {
			parser.open = open;
		}
	}
	const fontOf = doc.getFont as unknown as (this: jsPDF, family: string, style: FontStyle) => FontEntry;
	const entries = Object.values(STYLE_OF).map((style) => fontOf.call(doc, FONT_FAMILY, style));
	writeFontsOurselves(doc, entries);
	doc.setFont(FONT_FAMILY, 'normal');
	skipArabicShaping(doc);
}

/** The jsPDF style for a run's marks. */
export function fontStyle(bold: boolean | undefined, italic: boolean | undefined): FontStyle {
	if (bold && italic) return 'bolditalic';
	if (bold) return 'bold';
	if (italic) return 'italic';
	return 'normal';
}
