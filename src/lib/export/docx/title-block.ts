import { AlignmentType, HeadingLevel, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { ExportDocument } from '../model.ts';
import { questionSetLines, titleDetails, titleHeading, versionNote } from '../wording.ts';
import { textRun } from './runs.ts';
import { SIZE, mm } from './theme.ts';

/**
 * The top of the first page, as an agenda-pack appendix starts: the appendix
 * label at the right, the heading as a real Heading 1 (so it shows in Word's
 * navigation pane and in a PDF made from the file), then council, panel,
 * meeting date, subject and who prepared it, and which version this is.
 */

/** Where the values start after their labels. */
const LABEL_WIDTH = mm(30);

export function titleBlock(doc: ExportDocument): Paragraph[] {
	const out: Paragraph[] = [];
	if (doc.appendixLabel.trim()) {
		out.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 120 }, children: [textRun(doc.appendixLabel, { size: SIZE.subHeading, bold: true })] }));
	}
	out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [textRun(titleHeading(doc), { size: SIZE.title, bold: true })] }));
	const details = titleDetails(doc);
	const note = versionNote(doc);
	details.forEach(([label, value], i) => {
		const last = i === details.length - 1 && !note;
		// A hanging indent at the tab stop keeps a long value's second line under its first.
		out.push(
			new Paragraph({
				tabStops: [{ type: TabStopType.LEFT, position: LABEL_WIDTH }],
				indent: { left: LABEL_WIDTH, hanging: LABEL_WIDTH },
				spacing: { after: last ? 240 : 40 },
				children: [textRun(label, { size: SIZE.body, bold: true }), new TextRun({ children: [new Tab()] }), textRun(value, { size: SIZE.body })]
			})
		);
	});
	const sets = questionSetLines(doc);
	if (sets.length > 0) {
		out.push(new Paragraph({ spacing: { before: 120, after: 40 }, children: [textRun('Question sets', { size: SIZE.body, bold: true })] }));
		for (const line of sets) out.push(new Paragraph({ spacing: { after: 40 }, children: [textRun(line, { size: SIZE.body })] }));
	}
	if (note) out.push(new Paragraph({ spacing: { before: 120, after: 240 }, children: [textRun(note.text, { size: SIZE.body, bold: note.bold })] }));
	return out;
}
