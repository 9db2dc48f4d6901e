import { describe, expect, it } from 'vitest';
import {
	actionPlanCsv,
	actionPlanEntries,
	actionPlanFileName,
	buildActionPlanTable,
	describeActionCounts,
	filterEntries,
	showFromQuery,
	showQuery,
	statusWords
} from '../../../src/lib/domain/action-plan.ts';
import { BOM } from '../../../src/lib/domain/csv.ts';
import { emptyDraft } from '../../../src/lib/domain/response.ts';
import type { ActionItem, Assessment, Response } from '../../../src/lib/domain/types.ts';

function assessment(overrides: Partial<Assessment> = {}): Assessment {
	return {
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
		updatedAt: '',
		...overrides
	} as Assessment;
}

function response(questionId: string, actions: ActionItem[], changes: Partial<Response> = {}): Response {
	return { ...emptyDraft([]), id: questionId, assessmentId: 'a', questionId, actions, rev: 1, createdAt: '', updatedAt: '', updatedBy: '', ...changes };
}

const act = (id: string, dueDate: string, status: ActionItem['status'] = 'on-track', text = id, owner = 'Head of Placements'): ActionItem => ({ id, text, owner, dueDate, status });

const today = '2026-05-12';
// Given out of order on purpose: the plan runs in question order, soonest due first within a question.
const responses = [
	response('careless-2-1', [act('visits', '2026-09-30', 'at-risk'), act('audit', '2026-04-30', 'not-started')]),
	response('careless-1-1', [act('undated', ''), act('b&b', '2026-06-30', 'done')], { exempt: true }),
	response('retired-question', [act('lost', '2026-01-01')])
];

describe('the action plan', () => {
	it('lists every action in question order, soonest due first within a question, and flags overdue ones', () => {
		const entries = actionPlanEntries(assessment(), responses, today);
		expect(entries.map((e) => [e.questionNumber, e.id, e.overdue, e.sameQuestionAsAbove])).toEqual([
			['1.1', 'b&b', false, false],
			['1.1', 'undated', false, true],
			['2.1', 'audit', true, false],
			['2.1', 'visits', false, true]
		]);
		expect(entries[0]).toMatchObject({ questionText: expect.stringMatching(/^How many 16 and 17 years old/), exempt: true, statusLabel: 'Done' });
		expect(statusWords(entries[2]!)).toBe('Not started, overdue');
		expect(statusWords(entries[3]!)).toBe('At risk');
	});

	it('shows only a contributor’s questions on her copy', () => {
		const pack = { packId: 'p', createdAt: '', contributor: { id: 'c', name: 'Jo', designation: 'IRO Manager', email: '', questionIds: ['careless-2-1'] } };
		expect(actionPlanEntries(assessment({ pack } as Partial<Assessment>), responses, today).map((e) => e.id)).toEqual(['audit', 'visits']);
	});

	it('counts the actions, at risk and overdue, in words', () => {
		const entries = actionPlanEntries(assessment(), responses, today);
		expect(describeActionCounts(entries)).toBe('4 actions: 1 at risk, 1 overdue, 1 done');
		expect(describeActionCounts(entries.filter((e) => e.id === 'undated'))).toBe('1 action: none at risk or overdue');
		expect(describeActionCounts([])).toBe('No actions yet');
	});

	it('filters by status or overdue, keeping each question together', () => {
		const entries = actionPlanEntries(assessment(), responses, today);
		expect(filterEntries(entries, ['at-risk', 'overdue']).map((e) => [e.id, e.sameQuestionAsAbove])).toEqual([
			['audit', false],
			['visits', true]
		]);
		expect(filterEntries(entries, ['done']).map((e) => e.id)).toEqual(['b&b']);
		expect(filterEntries(entries, []).map((e) => e.id)).toHaveLength(4);
	});

	it('keeps the filter in the address, ignoring what it does not know', () => {
		expect(showQuery(['overdue', 'at-risk'])).toBe('?show=at-risk&show=overdue');
		expect(showQuery([])).toBe('');
		expect(showFromQuery(new URLSearchParams('show=overdue&show=nonsense&show=done'))).toEqual(['done', 'overdue']);
	});

	it('heads the table with the day it was made, the statement, the counts and what is shown', () => {
		const all = buildActionPlanTable(assessment(), responses, [], today);
		expect(all).toMatchObject({
			title: 'Action plan – 12 May 2026',
			statementTitle: 'Position statement against LGSCO areas of focus',
			meeting: 'Meeting on 25 March 2026',
			scope: 'All 4 actions',
			summary: '4 actions: 1 at risk, 1 overdue, 1 done',
			exemptCount: 2
		});
		const some = buildActionPlanTable(assessment(), responses, ['at-risk', 'overdue'], today);
		expect(some.scope).toBe('Showing 2 of 4 actions: at risk or overdue');
		expect(some.summary).toBe('4 actions: 1 at risk, 1 overdue, 1 done');
		expect(some.exemptCount).toBe(0);
		expect(buildActionPlanTable(assessment(), [], [], today).scope).toBe('No actions');
	});

	it('names its files after the council, panel and meeting', () => {
		expect(actionPlanFileName(assessment(), 'pdf')).toBe('anytown-borough-council-children-and-families-scrutiny-panel-2026-03-25-action-plan.pdf');
		expect(actionPlanFileName(assessment(), 'csv')).toBe('anytown-borough-council-children-and-families-scrutiny-panel-2026-03-25-action-plan.csv');
	});
});

describe('the action plan as CSV', () => {
	it('has a BOM, quotes every field, keeps commas, quotes and line breaks, and makes a leading "=" harmless', () => {
		const tricky = response('careless-1-2', [
			act('t', '2026-06-30', 'on-track', '=HYPERLINK("http://evil") then review the "Staying Close" offer,\nwith the IRO service', '+44 Jo, "JB" Bloggs')
		]);
		const csv = actionPlanCsv(buildActionPlanTable(assessment(), [tricky, responses[1]!], [], today));
		expect(csv.startsWith(BOM)).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe('"Question","Action","Owner","Due date","Status","Overdue","Exempt answer"');
		expect(lines[1]).toBe(
			'"1.1 How many 16 and 17 years old are in bed and breakfast accommodation or in unregulated homes?","b&b","Head of Placements","30/06/2026","Done","","Yes"'
		);
		expect(lines[3]).toBe(
			`"1.2 What action is the council taking to ensure their welfare is promoted and safeguarded?","'=HYPERLINK(""http://evil"") then review the ""Staying Close"" offer,\nwith the IRO service","'+44 Jo, ""JB"" Bloggs","30/06/2026","On track","",""`
		);
		expect(lines[4]).toBe('');
		expect(lines).toHaveLength(5);
	});

	it('leaves an unset due date empty and says overdue in words', () => {
		const csv = actionPlanCsv(buildActionPlanTable(assessment(), [responses[0]!, responses[1]!], [], today));
		expect(csv).toContain('"undated","Head of Placements","","On track","","Yes"');
		expect(csv).toContain('"audit","Head of Placements","30/04/2026","Not started","Yes",""');
	});
});
