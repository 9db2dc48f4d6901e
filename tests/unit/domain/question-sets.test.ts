import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworks } from '../../../src/lib/domain/frameworks/index.ts';
import { lgscoCareless2020 } from '../../../src/lib/domain/frameworks/lgsco-careless-2020.ts';
import { compareEditions, sameQuestions } from '../../../src/lib/domain/question-sets/editions.ts';
import { checkQuestionSetFile } from '../../../src/lib/domain/question-sets/check.ts';
import {
	answersToDroppedQuestions,
	combinationProblem,
	describeSize,
	isNewerEdition,
	newestEditions,
	planLoad,
	sameContent
} from '../../../src/lib/domain/question-sets/library.ts';
import { readQuestionSetFile } from '../../../src/lib/domain/question-sets/read.ts';
import type { Framework, Response } from '../../../src/lib/domain/types.ts';

const fileOf = (data: unknown) => JSON.stringify({ type: 'scrutiny-question-set', formatVersion: 1, data });
const copy = (): Framework => structuredClone(lgscoCareless2020) as Framework;

describe('reading a question-set file', () => {
	it('accepts a set shaped like the ones the app ships', () => {
		const result = readQuestionSetFile(fileOf(copy()));
		expect(result.ok && result.framework.areas.flatMap((a) => a.questions)).toHaveLength(20);
	});

	it('names duplicate ids with where each was first used', () => {
		const set = copy();
		set.areas[1]!.questions[0]!.id = 'careless-1-1';
		expect(readQuestionSetFile(fileOf(set))).toEqual({
			ok: false,
			problems: [{ path: 'data.areas[1].questions[0].id', message: 'the id careless-1-1 is already used at data.areas[0].questions[0].id' }]
		});
	});

	it('refuses an area with no questions, an unknown principle and a missing edition, each by its path', () => {
		const set = copy() as unknown as Record<string, unknown> & Framework;
		set.areas[0]!.questions = [];
		(set.areas[1]!.questions[0]!.principleIds as string[]) = ['be-kind'];
		delete (set as Partial<Framework>).edition;
		const result = readQuestionSetFile(fileOf(set));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const paths = result.problems.map((p) => `${p.path}: ${p.message}`);
		expect(paths).toContain('data.edition: is missing');
		expect(paths).toContain('data.areas[0].questions: must not be empty');
		expect(paths.some((p) => p.startsWith('data.areas[1].questions[0].principleIds[0]: expected one of'))).toBe(true);
	});

	it('refuses other files and newer versions plainly', () => {
		expect(readQuestionSetFile('not json')).toEqual({ ok: false, problems: [{ path: '(the whole file)', message: 'is not a JSON file' }] });
		expect(readQuestionSetFile(JSON.stringify({ type: 'scrutiny-backup' }))).toMatchObject({ ok: false, problems: [{ path: 'type' }] });
		expect(readQuestionSetFile(JSON.stringify({ type: 'scrutiny-question-set', formatVersion: 9 }))).toEqual({
			ok: false,
			problems: [{ path: 'formatVersion', message: 'This file was made by a newer version (9); update the app' }]
		});
	});
});

describe('comparing editions', () => {
	it('lists added, removed and reworded questions and renamed areas', () => {
		const next = copy();
		next.edition = '2027-01';
		next.areas[0]!.title = 'Homes for 16 and 17 year olds';
		next.areas[0]!.questions[0]!.text = 'How many 16 and 17 year olds live in unregistered homes?';
		next.areas[1]!.questions.pop();
		next.areas[1]!.questions.push({ id: 'careless-2-9', text: 'A new question?', sourcePage: 30, principleIds: [] });
		const difference = compareEditions(lgscoCareless2020, next);
		expect(difference.renamedAreas).toEqual([{ id: 'careless-1', before: 'Accommodation for 16 and 17 year olds', after: 'Homes for 16 and 17 year olds' }]);
		expect(difference.reworded.map((r) => r.id)).toEqual(['careless-1-1']);
		expect(difference.added.map((q) => q.id)).toEqual(['careless-2-9']);
		expect(difference.removed).toHaveLength(1);
		expect(sameQuestions(difference)).toBe(false);
		expect(sameQuestions(compareEditions(lgscoCareless2020, copy()))).toBe(true);
	});
});

