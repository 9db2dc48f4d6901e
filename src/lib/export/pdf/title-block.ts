import type { jsPDF } from 'jspdf';
import type { ExportDocument } from '../model.ts';
import { questionSetLines, titleDetails, titleHeading, versionNote } from '../wording.ts';
import { drawItems } from './draw.ts';
import type { PageFlow } from './flow.ts';
import { lineItem } from './items.ts';
import { wrapInlines } from './rich-text.ts';
import { COLOUR, CONTENT_WIDTH, FONT_SIZE, PAGE, lineHeight } from './theme.ts';

/**
 * The top of the first page, as an agenda-pack appendix starts: the appendix
 * label once, at the top right, then the statement's title, then council,
 * panel, meeting date, subject, who prepared it and when, which question set
 * each area comes from (when the statement uses more than one set), and a
 * line saying which version this is.
 */

const LABEL_WIDTH = 30;

export function drawTitleBlock(pdf: jsPDF, flow: PageFlow, doc: ExportDocument): void {
	const { measure } = flow;
	const label = doc.appendixLabel.trim();
	if (label) {
		const size = FONT_SIZE.subHeading;
		const [line] = wrapInlines([{ kind: 'text', text: label, bold: true }], measure, { width: CONTENT_WIDTH, size, align: 'right' });
		if (line) drawItems(pdf, [lineItem(line, 0, 0, size)], PAGE.left, flow.y);
		flow.gap(lineHeight(size) + 2);
	}
	// The label is printed once, above: the heading is the title alone (the file's metadata and footer keep "Appendix 2: …").
	flow.text([{ kind: 'text', text: titleHeading(doc), bold: true }], { size: FONT_SIZE.title, after: 3 });

	const sets = questionSetLines(doc);
	const details: [string, string[]][] = [...titleDetails(doc).map(([l, value]): [string, string[]] => [l, [value]]), ...(sets.length > 0 ? [['Question sets', sets] as [string, string[]]] : [])];
	const size = FONT_SIZE.body;
	for (const [name, values] of details) {
		const top = flow.y;
		flow.text([{ kind: 'text', text: name, bold: true }], { size, width: LABEL_WIDTH - 2 });
		const labelBottom = flow.y;
		flow.y = top;
		for (const value of values) flow.text(value, { size, x: LABEL_WIDTH });
		flow.y = Math.max(flow.y, labelBottom) + 0.8;
	}
	const note = versionNote(doc);
	if (note) {
		flow.gap(1.5);
		flow.text([{ kind: 'text', text: note.text, bold: note.bold }], { size, colour: COLOUR.text });
	}
	flow.gap(4);
}
