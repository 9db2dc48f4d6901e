import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PdfFonts } from '../../../src/lib/export/pdf/fonts.ts';
import type { MeetingQuestionsList } from '../../../src/lib/domain/meeting-questions.ts';
import { blocksToParagraphs, renderMeetingQuestionsPdf } from '../../../src/lib/export/meeting-questions-pdf.ts';
import { markdownToBlocks } from '../../../src/lib/export/markdown-blocks.ts';
import { diskFonts, qpdfCheck, readPdf, readTags, tagText, tagsOf } from './pdf-reader.ts';

/** The text of every page, as a PDF reader extracts it. */
async function pdfText(bytes: Uint8Array): Promise<string[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n += 1) {
		const content = await (await doc.getPage(n)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
	}
	return pages;
}

const list: MeetingQuestionsList = {
	statementTitle: 'Anytown – March 2026',
	council: 'Anytown Borough Council',
	panel: 'Children and Families Scrutiny Panel',
	meetingDate: '25 March 2026',
	total: 2,
	areas: [
		{
			number: 2,
			title: 'The placing of children in care',
			questions: [
				{
					id: 'careless-2-1',
					number: '2.1',
					text: 'How many children are placed more than 20 miles from home?',
					extract: 'Forty-one children (18%) were placed more than 20 miles away.',
					notes: [
						{ id: 'n1', kind: 'question', kindLabel: 'Question for the meeting', text: 'How many of these are **by choice**?', author: 'Cllr Zoë Łukasiewicz (councillor)', createdAt: '2026-03-01T10:00:00.000Z', resolved: false },
						{ id: 'n2', kind: 'challenge', kindLabel: 'Challenge', text: '- Statistical neighbours: 12%\n- England: 15%', author: 'Cllr Jo Lee (councillor)', createdAt: '2026-03-01T10:00:00.000Z', resolved: false }
					]
				}
			]
		}
	]
};

// Rendering and reading back a PDF takes a few seconds when the whole suite runs at once.
vi.setConfig({ testTimeout: 30_000 });

/** The shared Arimo fonts, read once with `loadPdfFonts` as the app reads them. */
let loaded: PdfFonts;
beforeAll(async () => {
	loaded = await diskFonts();
});
const fonts = async () => loaded;

describe('the questions-for-the-meeting PDF', () => {
	it('prints the area, the question, the answer extract, each note and its author, in any alphabet', async () => {
		const bytes = await renderMeetingQuestionsPdf(list, await fonts());
		expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
		const text = (await pdfText(bytes)).join('\n');
		for (const expected of [
			'Questions for the meeting',
			'Children and Families Scrutiny Panel, meeting on 25 March 2026',
			'2. The placing of children in care',
			'2.1 How many children are placed more than 20 miles from home?',
			'The answer says: Forty-one children (18%)',
			'Question for the meeting – Cllr Zoë Łukasiewicz (councillor)',
			'How many of these are by choice?',
			'• Statistical neighbours: 12%',
			'Challenge – Cllr Jo Lee (councillor)',
			'Page 1 of 1'
		]) {
			expect(text).toContain(expected);
		}
	});

	it('embeds the shared Arimo fonts it uses, and only those', async () => {
		const bytes = await renderMeetingQuestionsPdf(list, await fonts());
		const raw = Buffer.from(bytes).toString('latin1');
		// Regular, bold and italic, each a Type 0 font and its descendant; no bold italic, no Helvetica.
		expect(raw.match(/\/BaseFont \/Arimo\b/g)).toHaveLength(6);
		expect(raw).not.toContain('Helvetica');
	});

	it('says so when there is nothing on the list', async () => {
		const text = (await pdfText(await renderMeetingQuestionsPdf({ ...list, areas: [], total: 0 }, await fonts()))).join('\n');
		expect(text).toContain('No councillor has added a question for the meeting or an open challenge yet.');
	});

	it('is a tagged PDF: headings for the title, area and question, paragraphs in reading order, the footer an artifact, a bookmark for the area and the question', async () => {
		for (const shown of [list, { ...list, areas: [], total: 0 }]) {
			const bytes = await renderMeetingQuestionsPdf(shown, await fonts());
			const check = qpdfCheck(bytes);
			expect(check.ok, check.output).toBe(true);
			const tags = await readTags(bytes);
			expect(tags.untagged).toEqual([]);
			expect(tags.pagesOk).toBe(true);
			expect(tags.catalog).toMatchObject({ lang: 'en-GB', marked: true, displayDocTitle: true });
			expect(tags.catalog.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
			expect(tags.artifacts.join(' ')).toContain('Page 1 of 1');
			expect(tagsOf(tags.root, 'H1').map(tagText)).toEqual(['Questions for the meeting']);
		}
		const bytes = await renderMeetingQuestionsPdf(list, await fonts());
		const tags = await readTags(bytes);
		expect(tagsOf(tags.root, 'H2').map(tagText)).toEqual(['2. The placing of children in care']);
		expect(tagsOf(tags.root, 'H3').map(tagText)).toEqual(['2.1 How many children are placed more than 20 miles from home?']);
		expect(tagText(tags.root)).toMatch(/Forty-one children.*Question for the meeting – Cllr Zoë Łukasiewicz.*How many of these are by choice\?.*Challenge – Cllr Jo Lee/);
		const pdf = await readPdf(bytes);
		expect(pdf.outlineCount).toBe(2);
	});

	it('flattens markdown into printable paragraphs', () => {
		expect(blocksToParagraphs(markdownToBlocks('One\n\n1. first\n2. second\n\n> quoted'))).toEqual(['One', '1. first', '2. second', '“quoted”']);
	});
});
