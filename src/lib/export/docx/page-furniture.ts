import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { ExportDocument } from '../model.ts';
import { textRun } from './runs.ts';
import { COLOUR, SIZE } from './theme.ts';

/**
 * What every page carries: a footer with the statement's footer text and
 * "Page X of Y" (Word fields, so the numbers stay right after editing), and
 * on the exempt version "EXEMPT – NOT FOR PUBLICATION" in bold at the top and
 * the foot of every page, so a loose page is still marked.
 */

function banner(text: string, style: 'Header' | 'Footer'): Paragraph {
	return new Paragraph({ style, alignment: AlignmentType.CENTER, children: [textRun(text, { size: SIZE.banner, bold: true })] });
}

/** The header: the exempt banner, or nothing on the public version. */
export function pageHeader(doc: ExportDocument): Header {
	return new Header({ children: doc.exemptBanner ? [banner(doc.exemptBanner, 'Header')] : [new Paragraph({ style: 'Header', children: [] })] });
}

/** The footer: a rule, the footer text, the page number, and the exempt banner when there is one. */
export function pageFooter(doc: ExportDocument): Footer {
	const size = SIZE.footer;
	return new Footer({
		children: [
			new Paragraph({
				style: 'Footer',
				border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule, space: 4 } },
				children: [textRun(doc.footer, { size, colour: COLOUR.secondary })]
			}),
			new Paragraph({
				style: 'Footer',
				alignment: AlignmentType.RIGHT,
				// One run per piece: LibreOffice sizes a field's result wrongly when it shares a run with text.
				children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES].map((piece) => new TextRun({ size, color: COLOUR.text, children: [piece] }))
			}),
			...(doc.exemptBanner ? [banner(doc.exemptBanner, 'Footer')] : [])
		]
	});
}
