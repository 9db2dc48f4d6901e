import { describe, expect, it } from 'vitest';
import { buildActionPlanTable } from '../../../src/lib/domain/action-plan.ts';
import { emptyDraft } from '../../../src/lib/domain/response.ts';
import type { ActionItem, Assessment, Response } from '../../../src/lib/domain/types.ts';
import { renderActionPlanPdf } from '../../../src/lib/export/action-plan-pdf.ts';
import { diskFonts, readPdf, expectTaggedTable, tagText, tagsOf } from './pdf-reader.ts';

const assessment = {
	id: 'a',
	title: 'Position statement against LGSCO areas of focus',
	council: 'Anytown Borough Council',
	service: 'Children and Learning',
	panel: 'Children and Families Scrutiny Panel',
	meetingDate: '2026-03-25',
	appendixLabel: 'Appendix 2',
	coordinator: { name: 'Sam Patel', designation: 'QA Manager' },
	frameworks: [{ id: 'lgsco-careless-2020', edition: '2020-12' }],
	furtherScrutiny: '',
	contributors: [],
	localAreas: [],
	createdAt: '',
	updatedAt: ''
} as unknown as Assessment;

function response(questionId: string, actions: ActionItem[], changes: Partial<Response> = {}): Response {
	return { ...emptyDraft([]), id: questionId, assessmentId: 'a', questionId, actions, rev: 1, createdAt: '', updatedAt: '', updatedBy: '', ...changes };
}

const act = (id: string, text: string, dueDate: string, status: ActionItem['status'], owner = 'Head of Placements'): ActionItem => ({ id, text, owner, dueDate, status });

const responses = [
	response('careless-1-1', [
		act('a1', 'Audit every use of bed and breakfast for 16 and 17 year olds, with the housing service.', '2026-06-30', 'on-track'),
		act('a2', 'Report the audit to the panel. Cllr Zoë Łukasiewicz asked 🙂 for this.', '2026-04-30', 'at-risk', '')
	]),
	response('careless-2-1', [act('a3', 'Visit every child placed at a distance within 6 weeks.', '', 'done', 'IRO Team Manager')], { exempt: true })
];

describe('the action plan PDF', () => {
	it('is A4 landscape with the panel, the title, the statement, the counts, the columns, the rows and page numbers', async () => {
		const table = buildActionPlanTable(assessment, responses, [], '2026-05-12');
		const bytes = renderActionPlanPdf(table, await diskFonts());
		// A4 landscape, in points.
		expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.8\d* 595\.2\d*\]/);
		const pdf = await readPdf(bytes);
		expect(pdf.pages).toHaveLength(1);
		const text = pdf.pages[0]!.text;
		expect(text).toContain('Children and Families Scrutiny Panel');
		expect(text).toContain('Action plan – 12 May 2026');
		expect(text).toContain('Position statement against LGSCO areas of focus · Anytown Borough Council · Meeting on 25 March 2026');
		expect(text).toContain('3 actions: 1 at risk, 1 overdue, 1 done. All 3 actions.');
		expect(text).toMatch(/Question Action Owner Due Status/);
		// Question 1.1's two actions: the question printed once, the soonest due first.
		expect(text.match(/1\.1 How many 16 and 17/g)).toHaveLength(1);
		expect(text.indexOf('Report the audit')).toBeLessThan(text.indexOf('Audit every use'));
		expect(text).toContain('30 April 2026');
		expect(text).toContain('Not named');
		expect(text).toContain('At risk Overdue');
		expect(text).toContain('30 June 2026 On track');
		expect(text).toContain('Exempt answer');
		expect(text).toContain('Not set Done');
		// A character the font lacks shows as a visible mark; the rest of the line survives.
		expect(text).toContain('Zoë Łukasiewicz asked □ for this.');
		expect(text).toContain('Page 1 of 1');
		expect(pdf.info).toMatchObject({ Title: 'Action plan – 12 May 2026: Position statement against LGSCO areas of focus' });
	});

	it('repeats the head row on every page and says where a question continues', async () => {
		const many = Array.from({ length: 30 }, (_, i) => act(`m${i}`, `Action number ${i + 1}: ${'the service reports on its progress to the panel '.repeat(4)}`, '2026-09-01', 'on-track'));
		const table = buildActionPlanTable(assessment, [response('careless-2-2', many)], [], '2026-05-12');
		const long = renderActionPlanPdf(table, await diskFonts());
		const pdf = await readPdf(long);
		expect(pdf.pages.length).toBeGreaterThan(1);
		pdf.pages.forEach((page, i) => {
			expect(page.text).toMatch(/Question Action Owner Due Status/);
			expect(page.text).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
		});
		expect(pdf.pages[1]!.text).toMatch(/Question Action Owner Due Status 2\.2 \(continued\) Action number/);
		expect(pdf.pages[0]!.text).not.toContain('(continued)');
		const all = pdf.pages.map((p) => p.text).join(' ');
		for (let n = 1; n <= 30; n += 1) expect(all).toContain(`Action number ${n}:`);
	});

	it('is a tagged PDF: one table read row by row, the repeated head row and "continued" notes artifacts', async () => {
		const many = Array.from({ length: 30 }, (_, i) => act(`m${i}`, `Action number ${i + 1}: ${'the service reports on its progress to the panel '.repeat(4)}`, '2026-09-01', 'on-track'));
		const table = buildActionPlanTable(assessment, [response('careless-2-2', many)], [], '2026-05-12');
		const { tags, rows, cells } = await expectTaggedTable(renderActionPlanPdf(table, await diskFonts()), ['Question', 'Action', 'Owner', 'Due', 'Status'], expect);
		expect(rows).toHaveLength(30);
		// The question heads the rows of all its actions: one row header spanning the 30 rows, over two pages.
		expect(cells[0]?.[0]).toMatchObject({ role: 'TH', scope: 'Row', rowSpan: 30 });
		expect(rows[0]?.[0]).toMatch(/^2\.2 /);
		expect(rows[0]).toHaveLength(5);
		expect(rows[0]?.[1]).toContain('Action number 1:');
		rows.slice(1).forEach((row, i) => {
			// Under the spanning header each row has the other four cells, in order.
			expect(row).toHaveLength(4);
			expect(row[0]).toContain(`Action number ${i + 2}:`);
			expect(cells[i + 1]?.map((cell) => cell.role)).toEqual(['TD', 'TD', 'TD', 'TD']);
		});
		expect(tagsOf(tags.root, 'TH').filter((th) => th.scope === 'Row')).toHaveLength(1);
		expect(tags.artifacts.join(' ')).toContain('2.2 (continued)');
		expect(tagsOf(tags.root, 'H1').map(tagText)).toEqual(['Action plan – 12 May 2026']);
	});

	it('says so when nothing matches the filter', async () => {
		const table = buildActionPlanTable(assessment, responses, ['not-started'], '2026-05-12');
		const [page] = (await readPdf(renderActionPlanPdf(table, await diskFonts()))).pages;
		expect(page!.text).toContain('No actions to show.');
		expect(page!.text).toContain('Showing 0 of 3 actions: not started');
	});
});
