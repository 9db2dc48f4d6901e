import { describe, expect, it } from 'vitest';
import { BOM } from '../../../src/lib/domain/csv.ts';
import {
	buildMonitoringTable,
	monitoringCsv,
	monitoringFileName,
	monitoringPanel,
	type StatementRef
} from '../../../src/lib/domain/monitoring.ts';
import { newRecommendation } from '../../../src/lib/domain/recommendation.ts';
import type { Author, Recommendation } from '../../../src/lib/domain/types.ts';

const sam: Author = { name: 'Sam Patel', role: 'officer', designation: 'Head of Service' };

const statement: StatementRef = {
	id: 's1',
	title: 'Position statement against LGSCO areas of focus',
	council: 'Anytown Borough Council',
	panel: 'Children and Families Scrutiny Panel',
	meetingDate: '2021-02-11',
	frameworks: [{ id: 'lgsco-careless-2020', edition: '2020-12' }]
};

function rec(id: string, meetingDate: string, itemTitle: string, text: string, createdAt: string, changes: Partial<Recommendation> = {}): Recommendation {
	return {
		...newRecommendation(id, { meetingDate, itemTitle, text, assessmentId: null, questionIds: [] }, sam, createdAt),
		...changes
	};
}

// The seed's monitoring table (000, from line 1946), in the order it was recorded.
const all = [
	rec('perf', '2020-10-01', "Children's Services - Performance", 'That the planned threshold review is considered at a future meeting of the Panel.', '2020-10-02T09:00:00Z', {
		status: 'review',
		reviewMonth: '2021-06',
		actionTaken: 'The threshold review is underway.'
	}),
	rec('fost1', '2020-10-01', 'Recruitment of In-House Foster Carers', 'That consideration be given to providing full time funding.', '2020-10-02T09:01:00Z'),
	rec('fost2', '2020-10-01', 'Recruitment of In-House Foster Carers', 'That examples of the feedback are circulated to the Panel.', '2020-10-02T09:02:00Z', {
		status: 'complete',
		actionTaken: '=HYPERLINK("http://evil.example")'
	}),
	rec('impr', '2021-02-11', 'Improvement Plan', 'That the Executive Director reflects on the term "things to do better", and its use.', '2021-02-12T09:00:00Z', {
		status: 'complete',
		actionTaken: "The term has been changed to 'Areas for Improvement'.\nReported in March.",
		assessmentId: 's1',
		questionIds: ['careless-2-1', 'careless-3-2', 'gone-question']
	})
];

describe('the monitoring table', () => {
	it('has a row per recommendation in the seed’s columns, numbered under each item, Date and Title blank under the first', () => {
		const table = buildMonitoringTable(all, { statuses: [], meeting: '' }, [statement], '2021-03-25');
		expect(table.title).toBe('Scrutiny monitoring – 25 March 2021');
		expect(table.scope).toBe('All 4 recommendations');
		expect(table.rows.map((r) => [r.date, r.title, r.number, r.progressStatus, r.sameItemAsAbove])).toEqual([
			['01/10/2020', "Children's Services - Performance", 1, 'Recommend review in June 2021', false],
			['01/10/2020', 'Recruitment of In-House Foster Carers', 1, 'Outstanding', false],
			['01/10/2020', 'Recruitment of In-House Foster Carers', 2, 'Complete', true],
			['11/02/2021', 'Improvement Plan', 1, 'Complete', false]
		]);
	});

	it('names the linked statement and numbers its questions', () => {
		const row = buildMonitoringTable(all, { statuses: [], meeting: '' }, [statement], '2021-03-25').rows[3]!;
		expect(row.statement).toBe('Position statement against LGSCO areas of focus (Anytown Borough Council, 11 February 2021)');
		expect(row.questions[0]).toMatch(/^2\.1 /);
		expect(row.questions[1]).toMatch(/^3\.2 /);
		expect(row.questions[2]).toBe('gone-question');
	});

	it('keeps the panel’s numbering when a filter hides a recommendation, and says what is shown', () => {
		const table = buildMonitoringTable(all, { statuses: ['complete'], meeting: '' }, [statement], '2021-03-25');
		expect(table.rows.map((r) => [r.id, r.number, r.sameItemAsAbove])).toEqual([
			['fost2', 2, false],
			['impr', 1, false]
		]);
		expect(table.scope).toBe('Showing 2 of 4 recommendations: progress status Complete');
	});

	it('is headed by the panel and council of the linked statements, or of the statements on the device', () => {
		expect(monitoringPanel(all, [statement])).toEqual({ panel: 'Children and Families Scrutiny Panel', council: 'Anytown Borough Council' });
		const other = { ...statement, id: 's2', council: 'Othertown Council', panel: 'Corporate Parenting Panel' };
		// Linked to s1 only: the other council's statement does not count.
		expect(monitoringPanel(all, [statement, other])).toEqual({ panel: 'Children and Families Scrutiny Panel', council: 'Anytown Borough Council' });
		// Nothing linked, two councils on the device: no heading.
		expect(monitoringPanel(all.slice(0, 3), [statement, other])).toEqual({ panel: '', council: '' });
		expect(monitoringPanel(all.slice(0, 3), [])).toEqual({ panel: '', council: '' });
	});

	it('is saved as <council>-scrutiny-monitoring-<date>, or scrutiny-monitoring-<date> for no one council', () => {
		const table = buildMonitoringTable(all, { statuses: [], meeting: '' }, [statement], '2021-03-25');
		expect(monitoringFileName(table, 'pdf')).toBe('anytown-borough-council-scrutiny-monitoring-2021-03-25.pdf');
		expect(monitoringFileName({ council: '', panel: '', madeOn: '2021-03-25' }, 'csv')).toBe('scrutiny-monitoring-2021-03-25.csv');
	});
});

describe('the monitoring table as CSV', () => {
	const csv = monitoringCsv(buildMonitoringTable(all, { statuses: [], meeting: '' }, [statement], '2021-03-25'));
	const lines = csv.slice(1).split('\r\n');

	it('has the BOM, a header row, and the date and title on every row', () => {
		expect(csv.startsWith(BOM)).toBe(true);
		expect(lines[0]).toBe('"Date","Title","Action proposed","Action taken","Progress status","Linked position statement","Linked questions"');
		expect(lines[3]).toMatch(/^"01\/10\/2020","Recruitment of In-House Foster Carers","That examples/);
	});

	it('escapes quotes, commas and line breaks, and neutralises a formula', () => {
		expect(csv).toContain('"That the Executive Director reflects on the term ""things to do better"", and its use."');
		expect(csv).toContain(`"The term has been changed to 'Areas for Improvement'.\nReported in March."`);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
		// Questions one per line inside their cell.
		expect(csv).toMatch(/"2\.1 [^"]+\n3\.2 [^"]+\ngone-question"\r\n$/);
	});
});
