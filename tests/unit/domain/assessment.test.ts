import { describe, expect, it } from 'vitest';
import { defaultTitleFor, emptyDetailsInput, validateDetails, validateFrameworkChoice, type AssessmentDetailsInput } from '../../../src/lib/domain/assessment.ts';
import { defaultFrameworkRefs, frameworks } from '../../../src/lib/domain/frameworks/index.ts';

function input(overrides: Partial<AssessmentDetailsInput> = {}): AssessmentDetailsInput {
	return {
		...emptyDetailsInput(),
		council: 'Anytown Borough Council',
		service: 'Children and Learning',
		panel: 'Children and Families Scrutiny Panel',
		meetingDate: { day: '25', month: '3', year: '2026' },
		coordinatorName: 'Sam Patel',
		coordinatorDesignation: 'Quality Assurance Unit Manager',
		...overrides
	};
}

describe("a statement's details", () => {
	it('start with the usual title and appendix label', () => {
		expect(emptyDetailsInput()).toMatchObject({ title: 'Position statement against LGSCO areas of focus', appendixLabel: 'Appendix 2' });
	});

	it('are tidied and stored with an ISO meeting date', () => {
		const result = validateDetails(input({ council: '  Anytown   Borough Council ' }));
		expect(result).toEqual({
			ok: true,
			value: {
				title: 'Position statement against LGSCO areas of focus',
				council: 'Anytown Borough Council',
				service: 'Children and Learning',
				panel: 'Children and Families Scrutiny Panel',
				meetingDate: '2026-03-25',
				appendixLabel: 'Appendix 2',
				coordinator: { name: 'Sam Patel', designation: 'Quality Assurance Unit Manager' }
			}
		});
	});

	it('list every problem in form order, each tied to its field', () => {
		const result = validateDetails(
			input({ title: '   ', council: '', meetingDate: { day: '31', month: '2', year: '2026' }, coordinatorDesignation: '' })
		);
		expect(result).toEqual({
			ok: false,
			errors: [
				{ field: 'title', message: 'Enter a title' },
				{ field: 'council', message: "Enter the council's name" },
				{ field: 'meetingDate-day', message: 'The meeting date must be a real date, for example 25 3 2026' },
				{ field: 'coordinatorDesignation', message: "Enter the coordinating officer's designation" }
			]
		});
	});

	it('allow 200 characters and no more', () => {
		expect(validateDetails(input({ panel: 'x'.repeat(200) })).ok).toBe(true);
		expect(validateDetails(input({ panel: 'x'.repeat(201) }))).toEqual({
			ok: false,
			errors: [{ field: 'panel', message: 'Name of the scrutiny panel must be 200 characters or fewer' }]
		});
	});

	it('ask for the meeting date when it is missing', () => {
		expect(validateDetails(input({ meetingDate: { day: '', month: '', year: '' } }))).toEqual({
			ok: false,
			errors: [{ field: 'meetingDate-day', message: 'Enter the date of the panel meeting' }]
		});
	});
});

describe("a statement's question sets", () => {
	it('are offered with the Ombudsman’s questions ticked to start with', () => {
		expect(defaultFrameworkRefs).toEqual([{ id: 'lgsco-careless-2020', edition: '2020-12' }]);
		expect(frameworks.length).toBeGreaterThanOrEqual(3);
	});

	it('must include at least one', () => {
		expect(validateFrameworkChoice([])).toEqual({ ok: false, errors: [{ field: 'frameworks', message: 'Select at least one question set' }] });
	});

	it('are stored with their editions, in the order they are offered whatever order they were ticked in', () => {
		expect(validateFrameworkChoice(['lga-corporate-parenting-kloe', 'lgsco-careless-2020'])).toEqual({
			ok: true,
			value: [
				{ id: 'lgsco-careless-2020', edition: '2020-12' },
				{ id: 'lga-corporate-parenting-kloe', edition: '2017' }
			]
		});
	});

	it('count a set ticked twice once', () => {
		expect(validateFrameworkChoice(['lga-ncb-10-questions-2012', 'lga-ncb-10-questions-2012'])).toEqual({
			ok: true,
			value: [{ id: 'lga-ncb-10-questions-2012', edition: '2012-06' }]
		});
	});

	it('refuse a set the app does not offer', () => {
		expect(validateFrameworkChoice(['lgsco-careless-2020', 'made-up-set'])).toEqual({
			ok: false,
			errors: [{ field: 'frameworks', message: 'Select question sets from the list' }]
		});
		const [first] = frameworks;
		expect(first && validateFrameworkChoice([first.id], [])).toMatchObject({ ok: false });
	});
});

describe('the starting title', () => {
	it('names the Ombudsman’s areas of focus only when its questions are chosen', () => {
		expect(defaultTitleFor(['lgsco-careless-2020', 'lga-corporate-parenting-kloe'])).toBe('Position statement against LGSCO areas of focus');
		expect(defaultTitleFor(['lga-ncb-10-questions-2012'])).toBe('Position statement on services for children in care');
	});
});
