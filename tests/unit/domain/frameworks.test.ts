import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworks, placedQuestions } from '../../../src/lib/domain/frameworks/index.ts';
import { lgaCorporateParentingKloe } from '../../../src/lib/domain/frameworks/lga-corporate-parenting-kloe.ts';
import { lgaNcb10Questions2012 } from '../../../src/lib/domain/frameworks/lga-ncb-10-questions-2012.ts';
import { lgscoCareless2020 } from '../../../src/lib/domain/frameworks/lgsco-careless-2020.ts';
import { isPrincipleId, principles, sortPrincipleIds } from '../../../src/lib/domain/frameworks/principles.ts';
import type { Framework } from '../../../src/lib/domain/types.ts';
import { copiedRun, normaliseForFidelity, seedFixture } from './seed-text.ts';

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

/** Each shipped set and the seed extract it was transcribed from. */
const transcribed: [string, Framework, string][] = [
	[lgscoCareless2020.id, lgscoCareless2020, 'lgsco-careless-report.txt'],
	[lgaNcb10Questions2012.id, lgaNcb10Questions2012, 'lga-ncb-10-questions-2012.txt'],
	[lgaCorporateParentingKloe.id, lgaCorporateParentingKloe, 'lga-corporate-parenting-resource-pack.txt']
];

