import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { bytesToBase64, FONT_FAMILY, PDF_FONT_FILES, registerPdfFonts } from '../../../src/lib/export/pdf/fonts.ts';
import { buildExportDocument } from '../../../src/lib/export/model.ts';
import { renderPdf } from '../../../src/lib/export/pdf/render-pdf.ts';
import { stressDocument } from '../../../scripts/pdf-figures.ts';
import { diskFonts, exampleStatement } from './pdf-reader.ts';

const NOW = '2026-03-20T10:00:00.000Z';

/**
 * The fonts are parsed once per page load and each font's subset is made
 * once per set of glyphs: a document rendered after others must come out
 * exactly as it would from freshly read fonts.
 */
describe('fonts shared between renders', () => {
	it('gives the same bytes as a first render, after documents using other glyphs', async () => {
		const { assessment, responses } = exampleStatement();
		const example = buildExportDocument(assessment, responses, { version: 'public', includeSummary: true, now: NOW });
		const other = stressDocument(buildExportDocument(assessment, [], { version: 'public', includeSummary: false, now: NOW }));

		// Fresh font buffers: the first render parses them.
		const first = await renderPdf(example, await diskFonts());

		const shared = await diskFonts();
		await renderPdf(other, shared);
		const again = await renderPdf(example, shared);
		const third = await renderPdf(example, shared);

		expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
		expect(Buffer.from(third).equals(Buffer.from(first))).toBe(true);
	}, 60_000);

	it('embeds the fonts as jsPDF itself would, the compressed subset reused once made', async () => {
		const fonts = await diskFonts();
		const styles = [
			['regular', 'normal'],
			['bold', 'bold'],
			['italic', 'italic']
		] as const;
		const draw = (pdf: jsPDF) => {
			pdf.setCreationDate(new Date('2026-03-20T10:00:00Z'));
			pdf.setFileId('0123456789abcdef0123456789abcdef');
			styles.forEach(([, style], i) => {
				pdf.setFont(FONT_FAMILY, style);
				pdf.text(`Placements ${style}: ŵ “quoted” 1–2 ${i}`, 20, 20 + i * 10);
			});
			return new TextDecoder('latin1').decode(pdf.output('arraybuffer'));
		};
		const options = { unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true, floatPrecision: 3 } as const;
		const plain = new jsPDF(options);
		for (const [key, style] of styles) {
			plain.addFileToVFS(PDF_FONT_FILES[key], bytesToBase64(fonts[key]));
			plain.addFont(PDF_FONT_FILES[key], FONT_FAMILY, style);
		}
		const expected = draw(plain);
		// Ours writes a subset's /Length1 before its /Length.
		const ours = (text: string) => text.replace(/\/Length1 (\d+)\n\/Length (\d+)/g, '/Length $2\n/Length1 $1');
		for (let round = 0; round < 2; round += 1) {
			const pdf = new jsPDF(options);
			registerPdfFonts(pdf, fonts);
			const text = draw(pdf);
			// Written by fonts.ts, not by jsPDF's own writer.
			expect(text).toMatch(/\/Length1 \d+\n\/Length \d+/);
			expect(ours(text)).toBe(expected);
		}
	}, 60_000);
});
