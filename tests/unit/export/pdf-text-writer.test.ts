import { inflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../../src/lib/export/model.ts';
import { renderPdf } from '../../../src/lib/export/pdf/render-pdf.ts';
import { textWriting } from '../../../src/lib/export/pdf/text-writer.ts';
import { answer, diskFonts } from './pdf-reader.ts';
import { exampleDocument, exampleStatement, figuresDocument, NOW, RICH_ANSWER, UNICODE_PROBE } from './statement-fixtures.ts';
import { buildExportDocument } from '../../../src/lib/export/model.ts';

/**
 * The statement PDF writes most of its text straight into the page
 * (text-writer.ts) rather than through jsPDF's `text()`: the file must be
 * the one `text()` would have made, for ordinary text and for text that goes
 * through `text()` anyway (right-to-left, characters the font lacks), but for
 * how the glyphs are spelt (a literal string, not hex) and the leading of a
 * one-line text object (left out).
 */

/** A string's bytes as jsPDF's hex. */
function hex(bytes: string): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 1) out += bytes.charCodeAt(i).toString(16).padStart(2, '0');
	return out;
}

/** The bytes of a literal string's body. */
function unescape(body: string): string {
	return body.replace(/\\([\s\S])/g, (_, char: string) => (char === 'r' ? '\r' : char === 'n' ? '\n' : char));
}

/**
 * A PDF made by jsPDF as a list of its objects, streams inflated, lengths
 * left out, glyphs spelt in hex and one-line text objects without a leading:
 * the same list for the same drawing, however its text was written.
 */
function canonical(bytes: Uint8Array): string[] {
	const text = Buffer.from(bytes).toString('latin1');
	return text
		.slice(0, text.lastIndexOf('\nxref\n'))
		.split('\nendobj')
		.map((object) => {
			const start = object.indexOf('\nstream\n');
			if (start < 0) return object;
			const dict = object.slice(0, start).replace(/\/Length \d+\n/, '');
			let data = object.slice(start + '\nstream\n'.length, object.lastIndexOf('\nendstream'));
			if (dict.includes('/FlateDecode')) data = inflateSync(Buffer.from(data, 'latin1')).toString('latin1');
			data = data
				.replace(/\(((?:\\[\s\S]|[^\\()])*)\) Tj/g, (_, body: string) => `<${hex(unescape(body))}> Tj`)
				.replace(/BT\n(\/\S+ \S+ Tf)\n\S+ TL\n([^\n]+\n[^\n]+ Td\n[^\n]+ Tj\nET)/g, 'BT\n$1\n$2');
			return `${dict}\nstream\n${data}`;
		});
}

afterEach(() => {
	textWriting.direct = true;
});

async function both(doc: ExportDocument): Promise<[Uint8Array, Uint8Array]> {
	const fonts = await diskFonts();
	textWriting.direct = false;
	textWriting.written = 0;
	const through = await renderPdf(doc, fonts);
	expect(textWriting.written).toBe(0);
	textWriting.direct = true;
	const direct = await renderPdf(doc, fonts);
	// Most text went the direct way.
	expect(textWriting.written).toBeGreaterThan(100);
	textWriting.written = 0;
	return [direct, through];
}

function awkward(): ExportDocument {
	const { assessment, responses } = exampleStatement();
	const template = responses[0];
	if (!template) throw new Error('The example has no answers');
	const changed = [
		answer(template, 'careless-1-2', `Pasted in: שלום עולם and مرحبا بالعالم 123, then English again. ${UNICODE_PROBE}`),
		answer(template, 'careless-1-3', `${RICH_ANSWER}\n\nChinese 中文, an emoji 😀, a no-break\u00a0space and a plain space.`)
	];
	const ids = new Set(changed.map((r) => r.questionId));
	return buildExportDocument(assessment, [...responses.filter((r) => !ids.has(r.questionId)), ...changed], { version: 'exempt', includeSummary: true, now: NOW });
}

describe('text written directly', () => {
	it('gives the same file as jsPDF’s text() for the example, figures and charts, and awkward text', async () => {
		for (const doc of [exampleDocument('public'), figuresDocument('exempt'), awkward()]) {
			const [direct, through] = await both(doc);
			expect(direct.byteLength).toBeLessThan(through.byteLength);
			const objects = canonical(direct);
			expect(objects.join('\n').match(/> Tj/g)?.length ?? 0).toBeGreaterThan(500);
			expect(objects).toEqual(canonical(through));
		}
	}, 120_000);

	it('leaves to jsPDF only what its bidi engine would change: other text comes out of it unchanged', () => {
		const Engine = (jsPDF as unknown as { __bidiEngine__: new (options: object) => { doBidiReorder(text: string): string; setOptions(options: object): void } }).__bidiEngine__;
		const engine = new Engine({ isInputVisual: true });
		const needsJsPdf = /[\n\r\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe\ud800-\udfff]/;
		let text = '';
		for (let code = 0x20; code <= 0xfffd; code += 1) {
			const char = String.fromCharCode(code);
			if (!needsJsPdf.test(char)) text += char;
		}
		for (let i = 0; i < text.length; i += 40) {
			const chunk = `a ${text.slice(i, i + 40)} 12 b`;
			engine.setOptions({ isInputVisual: true });
			expect(engine.doBidiReorder(chunk)).toBe(chunk);
			engine.setOptions({ isInputVisual: true });
			const bare = text.slice(i, i + 40);
			expect(engine.doBidiReorder(bare)).toBe(bare);
		}
		expect(engine.doBidiReorder('abc שלום')).not.toBe('abc שלום');
	});
});
