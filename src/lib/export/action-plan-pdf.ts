import { ACTION_PLAN_COLUMNS, type ActionPlanTable } from '../domain/action-plan.ts';
import { formatLongDate } from '../domain/dates.ts';
import { renderLandscapeTablePdf } from './landscape-table-pdf.ts';
import type { PdfFonts } from './pdf/fonts.ts';

/**
 * The statement's action plan as a PDF: A4 landscape, the panel's name,
 * the title with the day it was made, the statement and the counts above a
 * five column table (Question | Action | Owner | Due | Status) whose head
 * row repeats on every page. Actions on the same question sit together, the
 * question printed once (its number, marked "continued", where a page
 * starts); overdue is said in words under the status; page numbers. Pure:
 * the table in, the file's bytes out. Drawn by landscape-table-pdf.ts,
 * which imports jsPDF, so the app loads this only when the user saves.
 */

/** Column widths in mm: the question and the action take most of the page. */
const WIDTHS = [82, 97, 38, 25, 25] as const;
const STATUS_COLUMN = 4;

/** Renders the action plan as PDF bytes, with the Arimo fonts embedded. */
export function renderActionPlanPdf(table: ActionPlanTable, fonts: PdfFonts): Uint8Array {
	const heading = [table.panel, table.council].filter(Boolean).join(', ');
	const rows = table.rows;
	// A question's later rows carry only its number, so they are no taller than their action needs.
	const question = (r: (typeof rows)[number]) =>
		r.sameQuestionAsAbove ? `${r.questionNumber} (continued)` : `${r.questionNumber} ${r.questionText}${r.exempt ? '\nExempt answer' : ''}`;
	return renderLandscapeTablePdf(
		{
			title: `${table.title}: ${table.statementTitle}`,
			subject: `${table.summary}. ${table.scope}`,
			headingLines: [
				...(table.panel ? [{ text: table.panel, size: 13, bold: true, after: 1.5 }] : []),
				{ text: table.title, size: 16, bold: true, after: 1.5 },
				{ text: `${table.statementTitle} · ${table.council} · ${table.meeting}`, size: 10, bold: false, secondary: true, after: 1 },
				{ text: `${table.summary}. ${table.scope}.`, size: 10, bold: false, secondary: true, after: 5 }
			],
			widths: WIDTHS,
			head: ACTION_PLAN_COLUMNS,
			rows: rows.map((r) => [
				question(r),
				r.text,
				r.owner || 'Not named',
				r.dueDate ? formatLongDate(r.dueDate) : 'Not set',
				r.overdue ? `${r.statusLabel}\nOverdue` : r.statusLabel
			]),
			emptyMessage: 'No actions to show.',
			mergedColumns: [0],
			// The question names its actions' rows: a row header over them all.
			rowHeaderColumn: 0,
			// Later rows on a question are drawn blank beside the first, except at the top of a page, where "2.1 (continued)" shows.
			joinsRowAbove: (row) => rows[row]?.sameQuestionAsAbove === true,
			// The status of an overdue action stands out in bold, as well as saying so.
			bold: (row, column) => column === STATUS_COLUMN && rows[row]?.overdue === true,
			footer: [table.title, heading].filter(Boolean).join(' – ')
		},
		fonts
	);
}
