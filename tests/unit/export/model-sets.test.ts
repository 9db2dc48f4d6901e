import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { newAssessment } from '../../../src/lib/domain/assessment.ts';
import { renderDocx } from '../../../src/lib/export/docx/render-docx.ts';
import { renderHtml } from '../../../src/lib/export/html/render-html.ts';
import { buildExportDocument } from '../../../src/lib/export/model.ts';

const details = {
	title: 'Position statement',
	council: 'Anytown Borough Council',
	service: 'Children and Learning',
	panel: 'Children and Families Scrutiny Panel',
	meetingDate: '2026-03-25',
	appendixLabel: 'Appendix 2',
	coordinator: { name: 'Sam Patel', designation: 'Quality Assurance Unit Manager' }
};

describe('the export of a statement that uses two question sets', () => {
	it('numbers areas on across the sets and names the set of every area', () => {
		const assessment = newAssessment(
			details,
			[
				{ id: 'lgsco-careless-2020', edition: '2020-12' },
				{ id: 'lga-corporate-parenting-kloe', edition: '2017' }
			],
			'a1',
			'2026-03-01T09:00:00.000Z'
		);
		const doc = buildExportDocument(assessment, [], { version: 'public', includeSummary: true, now: '2026-03-02T09:00:00.000Z' });
		expect(doc.areas.map((a) => [a.number, a.setTitle])).toEqual([
			[1, 'LGSCO Careless (December 2020)'],
			[2, 'LGSCO Careless (December 2020)'],
			[3, 'LGSCO Careless (December 2020)'],
			[4, 'LGSCO Careless (December 2020)'],
			[5, 'LGSCO Careless (December 2020)'],
			[6, 'LGA corporate parenting lines of enquiry (2017)']
		]);
		expect(doc.areas[5]?.title).toBe('Key lines of enquiry for all councillors');
		expect(doc.areas[5]?.questions.map((q) => q.number)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8', '6.9']);
	});
});

describe('the Word and web versions of a statement that uses two question sets', () => {
	const twoSets = () =>
		buildExportDocument(
			newAssessment(details, [{ id: 'lgsco-careless-2020', edition: '2020-12' }, { id: 'lga-corporate-parenting-kloe', edition: '2017' }], 'a2', '2026-03-01T09:00:00.000Z'),
			[],
			{ version: 'public', includeSummary: false, now: '2026-03-02T09:00:00.000Z' }
		);
	const oneSet = () =>
		buildExportDocument(newAssessment(details, [{ id: 'lgsco-careless-2020', edition: '2020-12' }], 'a3', '2026-03-01T09:00:00.000Z'), [], {
			version: 'public',
			includeSummary: false,
			now: '2026-03-02T09:00:00.000Z'
		});

	it('the web page names each set once before its first area and lists the sets under the title', () => {
		const html = renderHtml(twoSets());
		expect(html.match(/<p class="set-heading">[^<]*<\/p>/g)).toEqual([
			'<p class="set-heading">Question set: LGSCO Careless (December 2020)</p>',
			'<p class="set-heading">Question set: LGA corporate parenting lines of enquiry (2017)</p>'
		]);
		expect(html).toContain('<li>LGSCO Careless (December 2020): areas 1 to 5</li><li>LGA corporate parenting lines of enquiry (2017): area 6</li>');
		expect(renderHtml(oneSet())).not.toContain('Question set');
	});

	it('the Word file does the same in full-width rows of its table', async () => {
		const xmlOf = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes).then((zip) => zip.file('word/document.xml')!.async('string'))).replace(/<[^>]+>/g, ' ');
		const text = await xmlOf(await renderDocx(twoSets()));
		expect(text.match(/Question set: [^ ].*?\)/g)).toEqual(['Question set: LGSCO Careless (December 2020)', 'Question set: LGA corporate parenting lines of enquiry (2017)']);
		expect(text).toContain('LGA corporate parenting lines of enquiry (2017): area 6');
		expect(await xmlOf(await renderDocx(oneSet()))).not.toContain('Question set');
	});
});
