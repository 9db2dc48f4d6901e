import type { GlossaryEntry } from './glossary.ts';

/**
 * Finding glossary terms in an answer, and searching and ordering the
 * glossary for its page. Pure: the reading view uses `findGlossaryTerms` on
 * each text node of a rendered answer to mark the first use of each term.
 */

/** One term found in a text. */
export interface GlossaryMatch {
	entry: GlossaryEntry;
	/** Index of the first character matched. */
	start: number;
	/** Index just after the match (a plural "s" included). */
	end: number;
	/** The words as written in the text, e.g. "IROs". */
	text: string;
}

/** Options for `findGlossaryTerms`. */
export interface FindOptions {
	/**
	 * Ids of terms already explained earlier in the same answer: their uses
	 * are passed over (and not mistaken for a shorter term) but not reported.
	 */
	exclude?: ReadonlySet<string>;
}

/** Every spelling an entry is recognised by: its term, expansion and aliases. */
export function matchFormsOf(entry: GlossaryEntry): string[] {
	return [entry.term, ...(entry.expansion ? [entry.expansion] : []), ...entry.aliases];
}

/**
 * True when a spelling is an acronym, matched with its exact capitals: one
 * word with two or more capital letters ("IRO", "DfE", "B&B", "SSDA903").
 * Everything else is a phrase and matched in any case ("Staying Put",
 * "staying put").
 */
