import { base } from '$app/paths';
import { buildExportDocument, exportFileName, type ExportFormat, type ExportVersion } from '$lib/export/model.ts';
import { MissingRecordError } from '$lib/storage/errors.ts';
import { loadStatement } from './statements.ts';
import type { PdfFonts } from '$lib/export/pdf/fonts.ts';

/**
 * Makes the panel-papers file (PDF, Word or web page) for a statement: reads
 * it from this device, builds the one document model and hands it to the
 * format's renderer. The renderers (jsPDF, docx) are imported only here and
 * only when a file is made, so they never load on a first visit; they are
 * precached by the service worker with the rest of the build, so this works
 * offline. Saving the file is the caller's job (`downloadFile` in files.ts).
 */

/** The choices on the export screen, apart from the format. */
export interface ExportChoices {
	version: ExportVersion;
	includeSummary: boolean;
}

/** A made file, ready to save or preview. */
export interface MadeExport {
	fileName: string;
	bytes: Uint8Array<ArrayBuffer>;
	mimeType: string;
}

/** What each format is saved as. */
export const EXPORT_MIME_TYPES: Record<ExportFormat, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	html: 'text/html;charset=utf-8'
};

/** Reads one of the app's font files by name (static/fonts/). */
export type ReadFont = (fileName: string) => Promise<ArrayBuffer>;

/** The Arimo fonts are the app's own files, precached for offline use with the rest of the app. */
export const readAppFont: ReadFont = async (fileName) => {
	const response = await fetch(`${base}/fonts/${fileName}`);
	if (!response.ok) throw new Error(`The font ${fileName} could not be read (${response.status})`);
	return response.arrayBuffer();
};

// The app's fonts, read once per page load: the preview and every export reuse them.
let appFonts: Promise<PdfFonts> | undefined;

function fontsFor(read: ReadFont, load: (read: ReadFont) => Promise<PdfFonts>): Promise<PdfFonts> {
	if (read !== readAppFont) return load(read);
	appFonts ??= load(read).catch((error: unknown) => {
		appFonts = undefined;
		throw error;
	});
	return appFonts;
}

/** A copy the caller owns outright, whatever buffer the renderer returned. */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
	const copy = new Uint8Array(bytes.byteLength);
	copy.set(bytes);
	return copy;
}

/**
 * Makes the file for statement `assessmentId` in `format`. Throws
 * `MissingRecordError` when the statement is not on this device, and passes
 * on whatever a renderer throws. Records a `performance` measure named
 * `export:<format>` (the bench reads it).
 */
export async function makeExport(
	assessmentId: string,
	format: ExportFormat,
	choices: ExportChoices,
	readFont: ReadFont = readAppFont
): Promise<MadeExport> {
	const start = performance.now();
	const loaded = await loadStatement(assessmentId);
	if (!loaded) throw new MissingRecordError('This position statement');
	const { assessment, responses } = loaded;
	const doc = buildExportDocument(assessment, responses, { ...choices, now: new Date().toISOString() });

	let bytes: Uint8Array;
	if (format === 'pdf') {
		const [{ loadPdfFonts }, { renderPdf }] = await Promise.all([
			import('$lib/export/pdf/fonts.ts'),
			import('$lib/export/pdf/render-pdf.ts')
		]);
		bytes = await renderPdf(doc, await fontsFor(readFont, loadPdfFonts));
	} else if (format === 'docx') {
		const { renderDocx } = await import('$lib/export/docx/render-docx.ts');
		bytes = await renderDocx(doc);
	} else {
		const { renderHtml } = await import('$lib/export/html/render-html.ts');
		bytes = new TextEncoder().encode(renderHtml(doc));
	}

	performance.measure(`export:${format}`, { start, end: performance.now() });
	return { fileName: exportFileName(assessment, choices.version, format), bytes: ownBytes(bytes), mimeType: EXPORT_MIME_TYPES[format] };
}
