import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { FILE_TYPES } from '../../../src/lib/domain/file-format/constants.ts';
import { readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import type { Assessment, Response } from '../../../src/lib/domain/types.ts';
import { loadPdfFonts, type PdfFonts } from '../../../src/lib/export/pdf/fonts.ts';

/**
 * Reading a rendered PDF back as a reader would: text per page with
 * positions (pdf.js, the engine in Firefox), link annotations, outline and
 * document information; and the fixtures the PDF tests share.
 */

export interface TextItem {
	str: string;
	/** Left edge and baseline, in points from the bottom-left corner of the page. */
	x: number;
	y: number;
	/** Font size in points. */
	size: number;
	/** Advance width in points. */
	width: number;
}

export interface ReadPdf {
	pages: { items: TextItem[]; text: string; links: string[] }[];
	outline: { title: string; page: number }[];
	info: Record<string, unknown>;
}

/** Millimetres from the left edge to points. */
export const mmToPt = (mm: number): number => (mm * 72) / 25.4;

/** Millimetres from the top of an A4 page to pdf.js's points from the bottom. */
export const mmFromTopToPdfY = (mm: number): number => ((297 - mm) * 72) / 25.4;

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	// pdf.js takes ownership of the buffer it is given: pass a copy.
	const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
	const pages: ReadPdf['pages'] = [];
	for (let n = 1; n <= doc.numPages; n += 1) {
		const page = await doc.getPage(n);
		const content = await page.getTextContent();
		const items: TextItem[] = [];
		for (const item of content.items) {
			if (!('str' in item) || !item.str.trim()) continue;
			const [a = 0, , , d = 0, x = 0, y = 0] = item.transform as number[];
			items.push({ str: item.str, x, y, size: Math.max(Math.abs(a), Math.abs(d)), width: item.width });
		}
		const annotations = (await page.getAnnotations()) as { subtype?: string; url?: string }[];
		pages.push({
			items,
			text: items.map((i) => i.str).join(' ').replace(/\s+/g, ' '),
			links: annotations.filter((a) => a.subtype === 'Link' && a.url).map((a) => a.url ?? '')
		});
	}
	const outline: ReadPdf['outline'] = [];
	for (const entry of (await doc.getOutline()) ?? []) {
		const dest = entry.dest;
		const ref = Array.isArray(dest) ? dest[0] : undefined;
		outline.push({ title: entry.title, page: ref ? (await doc.getPageIndex(ref as never)) + 1 : 0 });
	}
	const { info } = await doc.getMetadata();
	await doc.destroy();
	return { pages, outline, info: info as Record<string, unknown> };
}

/** The Arimo fonts from static/fonts, as the browser would fetch them. */
export function diskFonts(): Promise<PdfFonts> {
	return loadPdfFonts(async (name) => {
		const bytes = await readFile(new URL(`../../../static/fonts/${name}`, import.meta.url));
		return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	});
}

/** The Anytown example statement, read with the app's own file reader. */
export function exampleStatement(): { assessment: Assessment; responses: Response[] } {
	const result = readExchangeFile(readFileSync(new URL('../../../examples/anytown-position-statement.json', import.meta.url), 'utf8'));
	if (!result.ok) throw new Error(`The example does not read: ${JSON.stringify(result.problems)}`);
	if (result.file.type !== FILE_TYPES.statement) throw new Error('The example is not a statement file');
	const { assessment, responses } = result.file.data;
	return { assessment: structuredClone(assessment) as Assessment, responses: structuredClone(responses) as Response[] };
}

/** An answer to `questionId` shaped like the example's, with `statement` and any other fields changed. */
export function answer(template: Response, questionId: string, statement: string, changes: Partial<Response> = {}): Response {
	return { ...structuredClone(template), id: `test-${questionId}`, questionId, statement, ...changes };
}

/** `count` words that can each be found again: w0001, w0002, … */
export function numberedWords(from: number, count: number): string[] {
	return Array.from({ length: count }, (_, i) => `w${String(from + i).padStart(4, '0')}`);
}
