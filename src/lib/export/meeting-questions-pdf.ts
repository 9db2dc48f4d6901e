import type { MeetingQuestionsList } from '../domain/meeting-questions.ts';
import { markdownToBlocks, plainText } from './markdown-blocks.ts';
import type { Block } from './model.ts';
import { FONT_FAMILY, registerPdfFonts, type PdfFonts } from './pdf/fonts.ts';
import { Tagger, structNode, type StructNode, type StructRole } from './pdf/tagging.ts';

/**
 * "Questions for the meeting" as a PDF: an A4 list a councillor can carry
 * into the meeting. Pure: the list in, the file's bytes out; saving it is
 * the caller's job. jsPDF is loaded only when a PDF is made, so the app's
 * first load stays small. The fonts are the shared Arimo files, read with
 * `loadPdfFonts` from ./pdf/fonts.ts, as for the other PDFs.
 */

/** A block of markdown as plain paragraphs: lists get bullets or numbers, tables one row per line. */
export function blocksToParagraphs(blocks: readonly Block[], indent = ''): string[] {
	const out: string[] = [];
	for (const block of blocks) {
		switch (block.kind) {
			case 'paragraph':
			case 'heading':
				out.push(indent + plainText(block.inlines));
				break;
			case 'list':
				block.items.forEach((item, i) => {
					const marker = block.ordered ? `${block.start + i}. ` : '• ';
					const [first = '', ...rest] = blocksToParagraphs(item, '');
					out.push(`${indent}${marker}${first}`, ...rest.map((r) => `${indent}   ${r}`));
				});
				break;
			case 'quote':
				out.push(...blocksToParagraphs(block.blocks, `${indent}“`).map((p) => `${p}”`));
				break;
			case 'table':
				out.push(indent + block.header.map(plainText).join(' | '), ...block.rows.map((row) => indent + row.map(plainText).join(' | ')));
				break;
			case 'code':
				out.push(indent + block.text);
				break;
			case 'rule':
				break;
		}
	}
	return out;
}

const PAGE = { width: 210, height: 297, margin: 20 };
const GREY: [number, number, number] = [80, 90, 95];
const BLACK: [number, number, number] = [11, 12, 12];
/** Millimetres per point, for line heights. */
const PT = 0.3528;

/** Renders the list as PDF bytes. Without fonts it falls back to Helvetica (tests of layout only). */
export async function renderMeetingQuestionsPdf(list: MeetingQuestionsList, fonts?: PdfFonts): Promise<Uint8Array> {
	const { jsPDF } = await import('jspdf');
	const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
	let family = 'helvetica';
	if (fonts) {
		registerPdfFonts(doc, fonts);
		family = FONT_FAMILY;
	}
	const title = 'Questions for the meeting';
	doc.setProperties({ title: `${title}: ${list.statementTitle}`, subject: `${list.council}, ${list.panel}, ${list.meetingDate}`, creator: 'Position statements for scrutiny' });
	// Tagged PDF (see pdf/tagging.ts): each line drawn inside its element; the footer is an artifact.
	const tagger = new Tagger(doc, { title: `${title}: ${list.statementTitle}`, language: 'en-GB' });
	const root = tagger.root;
	let section: StructNode = root;

	const width = PAGE.width - 2 * PAGE.margin;
	const bottom = PAGE.height - PAGE.margin - 8;
	let y = PAGE.margin;

	/** Writes wrapped text; moves to a new page when the next line would not fit. */
	function write(
		text: string,
		options: { size: number; role: StructRole; style?: 'normal' | 'bold' | 'italic'; colour?: [number, number, number]; indent?: number; after?: number; keepWith?: number }
	) {
		const { size, style = 'normal', colour = BLACK, indent = 0, after = 2, keepWith = 0 } = options;
		const node = structNode(options.role, section);
		doc.setFont(family, style);
		doc.setFontSize(size);
		doc.setTextColor(...colour);
		const lineHeight = size * PT * 1.35;
		const lines = doc.splitTextToSize(text, width - indent) as string[];
		// Keep a heading with the first lines of what follows it.
		if (y + lineHeight * Math.min(lines.length, 2) + keepWith > bottom) {
			doc.addPage();
			y = PAGE.margin;
		}
		for (const line of lines) {
			if (y + lineHeight > bottom) {
				doc.addPage();
				y = PAGE.margin;
			}
			tagger.content(node, () => doc.text(line, PAGE.margin + indent, y + size * PT));
			y += lineHeight;
		}
		y += after;
	}

	write(title, { size: 22, style: 'bold', after: 3, role: 'H1' });
	write(list.statementTitle, { size: 13, after: 1, role: 'P' });
	write(`${list.council}, ${list.panel}, meeting on ${list.meetingDate}`, { size: 11, colour: GREY, after: 6, role: 'P' });

	if (list.areas.length === 0) {
		write('No councillor has added a question for the meeting or an open challenge yet.', { size: 11, role: 'P' });
	}
	for (const area of list.areas) {
		section = structNode('Sect', root);
		write(`${area.number}. ${area.title}`, { size: 15, style: 'bold', after: 3, keepWith: 20, role: 'H2' });
		// Bookmarks: each area, with its questions under it.
		const bookmark = doc.outline.add(null, `${area.number}. ${area.title}`, { pageNumber: doc.getCurrentPageInfo().pageNumber });
		const areaSection = section;
		for (const question of area.questions) {
			section = structNode('Sect', areaSection);
			write(`${question.number} ${question.text}`, { size: 11, style: 'bold', after: 1.5, keepWith: 14, role: 'H3' });
			doc.outline.add(bookmark, `${question.number} ${question.text}`, { pageNumber: doc.getCurrentPageInfo().pageNumber });
			write(`The answer says: ${question.extract}`, { size: 10, style: 'italic', colour: GREY, indent: 4, after: 3, role: 'P' });
			for (const note of question.notes) {
				const status = note.resolved ? ' (resolved)' : '';
				write(`${note.kindLabel}${status} – ${note.author}`, { size: 10, style: 'bold', indent: 4, after: 1, keepWith: 6, role: 'P' });
				for (const paragraph of blocksToParagraphs(markdownToBlocks(note.text))) {
					write(paragraph, { size: 11, indent: 4, after: 1.5, role: 'P' });
				}
				y += 2;
			}
			y += 2;
		}
		y += 2;
	}

	const pages = doc.getNumberOfPages();
	for (let n = 1; n <= pages; n += 1) {
		doc.setPage(n);
		doc.setFont(family, 'normal');
		doc.setFontSize(9);
		doc.setTextColor(...GREY);
		tagger.artifact(() => {
			doc.text(`${title} – ${list.council}, ${list.meetingDate}`, PAGE.margin, PAGE.height - PAGE.margin / 2);
			doc.text(`Page ${n} of ${pages}`, PAGE.width - PAGE.margin, PAGE.height - PAGE.margin / 2, { align: 'right' });
		}, 'Pagination');
	}
	return new Uint8Array(doc.output('arraybuffer'));
}
