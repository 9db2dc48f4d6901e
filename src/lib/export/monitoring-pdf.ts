import { MONITORING_COLUMNS, type MonitoringTable } from '../domain/monitoring.ts';
import { renderLandscapeTablePdf } from './landscape-table-pdf.ts';
import type { PdfFonts } from './pdf/fonts.ts';

/**
 * The "Scrutiny monitoring" table as a PDF in the form the panel papers use
 * (seed 000): A4 landscape, the panel's name and the title above a five
 * column table (Date | Title | Action proposed | Action taken | Progress
 * status) whose head row repeats on every page, each recommendation
 * numbered "1)", "2)" under its meeting and item, the Date and Title left
 * blank under the first of an item, and page numbers. Pure: the table in,
 * the file's bytes out. Drawn by landscape-table-pdf.ts, which imports
 * jsPDF, so the app loads this only when the user saves.
 */

/** Column widths in mm, in the seed's proportions: the two text columns take most of the page. */
const WIDTHS = [22, 44, 82, 88, 31] as const;
const TITLE_COLUMN = 1;

/** Renders the table as PDF bytes, with the Arimo fonts embedded. */
export function renderMonitoringPdf(table: MonitoringTable, fonts: PdfFonts): Uint8Array {
	const heading = [table.panel, table.council].filter(Boolean).join(', ');
	const rows = table.rows;
	return renderLandscapeTablePdf(
		{
			title: heading ? `${table.title}: ${heading}` : table.title,
			subject: table.scope,
			headingLines: [
				...(table.panel ? [{ text: table.panel, size: 13, bold: true, after: 1.5 }] : []),
				{ text: table.title, size: 16, bold: true, after: 1.5 },
				{
					text: [table.council && table.council !== table.panel ? table.council : '', table.scope].filter(Boolean).join(' · '),
					size: 10,
					bold: false,
					secondary: true,
					after: 5
				}
			],
			widths: WIDTHS,
			head: MONITORING_COLUMNS,
			rows: rows.map((r) => [r.date, r.title, `${r.number}) ${r.actionProposed}`, r.actionTaken, r.progressStatus]),
			emptyMessage: 'No recommendations to show.',
			// Rows under the first of an item keep their Date and Title while heights are worked out (so a long title
			// still fits) and are drawn blank, unless they start a page: there they say which item continues.
			mergedColumns: [0, 1],
			joinsRowAbove: (row) => rows[row]?.sameItemAsAbove === true,
			continuedText: (row, column) => (column === TITLE_COLUMN && rows[row] ? `${rows[row].title} (continued)` : undefined),
			footer: [table.title, heading].filter(Boolean).join(' – ')
		},
		fonts
	);
}
