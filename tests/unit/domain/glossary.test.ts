import { describe, expect, it } from 'vitest';
import { glossary, type GlossaryEntry } from '../../../src/lib/domain/glossary.ts';
import {
	findGlossaryTerms,
	groupByLetter,
	isAcronym,
	matchFormsOf,
	otherNames,
	searchGlossary
} from '../../../src/lib/domain/glossary-match.ts';

/** The ids of the terms found in `text`, in order. */
function ids(text: string, options?: { exclude?: ReadonlySet<string> }): string[] {
	return findGlossaryTerms(text, glossary, options).map((m) => m.entry.id);
}

/** What was matched, as written. */
function texts(text: string): string[] {
	return findGlossaryTerms(text, glossary).map((m) => m.text);
}

describe('the glossary data', () => {
	it('has at least 45 terms with unique ids', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(45);
		expect(new Set(glossary.map((e) => e.id)).size).toBe(glossary.length);
		expect(new Set(glossary.map((e) => e.term.toLowerCase())).size).toBe(glossary.length);
	});

	it('uses ids that work as page anchors', () => {
		for (const entry of glossary) expect(entry.id).toMatch(/^[a-z][a-z0-9-]*$/);
	});

	it('gives no spelling to two terms', () => {
		const owner = new Map<string, string>();
		const clashes: string[] = [];
		for (const entry of glossary) {
			for (const form of new Set(matchFormsOf(entry).map((f) => f.toLowerCase().replace(/[-\u2019]/g, (c) => (c === '-' ? ' ' : "'"))))) {
				const other = owner.get(form);
				if (other && other !== entry.id) clashes.push(`${form}: ${other} and ${entry.id}`);
				owner.set(form, entry.id);
			}
		}
		expect(clashes).toEqual([]);
	});

	it('defines every term in one to three sentences of no more than 400 characters', () => {
		for (const entry of glossary) {
			const definition = entry.definition.trim();
			expect(definition, entry.id).not.toBe('');
			expect(definition.length, entry.id).toBeLessThanOrEqual(400);
			expect(definition, entry.id).toMatch(/[.)]$/);
			const sentences = definition.split(/(?<=[.?!])\s+(?=[A-Z“(])/).length;
			expect(sentences, entry.id).toBeLessThanOrEqual(3);
		}
	});

	it('points "see also" only at other terms that exist', () => {
		const known = new Set(glossary.map((e) => e.id));
		for (const entry of glossary) {
			for (const id of entry.seeAlso ?? []) {
				expect(known.has(id), `${entry.id} → ${id}`).toBe(true);
				expect(id).not.toBe(entry.id);
			}
		}
	});

	it('includes the terms a councillor meets in these papers', () => {
		const required = [
			'IRO', 'PEP', 'LAC', 'CLA', 'SGO', 'EHCP', 'SEND', 'NEET', 'ETE', 'UASC', 'CAMHS', 'MASH', 'LADO', 'SN',
			'Staying Put', 'Staying Close', 'Local Offer', 'virtual school head', 'VSH', 'virtual school', 'pupil premium plus',
			'section 20', 'section 31', 'care order', 'sufficiency duty', 'corporate parenting', 'Corporate Parenting Principles',
			'care leaver', 'personal adviser', 'PA', 'pathway plan', 'care plan', 'placement stability', 'Stability Index',
			'unregulated', 'unregistered provision', 'supported accommodation', 'B&B', 'bed and breakfast', 'LGSCO', 'Ofsted',
			'ILACS', 'DfE', 'SSDA903', 'Children in Care Council', 'advocacy', 'independent visitor', 'kinship care', 'fostering',
			'residential children’s home', 'LSCP', 'safeguarding partnership', 'EHE', 'DBS', 'Regulation 44', 'exempt information',
			'Schedule 12A', 'Part 2', 'scrutiny panel', 'RAG rating'
		];
		const missing = required.filter((term) => ids(`A ${term} here.`).length === 0);
		expect(missing).toEqual([]);
	});
});

describe('spellings', () => {
	it('treats one-word spellings with two or more capitals as acronyms', () => {
		expect(isAcronym('IRO')).toBe(true);
		expect(isAcronym('DfE')).toBe(true);
		expect(isAcronym('B&B')).toBe(true);
		expect(isAcronym('Ofsted')).toBe(false);
		expect(isAcronym('Staying Put')).toBe(false);
	});

	it('shows readers the other names, not every spelling variant', () => {
		const lac = glossary.find((e) => e.id === 'looked-after-children') as GlossaryEntry;
		expect(otherNames(lac)).toEqual(expect.arrayContaining(['LAC', 'CLA', 'children looked after']));
		expect(otherNames(lac)).not.toContain('looked after child');
		const made: GlossaryEntry = { id: 'x', term: 'Care leaver', aliases: ['care-leavers', 'Care Leaver', 'CL'], definition: 'X.' };
		expect(otherNames(made)).toEqual(['CL']);
	});
});

