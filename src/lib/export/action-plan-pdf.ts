import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData } from 'jspdf-autotable';
import { ACTION_PLAN_COLUMNS, type ActionPlanTable } from '../domain/action-plan.ts';
import { formatLongDate } from '../domain/dates.ts';
import { FONT_FAMILY, registerPdfFonts, type PdfFonts } from './pdf/fonts.ts';
import { measureFor } from './pdf/measure.ts';

/**
 * The statement's action plan as a PDF: A4 landscape, the panel's name,
 * the title with the day it was made, the statement and the counts above a
 * five column table (Question | Action | Owner | Due | Status) whose head
 * row repeats on every page. Actions on the same question sit together, the
 * question printed once (its number, marked "continued", where a page
 * starts); overdue is said in words under the status; page numbers. Pure:
 * the table in, the file's bytes out. This module imports jsPDF and
 * jspdf-autotable, so the app loads it only with `await import(...)` when
 * the user saves.
 */

type Rgb = [number, number, number];

const PAGE = { width: 297, height: 210, left: 15, right: 15, top: 15, bottom: 18 } as const;
const TEXT: Rgb = [11, 12, 12];
/** Dark enough for AA contrast on white (about 7:1). */
const SECONDARY: Rgb = [80, 90, 95];
const RULE: Rgb = [11, 12, 12];
const HEAD_FILL: Rgb = [222, 224, 226];
/** Column widths in mm: the question and the action take most of the page. */
const WIDTHS = [82, 97, 38, 25, 25] as const;
const TABLE_WIDTH = WIDTHS.reduce((sum, w) => sum + w, 0);
const LINE = 0.25;
const MM_PER_PT = 25.4 / 72;

/** Renders the action plan as PDF bytes, with the Arimo fonts embedded. */
export function renderActionPlanPdf(table: ActionPlanTable, fonts: PdfFonts): Uint8Array {
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
		title: `${table.title}: ${table.statementTitle}`,
		subject: `${table.summary}. ${table.scope}`,
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
	line(`${table.statementTitle} · ${table.council} · ${table.meeting}`, 10, 'normal', SECONDARY, 1);
	line(`${table.summary}. ${table.scope}.`, 10, 'normal', SECONDARY, 5);

	const rows = table.rows;
	// A question's later rows carry only its number, so they are no taller than their action needs.
	const question = (r: (typeof rows)[number]) =>
		r.sameQuestionAsAbove ? `${r.questionNumber} (continued)` : `${r.questionNumber} ${r.questionText}${r.exempt ? '\nExempt answer' : ''}`;
	const body =
		rows.length > 0
			? rows.map((r) =>
					[question(r), r.text, r.owner || 'Not named', r.dueDate ? formatLongDate(r.dueDate) : 'Not set', r.overdue ? `${r.statusLabel}\nOverdue` : r.statusLabel].map(normal)
				)
			: [[{ content: normal('No actions to show.'), colSpan: WIDTHS.length }]];
	// Rows after the first on a question have their "2.1 (continued)" blanked when drawn, unless they start a page.
	let lastBodyPage = 0;
	const joinsRowAbove = (data: CellHookData) => data.section === 'body' && data.column.index === 0 && rows[data.row.index]?.sameQuestionAsAbove === true;

	autoTable(doc, {
		theme: 'grid',
		startY: y,
		margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
		tableWidth: TABLE_WIDTH,
		showHead: 'everyPage',
		rowPageBreak: 'avoid',
		head: [ACTION_PLAN_COLUMNS.map(bold)],
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
			if (data.section !== 'body') return;
			const row = rows[data.row.index];
			if (!row) return;
			// The status of an overdue action stands out in bold, as well as saying so.
			if (data.column.index === 4 && row.overdue) data.cell.styles.fontStyle = 'bold';
			// One merged-looking Question cell per question: no rule between its rows in that column.
			if (data.column.index !== 0) return;
			const next = rows[data.row.index + 1];
			data.cell.styles.lineWidth = { left: LINE, right: LINE, top: row.sameQuestionAsAbove ? 0 : LINE, bottom: next?.sameQuestionAsAbove ? 0 : LINE };
		},
		willDrawCell(data) {
			if (data.section !== 'body') return;
			const firstOnPage = data.pageNumber !== lastBodyPage;
			if (data.column.index === WIDTHS.length - 1) lastBodyPage = data.pageNumber;
			if (!joinsRowAbove(data)) return;
			if (firstOnPage) {
				// A continued question starts a page: close the rule over it.
				data.cell.styles.lineWidth = { left: LINE, right: LINE, top: LINE, bottom: 0 };
			} else {
				data.cell.text = [];
			}
		},
		didDrawPage(data) {
			// The table's bottom rule on each page, which the merged-looking Question cells may have left open.
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
