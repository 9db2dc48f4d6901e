import { describe, expect, it } from 'vitest';
import { buildMonitoringTable, type StatementRef } from '../../../src/lib/domain/monitoring.ts';
import { newRecommendation } from '../../../src/lib/domain/recommendation.ts';
import type { Author, Recommendation } from '../../../src/lib/domain/types.ts';
import { renderMonitoringPdf } from '../../../src/lib/export/monitoring-pdf.ts';
import { diskFonts, expectTaggedTable } from './pdf-reader.ts';

const sam: Author = { name: 'Sam Patel', role: 'officer', designation: 'Head of Service' };
const statement: StatementRef = {
	id: 's1',
	title: 'Position statement against LGSCO areas of focus',
	council: 'Anytown Borough Council',
	panel: 'Children and Families Scrutiny Panel',
	meetingDate: '2021-02-11',
	frameworks: [{ id: 'lgsco-careless-2020', edition: '2020-12' }]
};

function rec(n: number, meetingDate: string, itemTitle: string, text: string, changes: Partial<Recommendation> = {}): Recommendation {
	const at = new Date(Date.UTC(2021, 0, 1, 0, n)).toISOString();
	return { ...newRecommendation(`r${n}`, { meetingDate, itemTitle, text, assessmentId: 's1', questionIds: [] }, sam, at), ...changes };
}

/** The pages of a PDF: size in points and text as a reader extracts it. */
async function readPages(bytes: Uint8Array): Promise<{ width: number; height: number; text: string }[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
	const pages = [];
	for (let n = 1; n <= doc.numPages; n += 1) {
		const page = await doc.getPage(n);
		const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
		const content = await page.getTextContent();
		pages.push({ width: x1 - x0, height: y1 - y0, text: content.items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ') });
	}
	await doc.destroy();
	return pages;
}

const seedRows = [
	rec(1, '2020-10-01', "Children's Services - Performance", 'That the planned threshold review is considered at a future meeting of the Panel.', {
		status: 'review',
		reviewMonth: '2021-06',
		actionTaken: 'The threshold review is underway. It is recommended that a date for presentation to panel is confirmed after end-March 2021'
	}),
	rec(2, '2020-10-01', 'Recruitment of In-House Foster Carers', 'That consideration be given to providing full time funding for the proposed specialist foster carers.'),
	rec(3, '2021-02-11', 'Improvement Plan', 'That the Executive Director reflects on the use of the term ‘things to do better’.', {
		status: 'complete',
		actionTaken: 'The term has been changed to ‘Areas for Improvement’. Cllr Zoë Łukasiewicz asked 🙂 for this.'
	})
];

describe('the scrutiny monitoring PDF', () => {
	it('is A4 landscape with the panel, the title, the seed’s columns, the rows and page numbers', async () => {
		const table = buildMonitoringTable(seedRows, { statuses: [], meeting: '' }, [statement], '2021-03-25');
		const pages = await readPages(renderMonitoringPdf(table, await diskFonts()));
		expect(pages).toHaveLength(1);
		const [page] = pages;
		expect(Math.round(page!.width)).toBe(842);
		expect(Math.round(page!.height)).toBe(595);
		const text = page!.text;
		expect(text).toContain('Children and Families Scrutiny Panel');
		expect(text).toContain('Scrutiny monitoring – 25 March 2021');
		expect(text).toMatch(/Date Title Action proposed Action taken Progress status/);
		expect(text).toContain('01/10/2020');
		expect(text).toContain('1) That the planned threshold review');
		expect(text).toContain('Recommend review in June 2021');
		expect(text).toContain('Complete');
		// Characters from any alphabet print; one the font lacks shows as a visible mark, and the rest of the line survives.
		expect(text).toContain('Zoë Łukasiewicz asked □ for this.');
		expect(text).toContain('Page 1 of 1');
	});

	it('repeats the head row on every page of a long table and numbers the pages', async () => {
		const many = Array.from({ length: 40 }, (_, i) =>
			rec(10 + i, '2021-02-11', 'Children’s Services Vision and Strategy', `Recommendation number ${i + 1}: ${'that the service reports on its progress '.repeat(6)}`)
		);
		const table = buildMonitoringTable(many, { statuses: [], meeting: '' }, [statement], '2021-03-25');
		const pages = await readPages(renderMonitoringPdf(table, await diskFonts()));
		expect(pages.length).toBeGreaterThan(2);
		pages.forEach((page, i) => {
			expect(page.text).toMatch(/Date Title Action proposed Action taken Progress status/);
			expect(page.text).toContain(`Page ${i + 1} of ${pages.length}`);
		});
		// An item that carries on over a page says so where the page starts.
		expect(pages[1]!.text).toContain('Children’s Services Vision and Strategy (continued)');
		const all = pages.map((p) => p.text).join(' ');
		for (let n = 1; n <= 40; n += 1) expect(all).toContain(`${n}) Recommendation number ${n}:`);
	});

	it('is a tagged PDF: the title an H1, one table read row by row, the repeated head row and "continued" notes artifacts', async () => {
		const many = Array.from({ length: 40 }, (_, i) =>
			rec(10 + i, '2021-02-11', 'Children’s Services Vision and Strategy', `Recommendation number ${i + 1}: ${'that the service reports on its progress '.repeat(6)}`)
		);
		const table = buildMonitoringTable(many, { statuses: [], meeting: '' }, [statement], '2021-03-25');
		const { tags, rows } = await expectTaggedTable(renderMonitoringPdf(table, await diskFonts()), ['Date', 'Title', 'Action proposed', 'Action taken', 'Progress status'], expect);
		expect(rows).toHaveLength(40);
		rows.forEach((row, i) => {
			expect(row).toHaveLength(5);
			expect(row[2]).toContain(`${i + 1}) Recommendation number ${i + 1}:`);
			expect(row[1]).toBe(i === 0 ? 'Children’s Services Vision and Strategy' : '');
		});
		expect(tags.artifacts.join(' ')).toContain('Children’s Services Vision and Strategy (continued)');
		const empty = await expectTaggedTable(
			renderMonitoringPdf(buildMonitoringTable([], { statuses: ['complete'], meeting: '' }, [], '2021-03-25'), await diskFonts()),
			['Date', 'Title', 'Action proposed', 'Action taken', 'Progress status'],
			expect
		);
		expect(empty.rows).toEqual([['No recommendations to show.']]);
	});

	it('says so when there is nothing to show', async () => {
		const table = buildMonitoringTable([], { statuses: ['complete'], meeting: '' }, [], '2021-03-25');
		const [page] = await readPages(renderMonitoringPdf(table, await diskFonts()));
		expect(page!.text).toContain('No recommendations to show.');
		expect(page!.text).toContain('Showing 0 of 0 recommendations: progress status Complete');
	});
});
