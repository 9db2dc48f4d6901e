import { chartLayout, directions } from '../../domain/figures.ts';
import type { ExportAction, ExportFigure, ExportQuestion } from '../model.ts';
import { FIGURE_WORDS, comparatorLines } from '../wording.ts';
import { escapeHtml, idPart } from './escape.ts';

/**
 * An answer's figures and actions on the web page: the figures as one table
 * (indicator as the row header, then value, period, comparators, direction
 * of travel and source), a bar chart per figure as inline SVG, and the
 * actions as a table. Each chart is an image with a title and a description
 * that gives every value in words; inside it every bar carries its name and
 * value as text, and the council's bar is solid while comparators are
 * hatched, so colour is never the only cue.
 */

/** "↑ Going up" with the arrow hidden from screen readers, which would only read it as "upwards arrow". */
function directionHtml(figure: ExportFigure): string {
	const arrow = directions.find((d) => d.value === figure.direction)?.arrow ?? '';
	const words = arrow && figure.directionText.startsWith(arrow) ? figure.directionText.slice(arrow.length).trim() : figure.directionText;
	return arrow ? `<span aria-hidden="true">${escapeHtml(arrow)}</span> ${escapeHtml(words)}` : escapeHtml(words);
}

function tableHtml(caption: string, columns: readonly string[], body: string, className: string): string {
	return `<div class="table-scroll" role="group" tabindex="0" aria-label="${escapeHtml(caption)}">
<table class="data-table ${className}">
<caption class="visually-hidden">${escapeHtml(caption)}</caption>
<thead><tr>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>`;
}

function figuresTableHtml(question: ExportQuestion): string {
	const rows = question.figures.map(
		(f) =>
			`<tr><th scope="row">${escapeHtml(f.indicator)}</th><td>${escapeHtml(f.value)}</td><td>${escapeHtml(f.period)}</td><td>${comparatorLines(f)
				.map(escapeHtml)
				.join('<br>')}</td><td>${directionHtml(f)}</td><td>${escapeHtml(f.source || FIGURE_WORDS.noSource)}</td></tr>`
	);
	return tableHtml(FIGURE_WORDS.figuresCaption(question.number), FIGURE_WORDS.figureColumns, rows.join('\n'), 'figures-table');
}

/** One figure's chart as an SVG image `width` pixels wide; `id` makes its ids unique on the page. */
function svgHtml(figure: ExportFigure, id: string, width: number, className: string): string {
	const { chart } = figure;
	const layout = chartLayout(chart.bars, width);
	const bars = layout.bars
		.map((bar) => {
			const own = bar.own ? ' chart-own' : '';
			const rect =
				bar.length > 0
					? `\n<rect x="${bar.x}" y="${bar.y}" width="${bar.length}" height="28" fill="${bar.own ? '#1d70b8' : `url(#${id}-hatch)`}" stroke="#0b0c0c" stroke-width="1"/>`
					: '';
			return `<text x="${bar.labelX}" y="${bar.labelY}" text-anchor="${bar.labelAnchor}" class="chart-label${own}">${escapeHtml(bar.label)}</text>${rect}
<text x="${bar.valueX}" y="${bar.textY}" class="chart-value${own}">${escapeHtml(bar.text)}</text>`;
		})
		.join('\n');
	return `<svg class="${className}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" focusable="false" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-title">${escapeHtml(FIGURE_WORDS.chartTitle(chart.title))}</title>
<desc id="${id}-desc">${escapeHtml(chart.description)}</desc>
<defs><pattern id="${id}-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="8" stroke="#1d70b8" stroke-width="4"/></pattern></defs>
${bars}
<line x1="${layout.axisX}" y1="2" x2="${layout.axisX}" y2="${layout.height - 2}" stroke="#0b0c0c" stroke-width="2"/>
</svg>`;
}

/**
 * One figure's chart: drawn 600 pixels wide, and again 300 wide with each
 * label above its bar for phones (the stylesheet shows one), so the text is
 * never shrunk below a readable size.
 */
export function chartHtml(figure: ExportFigure, id: string): string {
	const { chart } = figure;
	const key = chart.bars.length > 1 ? FIGURE_WORDS.chartKey : FIGURE_WORDS.chartNoComparators;
	return `<figure class="figure-chart">
${svgHtml(figure, id, 600, 'chart-wide')}
${svgHtml(figure, `${id}-narrow`, 300, 'chart-narrow')}
<figcaption><strong>${escapeHtml(FIGURE_WORDS.chartTitle(chart.title))}</strong><br>${escapeHtml(key)}</figcaption>
</figure>`;
}

function actionsTableHtml(question: ExportQuestion): string {
	const row = (a: ExportAction) =>
		`<tr><td>${escapeHtml(a.text)}</td><td>${escapeHtml(a.owner)}</td><td>${a.dueDateIso ? `<time datetime="${escapeHtml(a.dueDateIso)}">${escapeHtml(a.due)}</time>` : escapeHtml(a.due)}</td><td>${escapeHtml(a.statusLabel)}</td></tr>`;
	return tableHtml(FIGURE_WORDS.actionsCaption(question.number), FIGURE_WORDS.actionColumns, question.actions.map(row).join('\n'), 'actions-table');
}

/** The figures (table and charts) and actions of one question; empty when it has none. */
export function figuresAndActionsHtml(question: ExportQuestion): string {
	const parts: string[] = [];
	const base = `question-${idPart(question.number)}`;
	if (question.figures.length > 0) {
		parts.push(`<div class="figures">
<h4 id="${base}-figures">${escapeHtml(FIGURE_WORDS.figuresHeading)}</h4>
${figuresTableHtml(question)}
${question.figures.map((f, i) => chartHtml(f, `${base}-chart-${i + 1}`)).join('\n')}
</div>`);
	}
	if (question.actions.length > 0) {
		parts.push(`<div class="actions">
<h4 id="${base}-actions">${escapeHtml(FIGURE_WORDS.actionsHeading)}</h4>
${actionsTableHtml(question)}
</div>`);
	}
	return parts.join('\n');
}
