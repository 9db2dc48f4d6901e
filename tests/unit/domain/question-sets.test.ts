import { describe, expect, it } from 'vitest';
import { lgscoCareless2020 } from '../../../src/lib/domain/frameworks/lgsco-careless-2020.ts';
import { compareEditions, sameQuestions } from '../../../src/lib/domain/question-sets/editions.ts';
import { readQuestionSetFile } from '../../../src/lib/domain/question-sets/read.ts';
import type { Framework } from '../../../src/lib/domain/types.ts';

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
