/**
 * Word-level differences between two versions of an answer's text, for the
 * answer history (and any screen that compares two versions). Pure and
 * deterministic: the same two texts always give the same parts.
 */

import { diffLines, diffWordsWithSpace, type Change } from 'diff';

/** Whether a run of text is in both versions, only in the later one, or only in the earlier one. */
export type DiffPartKind = 'same' | 'added' | 'removed';

/** One run of text in a comparison. Joining the `same` and `removed` texts gives the earlier version; `same` and `added`, the later one. */
export interface DiffPart {
	kind: DiffPartKind;
	text: string;
}

/** The comparison of two texts. */
export interface WordDiff {
	/** The runs of text in reading order; within a change, what was removed comes before what replaced it. */
	parts: DiffPart[];
	/** Words in the added runs. */
	wordsAdded: number;
	/** Words in the removed runs. */
	wordsRemoved: number;
	/**
	 * False when the texts differ so much that comparing word by word would
	 * take too long (hundreds of words rewritten): whole lines are compared
	 * instead, or as a last resort the whole texts.
	 */
	byWord: boolean;
}

// The most insertions plus deletions (words, spaces and punctuation each
// count one) worth comparing word by word. The cost grows with the square of
// this; 2,000 keeps the worst case near half a second on a laptop.
const MAX_EDITS = 2000;

/** Words in a text: runs between spaces that hold at least one letter or digit ("21.7%" is one word, "–" none). */
export function countWords(text: string): number {
	let n = 0;
	for (const run of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(run)) n += 1;
	return n;
}

/** Characters in a text as a person counts them (an emoji or accented letter is one). */
export function countCharacters(text: string): number {
	return Array.from(text).length;
}

/**
 * Compares `before` with `after` word by word. Spaces and line breaks count,
 * so a removed paragraph break shows. Single spaces between two changes are
 * folded into the change, so a rewritten phrase reads as one removal and one
 * addition rather than alternating words.
 */
export function wordDiff(before: string, after: string): WordDiff {
	if (before === after) return summarise(before ? [{ kind: 'same', text: before }] : [], true);
	const byWord = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDITS });
	if (byWord) return summarise(tidy(byWord.map(toPart)), true);
	const byLine = diffLines(before, after, { maxEditLength: MAX_EDITS });
	const parts = byLine ? byLine.map(toPart) : [
		{ kind: 'removed' as const, text: before },
		{ kind: 'added' as const, text: after }
	];
	return summarise(tidy(parts), false);
}

function toPart(change: Change): DiffPart {
	return { kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value };
}

/**
 * Folds whitespace-only common runs between changes into the change, puts
 * each change's removal before its addition, and joins neighbours of the
 * same kind.
 */
function tidy(raw: readonly DiffPart[]): DiffPart[] {
	const parts = raw.filter((p) => p.text !== '');
	const out: DiffPart[] = [];
	let removed = '';
	let added = '';
	const flush = () => {
		// Spaces at the edges of both sides of a change are common text: show them unmarked.
		const lead = removed && added ? sharedSpace(removed, added, 'start') : '';
		const trail = removed && added ? sharedSpace(removed.slice(lead.length), added.slice(lead.length), 'end') : '';
		if (lead) push(out, { kind: 'same', text: lead });
		if (removed) push(out, { kind: 'removed', text: removed.slice(lead.length, removed.length - trail.length) });
		if (added) push(out, { kind: 'added', text: added.slice(lead.length, added.length - trail.length) });
		if (trail) push(out, { kind: 'same', text: trail });
		removed = '';
		added = '';
	};
	parts.forEach((part, i) => {
		if (part.kind === 'removed') removed += part.text;
		else if (part.kind === 'added') added += part.text;
		else if ((removed || added) && /^\s+$/.test(part.text) && parts[i + 1] && parts[i + 1]!.kind !== 'same') {
			// A space between two changes belongs to both versions of the changed phrase.
			removed += part.text;
			added += part.text;
		} else {
			flush();
			push(out, part);
		}
	});
	flush();
	return out;
}

/** The whitespace both texts start (or end) with, leaving at least one other character in each. */
function sharedSpace(a: string, b: string, edge: 'start' | 'end'): string {
	let n = 0;
	const max = Math.min(a.length, b.length) - 1;
	const at = (text: string, i: number) => (edge === 'start' ? text[i] : text[text.length - 1 - i]);
	while (n < max && at(a, n) === at(b, n) && /\s/.test(at(a, n) ?? '')) n += 1;
	return edge === 'start' ? a.slice(0, n) : a.slice(a.length - n);
}

function push(out: DiffPart[], part: DiffPart): void {
	if (part.text === '') return;
	const last = out[out.length - 1];
	if (last && last.kind === part.kind) last.text += part.text;
	else out.push({ ...part });
}

function summarise(parts: DiffPart[], byWord: boolean): WordDiff {
	let wordsAdded = 0;
	let wordsRemoved = 0;
	for (const part of parts) {
		if (part.kind === 'added') wordsAdded += countWords(part.text);
		if (part.kind === 'removed') wordsRemoved += countWords(part.text);
	}
	return { parts, wordsAdded, wordsRemoved, byWord };
}
