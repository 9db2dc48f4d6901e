import type { ExportDocument, ExportSummary } from '../model.ts';
import { SUMMARY_WORDS as W, areaTitle } from '../wording.ts';
import { blocksHtml } from './blocks.ts';
import { escapeHtml } from './escape.ts';

/**
 * The summary (progress, self-ratings by area of focus, and the questions ×
 * corporate parenting principles matrix, marked "Yes" in words rather than
 * colour) and "Opportunities for further scrutiny". Every table has a
 * caption and header cells with their scope.
 */

export const SUMMARY_ID = 'summary';
export const FURTHER_SCRUTINY_ID = 'further-scrutiny';

interface TableSpec {
	caption: string;
	columns: { label: string; numeric?: boolean; html?: string }[];
	/** Each row: its header cell's text, then the data cells. */
	rows: { head: string; cells: string[] }[];
	/** The last row is a total. */
	total?: { head: string; cells: string[] };
	className?: string;
}

function tableHtml(spec: TableSpec): string {
	const num = (c: number) => (spec.columns[c + 1]?.numeric ? ' class="numeric"' : '');
	const row = (r: { head: string; cells: string[] }) =>
		`<tr><th scope="row">${escapeHtml(r.head)}</th>${r.cells.map((cell, c) => `<td${num(c)}>${escapeHtml(cell)}</td>`).join('')}</tr>`;
	const head = spec.columns
		.map((col, c) => `<th scope="col"${c > 0 && col.numeric ? ' class="numeric"' : ''}>${col.html ?? escapeHtml(col.label)}</th>`)
		.join('');
	return `<div class="table-scroll" role="group" tabindex="0" aria-label="${escapeHtml(spec.caption)}">
<table class="data-table${spec.className ? ` ${spec.className}` : ''}">
<caption>${escapeHtml(spec.caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${spec.rows.map(row).join('\n')}
</tbody>${spec.total ? `\n<tfoot>${row(spec.total)}</tfoot>` : ''}
</table>
</div>`;
}

function progressHtml(summary: ExportSummary): string {
	return `<p>${escapeHtml(W.answered(summary.answered, summary.total))}</p>
${tableHtml({
	caption: W.progressCaption,
	columns: [{ label: 'Progress' }, { label: W.progressColumns[1], numeric: true }],
	rows: summary.byStatus.map((s) => ({ head: s.label, cells: [String(s.count)] })),
	total: { head: W.total, cells: [String(summary.total)] }
})}`;
}

function ratingsHtml(summary: ExportSummary): string {
	const totals = summary.ratingColumns.map((_, c) => summary.ratingsByArea.reduce((sum, a) => sum + (a.counts[c] ?? 0), 0));
	return `<h3>${escapeHtml(W.ratingsHeading)}</h3>
<p>${escapeHtml(W.ratingsIntro)}</p>
${tableHtml({
	caption: W.ratingsHeading,
	columns: [{ label: 'Area of focus' }, ...summary.ratingColumns.map((c) => ({ label: c.label, numeric: true }))],
	rows: summary.ratingsByArea.map((a) => ({ head: areaTitle(a), cells: a.counts.map(String) })),
	total: { head: W.total, cells: totals.map(String) }
})}`;
}

function matrixHtml(summary: ExportSummary): string {
	const key = summary.principleColumns
		.map((p) => `<li value="${p.number}"><strong>${escapeHtml(p.label)}</strong> – ${escapeHtml(p.text)}</li>`)
		.join('\n');
	return `<h3>${escapeHtml(W.matrixHeading)}</h3>
<p>${escapeHtml(W.matrixIntro)}</p>
<ol class="principle-key">
${key}
</ol>
${tableHtml({
	caption: 'Questions and the corporate parenting principles their answers bear on',
	className: 'matrix',
	// The number is what shows; a screen reader also hears the principle's name.
	columns: [
		{ label: 'Question' },
		...summary.principleColumns.map((p) => ({
			label: String(p.number),
			html: `${p.number}<span class="visually-hidden"> ${escapeHtml(p.label)}</span>`
		}))
	],
	rows: summary.matrix.map((row) => ({ head: `${row.number} ${row.text}`, cells: row.bears.map((b) => (b ? W.mark : '')) })),
	total: { head: W.matrixTotal, cells: summary.principleTotals.map(String) }
})}`;
}

/** The summary section. */
export function summaryHtml(summary: ExportSummary): string {
	return `<section class="summary" aria-labelledby="${SUMMARY_ID}">
<h2 id="${SUMMARY_ID}">${escapeHtml(W.heading)}</h2>
${progressHtml(summary)}
${ratingsHtml(summary)}
${matrixHtml(summary)}
</section>`;
}

/** "Opportunities for further scrutiny", or nothing when there are none. */
export function furtherScrutinyHtml(doc: ExportDocument): string {
	if (doc.furtherScrutiny.length === 0) return '';
	return `<section aria-labelledby="${FURTHER_SCRUTINY_ID}">
<h2 id="${FURTHER_SCRUTINY_ID}">${escapeHtml(W.furtherScrutiny)}</h2>
${blocksHtml(doc.furtherScrutiny, { headingBase: 3, tableLabel: `Table in ${W.furtherScrutiny.toLowerCase()}` })}
</section>`;
}
