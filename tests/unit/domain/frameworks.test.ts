import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworks, placedQuestions } from '../../../src/lib/domain/frameworks/index.ts';
import { lgscoCareless2020 } from '../../../src/lib/domain/frameworks/lgsco-careless-2020.ts';
import { isPrincipleId, principles, sortPrincipleIds } from '../../../src/lib/domain/frameworks/principles.ts';

const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');

describe("the Ombudsman's questions for scrutiny", () => {
	const questions = lgscoCareless2020.areas.flatMap((a) => a.questions);

	it('has the five areas of focus with 2, 8, 5, 3 and 2 questions', () => {
		expect(lgscoCareless2020.areas.map((a) => [a.title, a.questions.length])).toEqual([
			['Accommodation for 16 and 17 year olds', 2],
			['The placing of children in care', 8],
			['Learning from complaints', 5],
			['Children in secure accommodation', 3],
			['Children leaving care', 2]
		]);
		expect(questions).toHaveLength(20);
	});

	it('transcribes every question and area title word for word from the report', () => {
		const text = seed('lgsco-careless-questions-for-scrutiny.txt');
		const lines = text.split('\n').map((l) => l.trim());
		for (const q of questions) expect(lines).toContain(`- > ${q.text}`);
		for (const a of lgscoCareless2020.areas) expect(lines).toContain(a.title);
	});

	it('gives every area and question a unique, stable id', () => {
		const ids = [...lgscoCareless2020.areas.map((a) => a.id), ...questions.map((q) => q.id)];
		expect(new Set(ids).size).toBe(ids.length);
		expect(questions.map((q) => q.id).slice(0, 3)).toEqual(['careless-1-1', 'careless-1-2', 'careless-2-1']);
	});

	it('maps every question to at least one real principle, and cites its page', () => {
		for (const q of questions) {
			expect(q.principleIds.length).toBeGreaterThan(0);
			for (const id of q.principleIds) expect(isPrincipleId(id)).toBe(true);
			expect([24, 25]).toContain(q.sourcePage);
		}
	});

	it('records its source and edition', () => {
		expect(lgscoCareless2020.source).toMatchObject({
			publisher: 'Local Government and Social Care Ombudsman',
			published: '2020-12',
			licence: 'Open Government Licence v3.0'
		});
		expect(lgscoCareless2020.source.url).toMatch(/^https:\/\/www\.lgo\.org\.uk\//);
		expect(frameworks.map((f) => f.id)).toContain('lgsco-careless-2020');
	});

	it('numbers questions in statement order', () => {
		const placed = placedQuestions([{ id: 'lgsco-careless-2020', edition: '2020-12' }]);
		expect(placed).toHaveLength(20);
		expect(placed.map((p) => `${p.areaNumber}.${p.questionNumber}`).slice(0, 4)).toEqual(['1.1', '1.2', '2.1', '2.2']);
		expect(placed[19]?.index).toBe(19);
		expect(placedQuestions([{ id: 'unknown-set', edition: '1' }])).toEqual([]);
	});
});

describe('the corporate parenting principles', () => {
	it('are the seven, numbered in statutory order, with unique ids and short labels', () => {
		expect(principles.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(new Set(principles.map((p) => p.id)).size).toBe(7);
		for (const p of principles) expect(p.label.length).toBeLessThanOrEqual(30);
	});

	it('are quoted word for word', () => {
		const text = seed('corporate-parenting-principles.txt');
		for (const p of principles) expect(text).toContain(`- ${p.text}`);
	});

	it('sort into statutory order without duplicates', () => {
		expect(sortPrincipleIds(['safe-and-stable', 'best-interests', 'safe-and-stable'])).toEqual(['best-interests', 'safe-and-stable']);
	});
});