describe('the example set and the bad fixtures', () => {
	const read = (path: string) => readQuestionSetFile(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
	const lines = (path: string) => {
		const result = read(path);
		return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
	};

	it('loads the template in examples/: 2 areas, 4 questions, ids of its own', () => {
		const result = read('examples/question-set-template.json');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(describeSize(result.framework)).toBe('2 areas, 4 questions');
		expect(planLoad(result.framework, [], frameworks).kind).toBe('new');
		expect(checkQuestionSetFile(JSON.stringify({ type: 'scrutiny-question-set', formatVersion: 1, data: result.framework }))).toEqual({
			ok: true,
			summary: 'a valid question-set file (format version 1): Example focus report (edition 2026-01): 2 areas, 4 questions'
		});
	});

	it('is the example printed in docs/question-set-format.md', () => {
		const doc = readFileSync(new URL('../../../docs/question-set-format.md', import.meta.url), 'utf8');
		const printed = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? '';
		const template = readFileSync(new URL('../../../examples/question-set-template.json', import.meta.url), 'utf8');
		expect(JSON.parse(printed)).toEqual(JSON.parse(template));
	});

	it('names each problem in the bad files by its path', () => {
		expect(lines('tests/fixtures/files/question-set-duplicate-ids.json')).toEqual([
			'data.areas[1].questions[1].id: the id example-1-1 is already used at data.areas[0].questions[0].id'
		]);
		expect(lines('tests/fixtures/files/question-set-empty-area.json')).toEqual(['data.areas[1].questions: must not be empty']);
		expect(lines('tests/fixtures/files/question-set-wrong-type.json')).toEqual([
			'type: expected "scrutiny-question-set": this is not a question-set file'
		]);
		expect(lines('tests/fixtures/files/question-set-bad-fields.json')).toHaveLength(4);
	});

	it('refuses a file over 5 MB before reading it', () => {
		expect(readQuestionSetFile('{}', 6 * 1024 * 1024)).toEqual({
			ok: false,
			problems: [{ path: '(the whole file)', message: 'is 6.0 MB; the largest question set the app reads is 5 MB' }]
		});
	});
});

describe('the library of loaded sets', () => {
	const edition = (label: string, published: string): Framework => ({ ...copy(), id: 'next', edition: label, source: { ...copy().source, published } });

	it('knows a newer edition by its publication date, then by its label', () => {
		expect(isNewerEdition(edition('2027-01', '2027-01'), edition('2026-01', '2026-01'))).toBe(true);
		expect(isNewerEdition(edition('2026-01', '2026-01'), edition('2027-01', '2027-01'))).toBe(false);
		expect(isNewerEdition(edition('edition 10', '2027-01'), edition('edition 9', '2027-01'))).toBe(true);
		expect(newestEditions([edition('1', '2025-06'), edition('3', '2027-01'), edition('2', '2026-01')]).map((f) => f.edition)).toEqual(['3']);
	});

	it('treats copies with keys in another order as the same, and any changed word as different', () => {
		const a = copy();
		const b = JSON.parse(JSON.stringify({ source: a.source, areas: a.areas, edition: a.edition, shortTitle: a.shortTitle, title: a.title, id: a.id })) as Framework;
		expect(sameContent(a, b)).toBe(true);
		b.areas[4]!.questions[1]!.text += ' ';
		expect(sameContent(a, b)).toBe(false);
	});

	it('counts the answered questions an edition drops', () => {
		const answered = (questionId: string, statement: string) => ({ questionId, statement, notApplicable: false }) as Response;
		const difference = { removed: [{ id: 'q-2', text: 'Two?', area: 'A' }, { id: 'q-3', text: 'Three?', area: 'A' }] };
		expect(answersToDroppedQuestions(difference, [answered('q-1', 'Yes'), answered('q-2', 'Yes'), answered('q-3', '  ')])).toEqual([
			{ id: 'q-2', text: 'Two?', area: 'A' }
		]);
	});

	it('says which two sets cannot share a statement', () => {
		expect(combinationProblem([lgscoCareless2020, { ...copy(), id: 'other', shortTitle: 'Other' }])).toBe(
			'Other and LGSCO Careless (December 2020) both use the id careless-1, so they cannot be answered in one statement'
		);
		expect(combinationProblem(frameworks)).toBeUndefined();
	});
});
