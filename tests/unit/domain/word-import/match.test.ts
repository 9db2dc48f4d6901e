import { describe, expect, it } from 'vitest';
import { lgscoCareless2020 } from '../../../../src/lib/domain/frameworks/lgsco-careless-2020.ts';
import { lgaNcb10Questions2012 } from '../../../../src/lib/domain/frameworks/lga-ncb-10-questions-2012.ts';
import { matchLevel, matchRows, normaliseText, similarity } from '../../../../src/lib/domain/word-import/match.ts';

const careless = lgscoCareless2020.areas.flatMap((a) => a.questions).map((q) => ({ id: q.id, text: q.text }));
const textOf = (id: string) => careless.find((q) => q.id === id)?.text ?? '';

describe('normalising question text', () => {
	it('drops numbering, punctuation, curly quotes and every kind of hyphen or dash', () => {
		expect(normaliseText('1.1 How many 16- and 17-year olds are in “B&B”?')).toBe('how many 16 and 17 year olds are in b b');
		expect(normaliseText('Q3: Are there delays in the Education, Health and Care plan process?')).toBe('are there delays in the education health and care plan process');
		expect(normaliseText('2. The council’s leaflets – clear?')).toBe('the council leaflets clear');
		// A number that starts the words is kept: only numbering is dropped.
		expect(normaliseText('16 and 17 year olds')).toBe('16 and 17 year olds');
	});
});

describe('matching a row to a question', () => {
	it('is sure of the verbatim question, however it is numbered or punctuated', () => {
		expect(similarity(`2.4 ${textOf('careless-2-4')}`, textOf('careless-2-4'))).toBe(1);
		expect(matchLevel(similarity('How many 16- and 17-year olds are in bed and breakfast accommodation or in unregulated homes', textOf('careless-1-1')))).toBe('sure');
	});

	it('matches small rewordings, to be checked', () => {
		const score = similarity('How many children in care have up to date PEPs (personal education plans)?', textOf('careless-2-6'));
		expect(matchLevel(score)).not.toBe('none');
	});

	it('matches a row that holds the area title before the question', () => {
		const score = similarity(`Learning from complaints: ${textOf('careless-3-4')}`, textOf('careless-3-4'));
		expect(matchLevel(score)).toBe('sure');
	});

	it('gives the right question to each of the 20 Ombudsman questions as a council retyped them', () => {
		const retyped = careless.map((q) => q.text.replace(/16 and 17 years old/, '16- and 17-year-olds').replace(/\?/g, '').replace(/children in care/g, 'children in care ').toUpperCase());
		const matches = matchRows(retyped, careless);
		expect(matches.map((m) => m.questionId)).toEqual(careless.map((q) => q.id));
		expect(matches.every((m) => m.level === 'sure')).toBe(true);
	});

	it('gives a question to one row only, and matches nothing to stray rows', () => {
		const rows = [textOf('careless-2-2'), textOf('careless-2-2'), 'Glossary of terms used in this paper', 'Signed off by the Director of Children’s Services'];
		const matches = matchRows(rows, careless);
		expect(matches[0]).toEqual({ questionId: 'careless-2-2', score: 1, level: 'sure' });
		expect(matches[1]?.questionId).not.toBe('careless-2-2');
		expect(matches[2]).toEqual({ questionId: undefined, score: 0, level: 'none' });
		expect(matches[3]?.level).toBe('none');
	});

	it('tells apart the similar questions of the LGA/NCB set', () => {
		const questions = lgaNcb10Questions2012.areas.flatMap((a) => a.questions).map((q) => ({ id: q.id, text: q.text }));
		const matches = matchRows(questions.map((q) => `${q.text} `), questions);
		expect(matches.map((m) => m.questionId)).toEqual(questions.map((q) => q.id));
	});
});
