import { jsPDF } from 'jspdf';
import type { ExportDocument } from '../model.ts';
import { PageFlow } from './flow.ts';
import { registerPdfFonts, type PdfFonts } from './fonts.ts';
import { drawMainTable } from './main-table.ts';
import { measureFor } from './measure.ts';
import { drawPageFurniture, layoutFooter } from './page-furniture.ts';
import { drawFurtherScrutiny, drawSummary, type OutlineEntry } from './summary.ts';
import { contentBottom } from './theme.ts';
import { Tagger } from './tagging.ts';
import { drawTitleBlock } from './title-block.ts';

/**
 * The position statement as a PDF for the agenda pack: pure, the export
 * model and the font files in, the file's bytes out; saving is the caller's
 * job. This module imports jsPDF and jspdf-autotable, so the app loads it only
 * with `await import(...)` when the user exports.
 */

/** A 32-hex-digit identifier from the document's content (four FNV-1a hashes, one pass), for the PDF's /ID. */
function fileIdOf(doc: ExportDocument): string {
	const text = JSON.stringify(doc);
	const hashes = [0x811c9dc5, 0x01000193, 0x2545f491, 0x9e3779b9].map((seed) => seed >>> 0);
	let [a = 0, b = 0, c = 0, d = 0] = hashes;
	for (let i = 0; i < text.length; i += 1) {
		const code = text.charCodeAt(i);
		a = Math.imul(a ^ code, 0x01000193) >>> 0;
		b = Math.imul(b ^ code, 0x01000193) >>> 0;
		c = Math.imul(c ^ code, 0x01000193) >>> 0;
		d = Math.imul(d ^ code, 0x01000193) >>> 0;
	}
	return [a, b, c, d].map((hash) => hash.toString(16).padStart(8, '0')).join('');
}

export interface PdfReport {
	bytes: Uint8Array;
	pages: number;
	/** Main-table chunks autotable placed on a different page from the layout's plan; 0 in a correct layout. */
	misplacedChunks: number;
}

/** Renders the document and says how it went (for tests and the benchmark). */
export async function renderPdfReport(doc: ExportDocument, fonts: PdfFonts): Promise<PdfReport> {
	const pdf = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true, floatPrecision: 3 });
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
	// Tagged PDF: structure tree, marked content, /Lang, DisplayDocTitle and XMP with pdfuaid:part 1 (see tagging.ts).
	const tagger = new Tagger(pdf, { title: plain(doc.heading), language: doc.language });
	const root = tagger.root;
	// The same document gives the same bytes: the dates and file identifier come from the model, not the clock.
	const produced = new Date(doc.producedAt);
	if (!Number.isNaN(produced.getTime())) pdf.setCreationDate(produced);
	pdf.setFileId(fileIdOf(doc));

	const footer = layoutFooter(doc, measure);
	const bottom = contentBottom(footer.count);
	const flow = new PageFlow(pdf, measure, bottom);

	drawTitleBlock(pdf, flow, doc, root);
	const table = drawMainTable(pdf, doc, measure, flow.y, bottom, root);
	flow.y = table.finalY;

	// Bookmarks: each area, with each of its questions under it; then the summary and further scrutiny.
	let question = 0;
	const areas = doc.areas.filter((area) => area.questions.length > 0);
	const outline: OutlineEntry[] = areas.map((area, i) => ({
		title: `${area.number}. ${area.title}`,
		page: table.areaPages[i] ?? 1,
		children: area.questions.map((q) => ({ title: `${q.number} ${q.text}`, page: table.questionPages[question++] ?? 1 }))
	}));
	if (doc.summary) outline.push(drawSummary(pdf, flow, doc.summary, root));
	const further = drawFurtherScrutiny(pdf, flow, doc, measure, root);
	if (further) outline.push(further);

	for (const entry of outline) {
		const parent = pdf.outline.add(null, plain(entry.title), { pageNumber: entry.page });
		for (const child of entry.children ?? []) pdf.outline.add(parent, plain(child.title), { pageNumber: child.page });
	}
	drawPageFurniture(pdf, footer, measure);

	const bytes = new Uint8Array(pdf.output('arraybuffer'));
	return { bytes, pages: pdf.getNumberOfPages(), misplacedChunks: table.misplaced };
}

/** The position statement PDF's bytes. */
export async function renderPdf(doc: ExportDocument, fonts: PdfFonts): Promise<Uint8Array> {
	return (await renderPdfReport(doc, fonts)).bytes;
}
