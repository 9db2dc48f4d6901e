import { Document, Packer, PageOrientation } from 'docx';
import type { ExportDocument } from '../model.ts';
import { mainTable } from './main-table.ts';
import { ListNumbering } from './numbering.ts';
import { pageFooter, pageHeader } from './page-furniture.ts';
import { wordText } from './runs.ts';
import { furtherScrutinySection, summarySection } from './summary.ts';
import { COLOUR, FONT, PAGE, SIZE } from './theme.ts';
import { titleBlock } from './title-block.ts';

/**
 * The position statement as a Word document (.docx), for councils whose
 * report template is Word: pure, the export model in, the file's bytes out;
 * saving is the caller's job. Imports the docx package, so the app loads this
 * module only with `await import(...)` when the user exports. Works the same
 * in the browser and in Node.
 */

/** Word's styles: Arial 11 pt in British English, black headings (the package's defaults are blue). */
function styles(doc: ExportDocument) {
	const heading = (size: number) => ({ run: { font: FONT, size, bold: true, color: COLOUR.text }, paragraph: { spacing: { before: 240, after: 120 } } });
	return {
		default: {
			document: {
				run: { font: FONT, size: SIZE.body, color: COLOUR.text, language: { value: doc.language } },
				paragraph: { spacing: { after: 100 } }
			},
			heading1: heading(SIZE.title),
			heading2: heading(SIZE.section),
			heading3: heading(SIZE.subHeading),
			hyperlink: { run: { color: COLOUR.link, underline: {} } }
		},
		// Word's own names for header and footer text; the page-number fields take their size from here.
		paragraphStyles: [
			{ id: 'Header', name: 'header', basedOn: 'Normal', run: { size: SIZE.banner }, paragraph: { spacing: { after: 0 } } },
			{ id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: SIZE.footer }, paragraph: { spacing: { after: 0 } } }
		]
	};
}

/** The Word document's bytes. */
export async function renderDocx(doc: ExportDocument): Promise<Uint8Array> {
	const numbering = new ListNumbering();
	// The body first: building it records which list definitions the numbering part needs.
	const children = [
		...titleBlock(doc),
		mainTable(doc, numbering),
		...(doc.summary ? summarySection(doc.summary) : []),
		...furtherScrutinySection(doc, numbering)
	];
	const meta = (text: string) => wordText(text).replace(/\s+/g, ' ').trim();
	const file = new Document({
		title: meta(doc.heading),
		subject: meta(doc.subject),
		creator: meta(doc.coordinator.name),
		lastModifiedBy: meta(doc.coordinator.name),
		keywords: meta(doc.keywords.join(', ')),
		description: meta(`${doc.council}, ${doc.panel}, ${doc.meetingDate}`),
		styles: styles(doc),
		numbering: numbering.config(),
		sections: [
			{
				properties: {
					page: {
						size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
						margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left, header: PAGE.header, footer: PAGE.footer }
					}
				},
				headers: { default: pageHeader(doc) },
				footers: { default: pageFooter(doc) },
				children
			}
		]
	});
	return new Uint8Array(await Packer.toArrayBuffer(file));
}
