import { jsPDF } from 'jspdf';
import type { ExportDocument } from '../model.ts';
import { PageFlow } from './flow.ts';
import { registerPdfFonts, type PdfFonts } from './fonts.ts';
import { drawMainTable } from './main-table.ts';
import { measureFor } from './measure.ts';
import { drawPageFurniture, layoutFooter } from './page-furniture.ts';
import { drawFurtherScrutiny, drawSummary, type OutlineEntry } from './summary.ts';
import { contentBottom } from './theme.ts';
import { drawTitleBlock } from './title-block.ts';

/**
 * The position statement as a PDF for the agenda pack: pure, the export
 * model and the font files in, the file's bytes out; saving is the caller's
 * job. This module imports jsPDF and jspdf-autotable, so the app loads it only
 * with `await import(...)` when the user exports.
 */

/** A 32-hex-digit identifier from the document's content (four FNV-1a hashes), for the PDF's /ID. */
function fileIdOf(doc: ExportDocument): string {
	const text = JSON.stringify(doc);
	let id = '';
	for (const seed of [0x811c9dc5, 0x01000193, 0x2545f491, 0x9e3779b9]) {
		let hash = seed >>> 0;
		for (let i = 0; i < text.length; i += 1) {
			hash ^= text.charCodeAt(i);
			hash = Math.imul(hash, 0x01000193) >>> 0;
		}
		id += hash.toString(16).padStart(8, '0');
	}
	return id;
}

export interface PdfReport {
	bytes: Uint8Array;
	pages: number;
	/** Main-table chunks autotable placed on a different page from the layout's plan; 0 in a correct layout. */
	misplacedChunks: number;
}

/** Renders the document and says how it went (for tests and the benchmark). */
export async function renderPdfReport(doc: ExportDocument, fonts: PdfFonts): Promise<PdfReport> {
	const pdf = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
	registerPdfFonts(pdf, fonts);
	const measure = measureFor(pdf);
	// Metadata and outline titles are UTF-16 strings shown in the reader's own font: only control characters go.
	const plain = (text: string) => text.replace(/\p{Cc}+/gu, ' ');

	pdf.setDocumentProperties({
		title: plain(doc.heading),
		subject: plain(doc.subject),
		author: plain(doc.coordinator.name),
		keywords: plain(doc.keywords.join(', ')),
		creator: 'Position statements for scrutiny'
	});
	pdf.setLanguage(doc.language);
	// The same document gives the same bytes: the dates and file identifier come from the model, not the clock.
	const produced = new Date(doc.producedAt);
	if (!Number.isNaN(produced.getTime())) pdf.setCreationDate(produced);
	pdf.setFileId(fileIdOf(doc));
	pdf.viewerPreferences({ DisplayDocTitle: true });

	const footer = layoutFooter(doc, measure);
	const bottom = contentBottom(footer.count);
	const flow = new PageFlow(pdf, measure, bottom);

	drawTitleBlock(pdf, flow, doc);
	const table = drawMainTable(pdf, doc, measure, flow.y, bottom);
	flow.y = table.finalY;

	const outline: OutlineEntry[] = doc.areas.map((area, i) => ({ title: `${area.number}. ${area.title}`, page: table.areaPages[i] ?? 1 }));
	if (doc.summary) outline.push(drawSummary(pdf, flow, doc.summary));
	const further = drawFurtherScrutiny(pdf, flow, doc, measure);
	if (further) outline.push(further);

	for (const entry of outline) pdf.outline.add(null, plain(entry.title), { pageNumber: entry.page });
	drawPageFurniture(pdf, footer, measure);

	const bytes = new Uint8Array(pdf.output('arraybuffer'));
	return { bytes, pages: pdf.getNumberOfPages(), misplacedChunks: table.misplaced };
}

/** The position statement PDF's bytes. */
export async function renderPdf(doc: ExportDocument, fonts: PdfFonts): Promise<Uint8Array> {
	return (await renderPdfReport(doc, fonts)).bytes;
}
