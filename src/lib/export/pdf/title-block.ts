import { formatLongDate } from '../../domain/dates.ts';
import type { ExportDocument } from '../model.ts';
import type { PageFlow } from './flow.ts';
import { wrapInlines } from './rich-text.ts';
import { drawItems } from './draw.ts';
import { lineItem } from './items.ts';
import type { jsPDF } from 'jspdf';
import { COLOUR, CONTENT_WIDTH, FONT_SIZE, PAGE, lineHeight } from './theme.ts';

/**
 * The top of the first page, as an agenda-pack appendix starts: the appendix
 * label at the top right, the heading, then council, panel, meeting date,
 * subject and who prepared it, and a line saying which version this is.
 */

const LABEL_WIDTH = 30;

function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** What the reader needs to know about exempt material in this copy, if anything. */
export function versionNote(doc: ExportDocument): { text: string; bold: boolean } | undefined {
	if (doc.version === 'exempt') {
		return { text: 'This version includes exempt information. It is for councillors only and is not for publication.', bold: true };
	}
	if (doc.withheldCount > 0) {
		return {
			text: `${plural(doc.withheldCount, 'answer is', 'answers are')} exempt information and ${doc.withheldCount === 1 ? 'is' : 'are'} not included in this version.`,
			bold: false
		};
	}
	return undefined;
}

export function drawTitleBlock(pdf: jsPDF, flow: PageFlow, doc: ExportDocument): void {
	const { measure } = flow;
	if (doc.appendixLabel.trim()) {
		const size = FONT_SIZE.subHeading;
		const [line] = wrapInlines([{ kind: 'text', text: doc.appendixLabel, bold: true }], measure, { width: CONTENT_WIDTH, size, align: 'right' });
		if (line) drawItems(pdf, [lineItem(line, 0, 0, size)], PAGE.left, flow.y);
		flow.gap(lineHeight(size) + 2);
	}
	flow.text([{ kind: 'text', text: doc.heading, bold: true }], { size: FONT_SIZE.title, after: 3 });

	const details: [string, string][] = [
		['Council', doc.council],
		['Panel', doc.panel],
		['Meeting date', doc.meetingDate],
		['Subject', doc.subject],
		['Prepared by', [doc.coordinator.name, doc.coordinator.designation].filter((s) => s.trim()).join(', ')]
	];
	if (doc.producedAt && !Number.isNaN(Date.parse(doc.producedAt))) details.push(['Produced', formatLongDate(doc.producedAt.slice(0, 10))]);
	const size = FONT_SIZE.body;
	for (const [label, value] of details) {
		if (!value.trim()) continue;
		const top = flow.y;
		flow.text([{ kind: 'text', text: label, bold: true }], { size, width: LABEL_WIDTH - 2 });
		const labelBottom = flow.y;
		flow.y = top;
		flow.text(value, { size, x: LABEL_WIDTH });
		flow.y = Math.max(flow.y, labelBottom) + 0.8;
	}
	const note = versionNote(doc);
	if (note) {
		flow.gap(1.5);
		flow.text([{ kind: 'text', text: note.text, bold: note.bold }], { size, colour: COLOUR.text });
	}
	flow.gap(4);
}
