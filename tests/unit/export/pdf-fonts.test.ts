import { describe, expect, it } from 'vitest';
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
});