export function isAcronym(form: string): boolean {
	return !/\s/.test(form) && (form.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

interface Form {
	entry: GlossaryEntry;
	/** Folded for comparison: see `fold`. */
	chars: string[];
	caseSensitive: boolean;
}

interface Compiled {
	/** Forms by their folded, lower-case first character, longest first. */
	byFirst: Map<string, Form[]>;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
	return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Folds the characters that vary between spellings of the same words:
 * curly and straight apostrophes, hyphens, dashes and spaces (so
 * "looked-after" is "looked after", and a line break inside a phrase
 * still matches). Every character folds to exactly one, so positions in the
 * folded text are positions in the original.
 */
function fold(ch: string, caseSensitive: boolean): string {
	if (ch === '\u2019' || ch === '\u2018') return "'";
	if (ch === '-' || ch === '\u2010' || ch === '\u2011' || /\s/.test(ch)) return ' ';
	if (caseSensitive) return ch;
	const lower = ch.toLowerCase();
	return lower.length === 1 ? lower : ch;
}

const compiledCache = new WeakMap<readonly GlossaryEntry[], Compiled>();

function compile(glossary: readonly GlossaryEntry[]): Compiled {
	const cached = compiledCache.get(glossary);
	if (cached) return cached;
	const byFirst = new Map<string, Form[]>();
	for (const entry of glossary) {
		for (const form of matchFormsOf(entry)) {
			const caseSensitive = entry.caseSensitive === true || isAcronym(form);
			const chars = [...form].map((ch) => fold(ch, caseSensitive));
			const key = fold(chars[0] ?? '', false);
			const list = byFirst.get(key) ?? [];
			list.push({ entry, chars, caseSensitive });
			byFirst.set(key, list);
		}
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.chars.length - a.chars.length);
	const compiled = { byFirst };
	compiledCache.set(glossary, compiled);
	return compiled;
}

// Web and email addresses are left alone: a term inside one is not a use of it.
const ADDRESS = /(?:https?:\/\/|mailto:|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

function addressSpans(text: string): { start: number; end: number }[] {
	return [...text.matchAll(ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Where a form matches at `start` (with an optional plural "s"), or -1. */
function matchEnd(text: string, start: number, form: Form, limit: number): number {
	const n = form.chars.length;
	if (start + n > limit) return -1;
	for (let k = 0; k < n; k += 1) {
		if (fold(text[start + k] ?? '', form.caseSensitive) !== form.chars[k]) return -1;
	}
	let end = start + n;
	const plural = text[end] === 's' || (!form.caseSensitive && text[end] === 'S');
	if (plural && end + 1 <= limit && !isWordChar(text[end + 1])) end += 1;
	if (isWordChar(text[end]) && isWordChar(text[end - 1])) return -1;
	return end;
}

/**
 * Finds the first use of each glossary term in `text`, in order of
 * appearance. A use is a whole word or phrase (an optional plural "s"
 * allowed): "IRO" is found in "IROs" and "IRO's" but not in "IRONING", and
 * "SN" not in "SNOW". Acronyms match only with their capitals; phrases in
 * any case. Where spellings overlap the longest wins ("virtual school head"
 * over "virtual school"). Terms inside web or email addresses are ignored.
 */
export function findGlossaryTerms(text: string, glossary: readonly GlossaryEntry[], options: FindOptions = {}): GlossaryMatch[] {
	const { byFirst } = compile(glossary);
	const spans = addressSpans(text);
	const seen = new Set(options.exclude);
	const matches: GlossaryMatch[] = [];
	let span = 0;
	let i = 0;
	while (i < text.length) {
		while (span < spans.length && (spans[span]?.end ?? 0) <= i) span += 1;
		const next = spans[span];
		if (next && next.start <= i) {
			i = next.end;
			continue;
		}
		if (isWordChar(text[i - 1]) || !isWordChar(text[i])) {
			i += 1;
			continue;
		}
		const limit = next ? next.start : text.length;
		let found: { form: Form; end: number } | undefined;
		for (const form of byFirst.get(fold(text[i] ?? '', false)) ?? []) {
			const end = matchEnd(text, i, form, limit);
			if (end > 0) {
				found = { form, end };
				break;
			}
		}
		if (!found) {
			i += 1;
			continue;
		}
		const { entry } = found.form;
		if (!seen.has(entry.id)) {
			seen.add(entry.id);
			matches.push({ entry, start: i, end: found.end, text: text.slice(i, found.end) });
		}
		i = found.end;
	}
	return matches;
}

function normalise(text: string): string {
	return [...text].map((ch) => fold(ch, false)).join('').replace(/ +/g, ' ').trim();
}

/** The words of a text for searching: folded, split at spaces and punctuation ("B&B" and "PP+" stay whole). */
function searchWords(text: string): string[] {
	return normalise(text)
		.split(/[\s,.;:!?()[\]{}"“”‘’/|]+/u)
		.map((w) => w.replace(/^'+|'+$/g, ''))
		.filter(Boolean);
}

function matchesAll(queryWords: readonly string[], text: string): boolean {
	const words = searchWords(text);
	return queryWords.every((q) => words.some((w) => w.startsWith(q)));
}

/** What a search of the glossary found. */
export interface GlossarySearch {
	/** Entries one of whose names (term, expansion, other spellings) has every word searched for. */
	byName: GlossaryEntry[];
	/** Other entries whose definition has every word searched for. */
	byDefinition: GlossaryEntry[];
}

/**
 * Searches the glossary as the reader types: every word of the query must
 * start a word (so "leav" finds "leaving" but "care" does not find
 * "childcare"), in any case. Terms whose names match come first; terms that
 * only mention the words in their definition are kept apart. An empty
 * query returns every entry by name.
 */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string): GlossarySearch {
	const words = searchWords(query);
	if (words.length === 0) return { byName: [...entries], byDefinition: [] };
	const byName = entries.filter((entry) => matchesAll(words, matchFormsOf(entry).join(' | ')));
	const named = new Set(byName);
	const byDefinition = entries.filter((entry) => !named.has(entry) && matchesAll(words, entry.definition));
	return { byName, byDefinition };
}

/** Entries sorted A to Z by term, ignoring case. */
export function sortGlossary(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
	return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
}

/** The capital letter an entry is filed under; "#" for a term that starts with a digit or symbol. */
export function letterOf(entry: GlossaryEntry): string {
	const first = entry.term.normalize('NFD').charAt(0).toUpperCase();
	return /[A-Z]/.test(first) ? first : '#';
}

/** Entries grouped by letter, A to Z, each group sorted. Letters with no entries are left out. */
export function groupByLetter(entries: readonly GlossaryEntry[]): { letter: string; entries: GlossaryEntry[] }[] {
	const groups = new Map<string, GlossaryEntry[]>();
	for (const entry of sortGlossary(entries)) {
		const letter = letterOf(entry);
		groups.set(letter, [...(groups.get(letter) ?? []), entry]);
	}
	return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([letter, list]) => ({ letter, entries: list }));
}

function baseForm(text: string): string {
	return normalise(text).replace(/\bchildren\b/g, 'child').replace(/s$/, '');
}

/**
 * The other names worth showing a reader ("Also called LAC, CLA"): aliases
 * that are not just the term or expansion in another case, with hyphens, or
 * as a plural ("looked after child" beside "looked after children").
 */
export function otherNames(entry: GlossaryEntry): string[] {
	const shown = new Set([baseForm(entry.term), ...(entry.expansion ? [baseForm(entry.expansion)] : [])]);
	const names: string[] = [];
	for (const alias of entry.aliases) {
		const key = baseForm(alias);
		if (shown.has(key)) continue;
		shown.add(key);
		names.push(alias);
	}
	return names;
}
