import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData } from 'jspdf-autotable';
import { MONITORING_COLUMNS, type MonitoringTable } from '../domain/monitoring.ts';
import { FONT_FAMILY, registerPdfFonts, type PdfFonts } from './pdf/fonts.ts';
import { measureFor } from './pdf/measure.ts';

/**
 * The "Scrutiny monitoring" table as a PDF in the form the panel papers use
 * (seed 000): A4 landscape, the panel's name and the title above a five
 * column table (Date | Title | Action proposed | Action taken | Progress
 * status) whose head row repeats on every page, each recommendation
 * numbered "1)", "2)" under its meeting and item, the Date and Title left
 * blank under the first of an item, and page numbers. Pure: the table in,
 * the file's bytes out. This module imports jsPDF and jspdf-autotable, so
 * the app loads it only with `await import(...)` when the user saves.
 */

type Rgb = [number, number, number];

const PAGE = { width: 297, height: 210, left: 15, right: 15, top: 15, bottom: 18 } as const;
const TEXT: Rgb = [11, 12, 12];
/** Dark enough for AA contrast on white (about 7:1). */
const SECONDARY: Rgb = [80, 90, 95];
const RULE: Rgb = [11, 12, 12];
const HEAD_FILL: Rgb = [222, 224, 226];
/** Column widths in mm, in the seed's proportions: the two text columns take most of the page. */
const WIDTHS = [22, 44, 82, 88, 31] as const;
const TABLE_WIDTH = WIDTHS.reduce((sum, w) => sum + w, 0);
const LINE = 0.25;
const MM_PER_PT = 25.4 / 72;

/** Renders the table as PDF bytes, with the Arimo fonts embedded. */
export function renderMonitoringPdf(table: MonitoringTable, fonts: PdfFonts): Uint8Array {
	const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'landscape', compress: true });
	registerPdfFonts(doc, fonts);
	const measure = measureFor(doc);
	// The writer's line breaks are kept (autotable breaks lines at "\n"); each line is made printable on its own.
	const normal = (text: string) =>
		text
			.split(/\r\n|\r|\n/)
			.map((l) => measure.printable(l, 'normal'))
			.join('\n');
	const bold = (text: string) => measure.printable(text, 'bold');

	const heading = [table.panel, table.council].filter(Boolean).join(', ');
	doc.setProperties({
		title: heading ? `${table.title}: ${heading}` : table.title,
		subject: table.scope,
		creator: 'Position statements for scrutiny'
	});
	doc.setLanguage('en-GB');

	let y = PAGE.top;
	function line(text: string, size: number, style: 'normal' | 'bold', colour: Rgb, after: number): void {
		doc.setFont(FONT_FAMILY, style);
		doc.setFontSize(size);
		doc.setTextColor(...colour);
		const lines = doc.splitTextToSize(style === 'bold' ? bold(text) : normal(text), TABLE_WIDTH) as string[];
		for (const l of lines) {
			y += size * MM_PER_PT * 1.25;
			doc.text(l, PAGE.left, y);
		}
		y += after;
	}
	if (table.panel) line(table.panel, 13, 'bold', TEXT, 1.5);
	line(table.title, 16, 'bold', TEXT, 1.5);
	line([table.council && table.council !== table.panel ? table.council : '', table.scope].filter(Boolean).join(' · '), 10, 'normal', SECONDARY, 5);

	const rows = table.rows;
	const body =
		rows.length > 0
			? rows.map((r) => [r.date, r.title, `${r.number}) ${r.actionProposed}`, r.actionTaken, r.progressStatus].map(normal))
			: [[{ content: normal('No recommendations to show.'), colSpan: 5 }]];
	// Rows under the first of an item keep their Date and Title while heights are worked out (so a long
	// title still fits) and have them blanked when drawn, unless they start a page: there they say which item continues.
	let lastBodyPage = 0;
	const joinsRowAbove = (data: CellHookData) => data.section === 'body' && data.column.index < 2 && rows[data.row.index]?.sameItemAsAbove === true;

	autoTable(doc, {
		theme: 'grid',
		startY: y,
		margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
		tableWidth: TABLE_WIDTH,
		showHead: 'everyPage',
		rowPageBreak: 'avoid',
		head: [MONITORING_COLUMNS.map(bold)],
		body,
		styles: {
			font: FONT_FAMILY,
			fontStyle: 'normal',
			fontSize: 10,
			textColor: TEXT,
			lineColor: RULE,
			lineWidth: LINE,
			overflow: 'linebreak',
			valign: 'top',
			cellPadding: { top: 1.8, bottom: 2, left: 1.8, right: 1.8 }
		},
		headStyles: { fontStyle: 'bold', fillColor: HEAD_FILL, textColor: TEXT, valign: 'middle' },
		bodyStyles: { fillColor: false },
		columnStyles: Object.fromEntries(WIDTHS.map((w, c) => [String(c), { cellWidth: w }])),
		didParseCell(data) {
			// The seed's look of one merged cell per item: no rule between its rows in the Date and Title columns.
			if (data.section !== 'body' || data.column.index > 1) return;
			const row = rows[data.row.index];
			const next = rows[data.row.index + 1];
			if (!row) return;
			data.cell.styles.lineWidth = { left: LINE, right: LINE, top: row.sameItemAsAbove ? 0 : LINE, bottom: next?.sameItemAsAbove ? 0 : LINE };
		},
		willDrawCell(data) {
			if (data.section !== 'body') return;
			const firstOnPage = data.pageNumber !== lastBodyPage;
			if (data.column.index === WIDTHS.length - 1) lastBodyPage = data.pageNumber;
			if (!joinsRowAbove(data)) return;
			if (firstOnPage) {
				const row = rows[data.row.index];
				if (data.column.index === 1 && row) data.cell.text = doc.splitTextToSize(normal(`${row.title} (continued)`), WIDTHS[1] - 3.6) as string[];
				// A continued item starts a page: close the rule over it.
				data.cell.styles.lineWidth = { left: LINE, right: LINE, top: LINE, bottom: 0 };
			} else {
				data.cell.text = [];
			}
		},
		didDrawPage(data) {
			// The table's bottom rule on each page, which the merged-looking Date and Title cells may have left open.
			if (!data.cursor) return;
			doc.setDrawColor(...RULE);
			doc.setLineWidth(LINE);
			doc.line(PAGE.left, data.cursor.y, PAGE.left + TABLE_WIDTH, data.cursor.y);
		}
	});

	const pages = doc.getNumberOfPages();
	const footer = [table.title, heading].filter(Boolean).join(' – ');
	for (let n = 1; n <= pages; n += 1) {
		doc.setPage(n);
		doc.setFont(FONT_FAMILY, 'normal');
		doc.setFontSize(9);
		doc.setTextColor(...SECONDARY);
		const baseline = PAGE.height - 8;
		doc.text(normal(footer), PAGE.left, baseline, { maxWidth: TABLE_WIDTH - 30 });
		doc.text(`Page ${n} of ${pages}`, PAGE.left + TABLE_WIDTH, baseline, { align: 'right' });
	}
	return new Uint8Array(doc.output('arraybuffer'));
}
