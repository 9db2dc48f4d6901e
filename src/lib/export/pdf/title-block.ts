import type { jsPDF } from 'jspdf';
import type { ExportDocument } from '../model.ts';
import { questionSetLines, titleDetails, titleHeading, versionNote } from '../wording.ts';
import { drawItems } from './draw.ts';
import type { PageFlow } from './flow.ts';
import { lineItem } from './items.ts';
import { wrapInlines } from './rich-text.ts';
import { structNode, type StructNode } from './tagging.ts';
import { COLOUR, CONTENT_WIDTH, FONT_SIZE, PAGE, lineHeight } from './theme.ts';

/**
 * The top of the first page, as an agenda-pack appendix starts: the appendix
 * label once, at the top right, then the statement's title, then council,
 * panel, meeting date, subject, who prepared it and when, which question set
 * each area comes from (when the statement uses more than one set), and a
 * line saying which version this is.
 */

const LABEL_WIDTH = 30;

/** Tagged under `parent`: the label a P, the title the H1, each detail a P (its name, then its value), the version note a P. */
export function drawTitleBlock(pdf: jsPDF, flow: PageFlow, doc: ExportDocument, parent?: StructNode): void {
	const node = (role: 'P' | 'H1') => (parent ? { node: structNode(role, parent) } : {});
	const { measure } = flow;
	const label = doc.appendixLabel.trim();
	if (label) {
		const size = FONT_SIZE.subHeading;
		const [line] = wrapInlines([{ kind: 'text', text: label, bold: true }], measure, { width: CONTENT_WIDTH, size, align: 'right' });
		if (line) drawItems(pdf, [lineItem(line, 0, 0, size, node('P').node)], PAGE.left, flow.y);
		flow.gap(lineHeight(size) + 2);
	}
	// The label is printed once, above: the heading is the title alone (the file's metadata and footer keep "Appendix 2: …").
	flow.text([{ kind: 'text', text: titleHeading(doc), bold: true }], { size: FONT_SIZE.title, after: 3, ...node('H1') });

	const sets = questionSetLines(doc);
	const details: [string, string[]][] = [...titleDetails(doc).map(([l, value]): [string, string[]] => [l, [value]]), ...(sets.length > 0 ? [['Question sets', sets] as [string, string[]]] : [])];
	const size = FONT_SIZE.body;
	for (const [name, values] of details) {
		const top = flow.y;
		const detail = node('P');
		flow.text([{ kind: 'text', text: name, bold: true }], { size, width: LABEL_WIDTH - 2, ...detail });
		const labelBottom = flow.y;
		flow.y = top;
		for (const value of values) flow.text(value, { size, x: LABEL_WIDTH, ...detail });
		flow.y = Math.max(flow.y, labelBottom) + 0.8;
	}
	const note = versionNote(doc);
	if (note) {
		flow.gap(1.5);
		flow.text([{ kind: 'text', text: note.text, bold: note.bold }], { size, colour: COLOUR.text, ...node('P') });
	}
	flow.gap(4);
}