describe('every shipped question set', () => {
	it.each(transcribed)('%s: every area title and question occurs word for word in the seed, in the same order', (_id, framework, file) => {
		const seed = normaliseForFidelity(seedFixture(file));
		let from = 0;
		for (const area of framework.areas) {
			const title = seed.indexOf(normaliseForFidelity(area.title), from);
			expect(title, `area title: ${area.title}`).toBeGreaterThanOrEqual(0);
			from = title;
			for (const q of area.questions) {
				const at = seed.indexOf(normaliseForFidelity(q.text), from);
				expect(at, `${q.id}: ${q.text}`).toBeGreaterThanOrEqual(0);
				from = at;
			}
		}
	});

	it('uses ids that are unique across all sets, areas and questions together', () => {
		const ids = frameworks.flatMap((f) => [f.id, ...f.areas.flatMap((a) => [a.id, ...a.questions.map((q) => q.id)])]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('maps every question to at least one real principle, without repeats', () => {
		for (const f of frameworks) {
			for (const q of f.areas.flatMap((a) => a.questions)) {
				expect(q.principleIds.length, q.id).toBeGreaterThan(0);
				expect(new Set(q.principleIds).size, q.id).toBe(q.principleIds.length);
				for (const id of q.principleIds) expect(isPrincipleId(id), `${q.id}: ${id}`).toBe(true);
			}
		}
	});

	it('records each set’s source and an edition in the form a statement stores', () => {
		for (const f of frameworks) {
			expect(f.source.url, f.id).toMatch(/^https:\/\//);
			expect(f.source.published, f.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
			expect(f.edition.length, f.id).toBeGreaterThan(0);
			expect(f.shortTitle.length, f.id).toBeLessThanOrEqual(100);
		}
		expect(frameworks.map((f) => f.id)).toEqual(['lgsco-careless-2020', 'lga-ncb-10-questions-2012', 'lga-corporate-parenting-kloe']);
	});
});

describe('the LGA/NCB 10 questions (June 2012)', () => {
	const questions = lgaNcb10Questions2012.areas.flatMap((a) => a.questions);

	it('has the ten question areas, in the guide’s order', () => {
		expect(lgaNcb10Questions2012.areas.map((a) => a.title)).toEqual([
			'How well does your authority do in commissioning or providing services for looked after children?',
			'How well do your children in care do at school, both academically and in terms of other kinds of achievements?',
			'How good is the health and wellbeing of children in your care?',
			'How stable and secure are the lives of your looked-after children while they are in your care?',
			'How well does your authority do at finding appropriate adoptive families for children for whom it is decided this is the right option?',
			'How well do your foster care arrangements work?',
			'How good is the standard of residential care provided or used by your authority?',
			'What support does your authority provide to young people leaving care and how effective is it?',
			'How effective is your professional workforce of social workers and others responsible for running services for and working with looked-after children?',
			'What more could be done to fulfil the council’s responsibilities as a ‘corporate parent’?'
		]);
		expect(lgaNcb10Questions2012.areas.map((a) => a.questions.length)).toEqual([9, 12, 8, 9, 8, 7, 9, 6, 8, 7]);
	});

	it('keeps the guide’s words where the extraction broke them', () => {
		const byId = new Map(questions.map((q) => [q.id, q.text]));
		// "lookedafter" in the extraction is the guide's "looked-after" split at a line end.
		expect(byId.get('lga10-2-11')).toBe('Do you monitor the numbers of looked-after children excluded from school, and do you know what alternative provision is available for them?');
		// One question, split by a stray bullet in the layout.
		expect(byId.get('lga10-10-2')).toBe('Do looked-after children know who their ‘corporate parents’ are? What do they say about what they expect from local councillors and others acting as their ‘corporate parents’?');
		// The guide's own slip is kept.
		expect(byId.get('lga10-1-7')).toBe('Do you have mechanism for reviewing the effectiveness of the services you commission, based on outcomes?');
	});

	it('numbers ids by area and question, and cites pages in the order of the guide', () => {
		lgaNcb10Questions2012.areas.forEach((area, a) => {
			expect(area.id).toBe(`lga10-${a + 1}`);
			area.questions.forEach((q, i) => expect(q.id).toBe(`lga10-${a + 1}-${i + 1}`));
		});
		const pages = questions.map((q) => q.sourcePage);
		expect(pages).toEqual([...pages].sort((x, y) => x - y));
		expect(Math.min(...pages)).toBe(9);
		expect(Math.max(...pages)).toBe(26);
		expect(lgaNcb10Questions2012.source).toMatchObject({ publisher: 'Local Government Association and National Children’s Bureau', published: '2012-06' });
	});
});

describe('the LGA corporate parenting key lines of enquiry', () => {
	const [area] = lgaCorporateParentingKloe.areas;
	const lines = area?.questions ?? [];

	it('has the nine lines of enquiry under the pack’s one heading', () => {
		expect(lgaCorporateParentingKloe.areas).toHaveLength(1);
		expect(area?.title).toBe('Key lines of enquiry for all councillors');
		expect(lines.map((q) => q.text)).toEqual([
			'What is our cohort of children in care and care leavers?',
			'Do all of our councillors and officers know about their corporate parenting responsibilities?',
			'How are we giving children and young people the chance to express their views, wishes and feelings? How do we know those are being acted on?',
			'How do we show children in our care that we have high aspirations for them?',
			'What are we doing to look after the health and wellbeing of children in our care?',
			'Are we providing stable environments for children in our care?',
			'What are outcomes like for our care leavers?',
			'How many children are we placing in out of area placements?',
			'How are we planning for the future/commissioning services?'
		]);
		expect(lines.map((q) => q.sourcePage)).toEqual([10, 10, 10, 11, 12, 13, 13, 14, 14]);
	});

	it('summarises each line’s explanation in our own words, never copying the pack', () => {
		const pack = seedFixture('lga-corporate-parenting-resource-pack.txt');
		for (const q of lines) {
			expect(q.notes?.length ?? 0, q.id).toBeGreaterThanOrEqual(2);
			for (const note of q.notes ?? []) expect(copiedRun(note, pack), `${q.id}: ${note}`).toBeUndefined();
		}
	});
});

describe('placing questions from more than one set', () => {
	it('numbers areas on from one set to the next and keeps each question with its set', () => {
		const placed = placedQuestions([
			{ id: 'lgsco-careless-2020', edition: '2020-12' },
			{ id: 'lga-corporate-parenting-kloe', edition: '2017' }
		]);
		expect(placed).toHaveLength(29);
		const first = placed[20];
		expect(first?.framework.id).toBe('lga-corporate-parenting-kloe');
		expect(`${first?.areaNumber}.${first?.questionNumber}`).toBe('6.1');
		expect(placed.at(-1)?.index).toBe(28);
	});
});

describe('a statement’s own questions and sets loaded from files', () => {
	const loaded: Framework = {
		id: 'lgsco-next-focus',
		title: 'Next focus report',
		shortTitle: 'LGSCO next',
		edition: '2027-01',
		source: { title: 'Next focus report', publisher: 'LGSCO', published: '2027-01', url: 'https://www.lgo.org.uk', licence: 'OGL' },
		areas: [{ id: 'n-a1', title: 'Placements', questions: [{ id: 'n-q1', text: 'How many?', sourcePage: 4, principleIds: [] }] }]
	};

	it('places the panel’s own areas after every set, numbered on, and marks them local', () => {
		const placed = placedQuestions({
			frameworks: [{ id: 'lgsco-careless-2020', edition: '2020-12' }],
			localAreas: [
				{ id: 'l-a1', title: 'Our lines of enquiry', questions: [{ id: 'l-q1', text: 'What do care leavers say?', principleIds: ['express-views'] }] },
				{ id: 'l-a2', title: 'An empty area', questions: [] }
			]
		});
		expect(placed).toHaveLength(21);
		const own = placed[20];
		expect(own?.local).toBe(true);
		expect(own?.framework.shortTitle).toBe('Local questions');
		expect(`${own?.areaNumber}.${own?.questionNumber}`).toBe('6.1');
		expect(own?.question.text).toBe('What do care leavers say?');
		expect(placed.slice(0, 20).every((p) => !p.local)).toBe(true);
	});

	it('takes a loaded set from the statement’s own copy at the recorded edition, and skips it when absent', () => {
		const refs = [{ id: 'lgsco-next-focus', edition: '2027-01' }];
		expect(placedQuestions({ frameworks: refs, importedSets: [loaded] }).map((p) => p.question.id)).toEqual(['n-q1']);
		expect(placedQuestions({ frameworks: refs, importedSets: [{ ...loaded, edition: '2026-06' }] })).toEqual([]);
		expect(placedQuestions(refs)).toEqual([]);
	});
});
