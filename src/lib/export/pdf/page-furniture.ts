import type { jsPDF } from 'jspdf';
import type { ExportDocument } from '../model.ts';
import { drawItems } from './draw.ts';
import { lineItem, type LineItem } from './items.ts';
import type { Measure } from './measure.ts';
import { wrapInlines } from './rich-text.ts';
import { artifact } from './tagging.ts';
import { COLOUR, CONTENT_WIDTH, FONT_SIZE, LINE, PAGE, TOP_BANNER, baselineOffset, footerRuleY, footerTop, lineHeight } from './theme.ts';

/**
 * What every page carries: the footer with the statement's footer text and
 * "Page X of Y", and on the exempt version "EXEMPT – NOT FOR PUBLICATION" at
 * the top of every page, large, bold and boxed in the top margin, and again
 * in the footer, so a loose page is still marked at either end.
 */

const size = FONT_SIZE.footer;
/** Room kept at the right of the footer for "Page 999 of 999". */
const PAGE_NUMBER_ROOM = 28;

export interface Footer {
	/** The footer text, wrapped; then the exempt banner's line when there is one. */
	lines: LineItem[];
	banner?: LineItem;
	/** The same banner, larger, for the top of the page; its top is the top of its line box. */
	topBanner?: LineItem;
	/** How many lines the footer takes, banner included. */
	count: number;
}

/** Lays out the footer once, before the body, so the body knows where to stop. */
export function layoutFooter(doc: ExportDocument, measure: Measure): Footer {
	const lh = lineHeight(size);
	const lines = wrapInlines([{ kind: 'text', text: doc.footer }], measure, { width: CONTENT_WIDTH - PAGE_NUMBER_ROOM, size, colour: COLOUR.secondary })
		.slice(0, 3)
		.map((line, i) => lineItem(line, 0, i * lh, size));
	const [banner] = doc.exemptBanner
		? wrapInlines([{ kind: 'text', text: doc.exemptBanner, bold: true }], measure, { width: CONTENT_WIDTH, size: FONT_SIZE.banner, align: 'center' })
		: [];
	const [topBanner] = doc.exemptBanner
		? wrapInlines([{ kind: 'text', text: doc.exemptBanner, bold: true }], measure, { width: CONTENT_WIDTH - 2 * TOP_BANNER.padX, size: FONT_SIZE.topBanner, align: 'center' })
		: [];
	return {
		lines,
		...(banner ? { banner: lineItem(banner, 0, lines.length * lh, FONT_SIZE.banner) } : {}),
		...(topBanner ? { topBanner: lineItem(topBanner, TOP_BANNER.padX, 0, FONT_SIZE.topBanner) } : {}),
		count: Math.max(lines.length, 1) + (banner ? 1 : 0)
	};
}

/** Draws the footer, page numbers and banners on every page. Call once, after all content. */
export function drawPageFurniture(pdf: jsPDF, footer: Footer, measure: Measure): void {
	const pages = pdf.getNumberOfPages();
	const top = footerTop(footer.count);
	const rule = footerRuleY(footer.count);
	for (let n = 1; n <= pages; n += 1) {
		pdf.setPage(n);
		// Page furniture: the reader's own page numbers and the document's title do the same job, so all of it is an artifact.
		artifact(pdf, () => drawFurnitureOn(pdf, footer, measure, n, pages, top, rule), 'Pagination');
	}
}

function drawFurnitureOn(pdf: jsPDF, footer: Footer, measure: Measure, n: number, pages: number, top: number, rule: number): void {
	pdf.setDrawColor(COLOUR.rule[0], COLOUR.rule[1], COLOUR.rule[2]);
	pdf.setLineWidth(LINE.mini);
	pdf.line(PAGE.left, rule, PAGE.width - PAGE.right, rule);
	drawItems(pdf, footer.lines, PAGE.left, top);
	const [number] = wrapInlines([{ kind: 'text', text: `Page ${n} of ${pages}` }], measure, { width: CONTENT_WIDTH, size, align: 'right', colour: COLOUR.text });
	if (number) drawItems(pdf, [lineItem(number, 0, 0, size)], PAGE.left, top);
	if (footer.banner) drawItems(pdf, [footer.banner], PAGE.left, top);
	if (footer.topBanner) drawTopBanner(pdf, footer.topBanner);
}

/** The banner at the top of the page, centred in a box inside the top margin. */
function drawTopBanner(pdf: jsPDF, banner: LineItem): void {
	const segments = banner.segments.filter((segment) => segment.text);
	const left = Math.min(...segments.map((segment) => segment.x));
	const right = Math.max(...segments.map((segment) => segment.x + segment.width));
	if (!Number.isFinite(left) || !Number.isFinite(right)) return;
	const x = PAGE.left + banner.x;
	drawItems(pdf, [banner], PAGE.left, TOP_BANNER.baseline - baselineOffset(FONT_SIZE.topBanner));
	pdf.setDrawColor(COLOUR.text[0], COLOUR.text[1], COLOUR.text[2]);
	pdf.setLineWidth(TOP_BANNER.line);
	pdf.rect(x + left - TOP_BANNER.padX, TOP_BANNER.boxTop, right - left + 2 * TOP_BANNER.padX, TOP_BANNER.boxBottom - TOP_BANNER.boxTop, 'S');
}
