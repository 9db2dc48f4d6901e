import type { ExportDocument } from '../model.ts';
import { cssString } from './escape.ts';

/**
 * The web page's only stylesheet, inline: GOV.UK-like typography (Arial or
 * Helvetica, 19 px body text, 16 px on small screens), text and links at
 * least 4.5:1 against their background, underlined links, the GOV.UK yellow
 * focus style, and a print stylesheet for A4 with page numbers, the exempt
 * marking on every printed page, link addresses printed after their text,
 * and no question heading left at the foot of a page.
 */

const SCREEN = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #ffffff; color: #0b0c0c; font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.25; }
@media (min-width: 641px) { body { font-size: 19px; line-height: 1.32; } }
.page { max-width: 960px; margin: 0 auto; padding: 20px 15px 40px; }
@media (min-width: 641px) { .page { padding: 30px 30px 60px; } }
h1, h2, h3, h4, h5, h6 { margin: 0 0 15px; font-weight: 700; line-height: 1.2; }
h1 { font-size: 32px; }
h2 { font-size: 24px; margin-top: 40px; }
h3 { font-size: 19px; margin-top: 30px; }
h4, h5, h6 { font-size: 1em; margin-top: 20px; }
@media (min-width: 641px) { h1 { font-size: 48px; line-height: 1.1; } h2 { font-size: 36px; } h3 { font-size: 24px; } }
p { margin: 0 0 15px; }
a { color: #1d70b8; text-decoration: underline; text-decoration-thickness: max(1px, .0625rem); text-underline-offset: .1578em; }
a:visited { color: #4c2c92; }
a:hover { color: #003078; text-decoration-thickness: max(3px, .1875rem); }
a:focus, .table-scroll:focus { outline: 3px solid transparent; color: #0b0c0c; background-color: #ffdd00; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
.table-scroll:focus { background-color: transparent; box-shadow: 0 0 0 3px #ffdd00, 0 0 0 6px #0b0c0c; }
.visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
.exempt-banner { margin: 0 0 20px; padding: 10px 15px; border: 5px solid #d4351c; font-weight: 700; text-align: center; letter-spacing: .02em; }
.appendix-label { margin: 0 0 10px; font-weight: 700; font-size: 19px; color: #505a5f; }
.title-details { margin: 0 0 20px; }
.title-details div { display: grid; grid-template-columns: 9em 1fr; gap: 0 15px; margin-bottom: 5px; }
@media (max-width: 640px) { .title-details div { grid-template-columns: 1fr; } }
.title-details dt { font-weight: 700; }
.title-details dd { margin: 0; }
.version-note { padding: 15px; border-left: 10px solid #b1b4b6; }
.version-note-exempt { border-left-color: #d4351c; font-weight: 700; }
.contents { margin: 30px 0; padding: 20px 0; border-top: 1px solid #b1b4b6; border-bottom: 1px solid #b1b4b6; }
.contents h2 { margin-top: 0; font-size: 24px; }
.contents ul { margin: 0; padding: 0; list-style: none; }
.contents li { margin-bottom: 5px; }
.area > h2 { padding-top: 15px; border-top: 2px solid #0b0c0c; }
.set-heading { margin: 50px 0 0; padding: 10px 15px; background: #dee0e2; font-weight: 700; font-size: 19px; }
.sets-used { margin: 0 0 10px; }
.question { margin: 0 0 30px; padding-bottom: 20px; border-bottom: 1px solid #b1b4b6; }
.question h3 { margin-top: 25px; }
.question-number { display: inline-block; min-width: 2.5em; }
.answer blockquote { margin: 0 0 15px; padding: 5px 0 5px 15px; border-left: 5px solid #b1b4b6; font-style: italic; }
.answer ul, .answer ol, section > ul, section > ol { margin: 0 0 15px; padding-left: 25px; }
.answer li { margin-bottom: 5px; }
.answer li > ul, .answer li > ol { margin: 5px 0 0; }
.answer li > p { margin: 5px 0 0; }
pre { margin: 0 0 15px; padding: 10px; overflow-x: auto; background: #f3f2f1; font-size: 16px; white-space: pre-wrap; }
code { font-family: "Courier New", Courier, monospace; }
hr { margin: 20px 0; border: 0; border-top: 1px solid #b1b4b6; }
.notice { margin: 0 0 20px; padding: 15px; border-left: 10px solid #b1b4b6; }
.notice p:last-child { margin-bottom: 0; }
.notice-unanswered { font-style: italic; }
.notice-withheld { border-left-color: #d4351c; }
.exempt-label { display: inline-block; margin: 0 0 15px; padding: 2px 8px; border: 2px solid #d4351c; }
.table-scroll { position: relative; max-width: 100%; overflow-x: auto; margin: 0 0 20px; }
table { border-collapse: collapse; border-spacing: 0; }
th, td { padding: 8px 15px 8px 0; border-bottom: 1px solid #b1b4b6; text-align: left; vertical-align: top; }
th { font-weight: 700; }
thead th { border-bottom-width: 2px; border-bottom-color: #0b0c0c; }
caption { margin-bottom: 10px; font-weight: 700; text-align: left; }
.answer-table { font-size: 16px; }
.answer-table th, .answer-table td { padding: 6px 10px; border: 1px solid #b1b4b6; }
.answer-table thead th { background: #f3f2f1; border-bottom: 2px solid #0b0c0c; }
.align-center { text-align: center; }
.align-right, .numeric { text-align: right; }
.data-table { width: 100%; font-size: 16px; }
.data-table tbody th { font-weight: 400; }
.data-table tfoot th, .data-table tfoot td { font-weight: 700; border-bottom: 0; }
.matrix td { text-align: center; min-width: 2.5em; }
.matrix th[scope="col"]:not(:first-child) { text-align: center; }
.principle-key { padding-left: 25px; }
.principle-key li { margin-bottom: 5px; }
.reporters { width: 100%; margin: 0 0 15px; font-size: 16px; }
.reporters th, .reporters td { width: 50%; }
.question-details { margin: 0; font-size: 16px; }
.question-details div { display: flex; flex-wrap: wrap; gap: 0 10px; margin-bottom: 5px; }
.question-details dt { font-weight: 700; }
.question-details dt::after { content: ":"; }
.question-details dd { margin: 0; }
.figures, .actions { margin: 0 0 20px; }
.figures h4, .actions h4 { margin-top: 20px; }
.figures-table td, .figures-table th { min-width: 6em; }
.figure-chart { margin: 0 0 20px; max-width: 600px; }
.figure-chart svg { display: block; width: 100%; height: auto; overflow: visible; }
.figure-chart .chart-narrow { display: none; max-width: 300px; }
@media screen and (max-width: 480px) { .figure-chart .chart-wide { display: none; } .figure-chart .chart-narrow { display: block; } }
.figure-chart text { font-family: Arial, Helvetica, sans-serif; font-size: 16px; fill: #0b0c0c; }
.figure-chart .chart-own { font-weight: 700; }
.figure-chart figcaption { margin-top: 5px; font-size: 16px; color: #505a5f; }
.page-footer { margin-top: 40px; padding-top: 20px; border-top: 1px solid #b1b4b6; color: #505a5f; font-size: 16px; }
`;

function print(doc: ExportDocument): string {
	const banner = doc.exemptBanner ? `@top-center { content: ${cssString(doc.exemptBanner)}; font: 700 10pt Arial, Helvetica, sans-serif; color: #000; }` : '';
	return `
@page {
	size: A4 portrait;
	margin: 20mm 20mm 22mm 25mm;
	${banner}
	@bottom-left { content: ${cssString(doc.footer)}; font: 8pt Arial, Helvetica, sans-serif; color: #333; vertical-align: top; }
	@bottom-right { content: "Page " counter(page) " of " counter(pages); width: 28mm; white-space: nowrap; font: 9pt Arial, Helvetica, sans-serif; color: #000; vertical-align: top; }
}
@media print {
	body { font-size: 11pt; line-height: 1.3; }
	.page { max-width: none; padding: 0; }
	h1 { font-size: 20pt; }
	h2 { font-size: 16pt; margin-top: 18pt; }
	h3 { font-size: 12pt; margin-top: 12pt; }
	h2, h3, h4, h5, h6, caption, thead { break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
	tr, .exempt-label, .notice, .question-details, .reporters, .figure-chart { break-inside: avoid; page-break-inside: avoid; }
	.figures h4, .actions h4 { break-after: avoid; page-break-after: avoid; }
	thead { display: table-header-group; }
	.contents { break-after: page; }
	.answer-table, .data-table, .reporters, .question-details, .page-footer, pre { font-size: 10pt; }
	/* Keep the colours (link blue, fills, the red exempt borders) on paper. */
	* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
	a { color: #1d70b8; }
	.answer a[href^="http"]::after, .answer a[href^="mailto:"]::after, section > ul a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 90%; word-break: break-all; }
	.table-scroll { overflow: visible; }
	.summary { break-before: page; }
}
`;
}

/** The whole stylesheet for `doc`. */
export function stylesheet(doc: ExportDocument): string {
	return `${SCREEN}${print(doc)}`;
}
