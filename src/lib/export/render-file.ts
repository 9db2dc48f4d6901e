import { formatProblems, readExchangeFile } from '../domain/file-format/read.ts';
import { FILE_TYPES } from '../domain/file-format/constants.ts';
import type { Assessment, Response } from '../domain/types.ts';
import { buildExportDocument, exportFileName, type ExportFormat, type ExportVersion } from './model.ts';
import { renderDocx } from './docx/render-docx.ts';
import { renderHtml } from './html/render-html.ts';
import { loadPdfFonts } from './pdf/fonts.ts';
import { renderPdf } from './pdf/render-pdf.ts';

/**
 * Renders a saved statement file (the app's "Save as a file") to PDF, Word or
 * HTML with the same code the export screen uses: `npm run render` calls it
 * in Node. Fonts are read by the caller, so this stays free of file system code.
 * It imports every renderer, so the app itself never imports it (the export
 * screen loads one renderer on demand through state/export.ts).
 */

export type ReadFontFile = (fileName: string) => Promise<ArrayBuffer>;

export interface RenderFileOptions {
	format: ExportFormat;
	version: ExportVersion;
	includeSummary: boolean;
	now: string;
	readFont: ReadFontFile;
}

export type RenderFileResult =
	| { ok: true; bytes: Uint8Array; suggestedName: string; questions: number }
	| { ok: false; problems: string[] };

/** The statement in a file's text, or the problems that stop it being read. */
export function statementFromFile(text: string): { ok: true; assessment: Assessment; responses: Response[] } | { ok: false; problems: string[] } {
	const read = readExchangeFile(text);
	if (!read.ok) return { ok: false, problems: formatProblems(read.problems) };
	if (read.file.type !== FILE_TYPES.statement) {
		return { ok: false, problems: [`type: this is a ${read.file.type} file; render needs a position statement file (${FILE_TYPES.statement})`] };
	}
	return { ok: true, assessment: read.file.data.assessment as Assessment, responses: read.file.data.responses as Response[] };
}

/** The file's statement rendered in the chosen format. */
export async function renderStatementFile(text: string, options: RenderFileOptions): Promise<RenderFileResult> {
	const statement = statementFromFile(text);
	if (!statement.ok) return statement;
	const { assessment, responses } = statement;
	const doc = buildExportDocument(assessment, responses, { version: options.version, includeSummary: options.includeSummary, now: options.now });
	let bytes: Uint8Array;
	if (options.format === 'pdf') {
		bytes = await renderPdf(doc, await loadPdfFonts(options.readFont));
	} else if (options.format === 'docx') {
		bytes = await renderDocx(doc);
	} else {
		bytes = new TextEncoder().encode(renderHtml(doc));
	}
	return {
		ok: true,
		bytes,
		suggestedName: exportFileName(assessment, options.version, options.format),
		questions: doc.areas.reduce((n, a) => n + a.questions.length, 0)
	};
}