describe('finding terms in an answer', () => {
	it('matches whole words and plurals only', () => {
		expect(texts('The IRO met the IROs.')).toEqual(['IRO']);
		expect(texts('IROs raised alerts')).toEqual(['IROs']);
		expect(texts('The IRO’s report')).toEqual(['IRO']);
		expect(ids('IRONING is not a term')).toEqual([]);
		expect(ids('Snow fell; SNOW fell')).toEqual([]);
		expect(ids('England 29%, SN 33%')).toEqual(['sn']);
		expect(ids('section 200 of another Act')).toEqual([]);
	});

	it('matches acronyms only in capitals, phrases in any case', () => {
		expect(ids('a pep talk and an iro')).toEqual([]);
		expect(ids('a PEP')).toEqual(['pep']);
		expect(ids('STAYING PUT and staying put')).toEqual(['staying-put']);
		expect(ids('our local offer')).toEqual(['local-offer']);
		expect(ids('Ofsted and OFSTED')).toEqual(['ofsted']);
		expect(ids('part 2 of this report')).toEqual([]);
		expect(ids('a Part 2 item')).toEqual(['part-2']);
	});

	it('marks each term once, at its first use, by any of its names', () => {
		const found = findGlossaryTerms(
			'An independent reviewing officer (IRO) chairs reviews. Later the IRO escalated. Statistical neighbours (SN) 33%.',
			glossary
		);
		expect(found.map((m) => [m.entry.id, m.text])).toEqual([
			['iro', 'independent reviewing officer'],
			['sn', 'Statistical neighbours']
		]);
		expect(found[0]?.start).toBe(3);
		expect(found[0]?.end).toBe(3 + 'independent reviewing officer'.length);
	});

	it('prefers the longest match', () => {
		expect(texts('The virtual school head and the virtual school')).toEqual(['virtual school head', 'virtual school']);
		expect(ids('the Corporate Parenting Principles')).toEqual(['corporate-parenting-principles']);
		expect(ids('a LAC review')).toEqual(['looked-after-review']);
		expect(ids('young people not in education, employment or training')).toEqual(['neet']);
	});

	it('treats hyphens, line breaks and curly apostrophes like their plain forms', () => {
		expect(ids('looked-after children')).toEqual(['looked-after-children']);
		expect(ids('independent reviewing\nofficer')).toEqual(['iro']);
		expect(ids("children's homes")).toEqual(['childrens-home']);
		expect(ids('children’s homes')).toEqual(['childrens-home']);
	});

	it('ignores terms inside web and email addresses', () => {
		expect(ids('See https://example.org/IRO/PEP-guide for the IRO guide')).toEqual(['iro']);
		const text = 'See https://example.org/IRO then IRO';
		expect(findGlossaryTerms(text, glossary).map((m) => m.start)).toEqual([text.lastIndexOf('IRO')]);
		expect(ids('Write to IRO@anytown.gov.uk or www.anytown.gov.uk/PEP')).toEqual([]);
	});

	it('passes over terms already explained earlier in the answer', () => {
		expect(ids('The IRO and the PEP', { exclude: new Set(['iro']) })).toEqual(['pep']);
		// An explained term still hides the shorter terms inside it.
		expect(ids('virtual school head', { exclude: new Set(['virtual-school-head']) })).toEqual([]);
	});

	it('finds the terms in a real answer, in order', () => {
		const answer =
			'**94%** of school-age children in care had an up-to-date personal education plan (PEP) at the end of the autumn term. The virtual school quality-assures every PEP; 3 young people are in Staying Put arrangements (SN 2).';
		expect(ids(answer)).toEqual(['pep', 'virtual-school', 'staying-put', 'sn']);
	});
});

describe('the glossary page', () => {
	it('finds terms by the start of any word of their names, in any case', () => {
		const byName = (query: string) => searchGlossary(glossary, query).byName.map((e) => e.id);
		expect(byName('iro')).toEqual(['iro']);
		expect(byName('  INDEPENDENT   reviewing ')).toEqual(['iro']);
		expect(byName('CLA')).toEqual(expect.arrayContaining(['looked-after-children', 'looked-after-review', 'ssda903']));
		expect(byName('b&b')).toEqual(['b-and-b']);
		expect(byName('care')).toEqual(expect.arrayContaining(['care-leaver', 'care-order', 'care-plan', 'kinship-care', 'fostering']));
		// Word starts only: "tor" is not found inside "visitor" or "Director".
		expect(byName('tor')).toEqual([]);
		expect(byName('visit')).toEqual(expect.arrayContaining(['independent-visitor', 'statutory-visits']));
		expect(searchGlossary(glossary, '')).toEqual({ byName: [...glossary], byDefinition: [] });
	});

	it('keeps terms that only mention the words in their definition apart', () => {
		const found = searchGlossary(glossary, 'children in care');
		expect(found.byName.map((e) => e.id)).toContain('cic-council');
		expect(found.byDefinition.map((e) => e.id)).toContain('looked-after-children');
		expect(found.byDefinition.some((e) => found.byName.includes(e))).toBe(false);
		const leaving = searchGlossary(glossary, 'leaving care');
		expect(leaving.byName).toEqual([]);
		expect(leaving.byDefinition.map((e) => e.id)).toEqual(expect.arrayContaining(['care-leaver', 'pathway-plan']));
		expect(searchGlossary(glossary, 'zzzz')).toEqual({ byName: [], byDefinition: [] });
	});

	it('groups terms A to Z', () => {
		const groups = groupByLetter(glossary);
		expect(groups.map((g) => g.letter)).toEqual([...groups.map((g) => g.letter)].sort());
		expect(groups.find((g) => g.letter === 'B')?.entries.map((e) => e.term)).toContain('B&B');
		const s = groups.find((g) => g.letter === 'S')?.entries.map((e) => e.term) ?? [];
		expect(s).toEqual([...s].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
		expect(groups.flatMap((g) => g.entries)).toHaveLength(glossary.length);
	});
});
