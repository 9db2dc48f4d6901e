import { describe, expect, it } from 'vitest';
import { lgscoCareless2020 } from '../../../src/lib/domain/frameworks/lgsco-careless-2020.ts';
import { guidanceFor } from '../../../src/lib/domain/guidance/index.ts';
import { lgscoCarelessGuidance } from '../../../src/lib/domain/guidance/lgsco-careless-2020.ts';
import { copiedRun, seedFixture } from './seed-text.ts';

const report = seedFixture('lgsco-careless-report.txt');
const questionIds = lgscoCareless2020.areas.flatMap((a) => a.questions.map((q) => q.id));

/**
 * The report's page for each line, worked out from its running headers: every
 * page from "Legal context" (page 4 in the contents) on starts with one.
 */
function casePages(): Map<string, Set<number>> {
	const header = /^(Legal context|Common Issues( - [a-z0-9 ]+)?|Promoting Good Practice|Encouraging local accountability – questions for scrutiny)$/;
	const pages = new Map<string, Set<number>>();
	let page = 0;
	for (const line of report.split('\n')) {
		if (header.test(line)) page = page === 0 ? 4 : page + 1;
		const reference = /^Case reference: \[([\d ]+)\]/.exec(line)?.[1];
		if (reference) pages.set(reference, (pages.get(reference) ?? new Set()).add(page));
		if (line === 'Promoting Good Practice') pages.set('(good practice)', new Set([page]));
		if (line === 'Encouraging local accountability – questions for scrutiny' && !pages.has('(questions)')) pages.set('(questions)', new Set([page]));
	}
	return pages;
}

describe("guidance for the Ombudsman's questions", () => {
	it('exists for every one of the 20 questions, and for nothing else', () => {
		for (const id of questionIds) expect(guidanceFor(id), id).toBeDefined();
		expect(Object.keys(lgscoCarelessGuidance).sort()).toEqual([...questionIds].sort());
		expect(guidanceFor('lga10-1-1')).toBeUndefined();
		expect(guidanceFor('toString')).toBeUndefined();
	});

	it('says why, what a strong answer holds and where the data is, for each question', () => {
		for (const id of questionIds) {
			const g = guidanceFor(id);
			expect(g?.why.length ?? 0, id).toBeGreaterThan(80);
			expect(g?.cases.length ?? 0, id).toBeGreaterThan(0);
			expect(g?.strongAnswer.length ?? 0, id).toBeGreaterThanOrEqual(3);
			expect(g?.dataSources.length ?? 0, id).toBeGreaterThanOrEqual(2);
		}
	});

	it('cites case references and story names exactly as the report prints them', () => {
		for (const id of questionIds) {
			for (const c of guidanceFor(id)?.cases ?? []) {
				expect(report, `${id}: ${c.reference}`).toContain(`Case reference: [${c.reference}]`);
				expect(report, `${id}: ${c.story}`).toContain(`${c.story}\n\nCase reference: [${c.reference}]`);
			}
		}
	});

	it('cites a page of the report on which that case is printed', () => {
		const pages = casePages();
		// The page count agrees with the report's contents list.
		expect(pages.get('(good practice)')).toEqual(new Set([23]));
		expect(pages.get('(questions)')).toEqual(new Set([24]));
		for (const id of questionIds) {
			for (const c of guidanceFor(id)?.cases ?? []) {
				expect(c.page, `${id}: ${c.reference}`).toBeGreaterThanOrEqual(1);
				expect(c.page, `${id}: ${c.reference}`).toBeLessThanOrEqual(25);
				expect([...(pages.get(c.reference) ?? [])], `${id}: ${c.reference}`).toContain(c.page);
			}
		}
	});

	it('is in our own words: no run of 12 words is copied from the report', () => {
		for (const id of questionIds) {
			const g = guidanceFor(id);
			for (const text of [g?.why ?? '', ...(g?.strongAnswer ?? []), ...(g?.dataSources ?? [])]) {
				expect(copiedRun(text, report), `${id}: ${text}`).toBeUndefined();
			}
		}
	});
});
