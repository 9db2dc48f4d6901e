import { describe, expect, it } from 'vitest';
import { countCharacters, countWords, wordDiff, type DiffPart } from '../../../src/lib/domain/word-diff.ts';

/** The earlier and later texts, rebuilt from the parts. */
function rebuild(parts: DiffPart[]): { before: string; after: string } {
	return {
		before: parts.filter((p) => p.kind !== 'added').map((p) => p.text).join(''),
		after: parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')
	};
}

describe('wordDiff', () => {
	it('marks a replaced word as removed then added', () => {
		const diff = wordDiff('Four young people are in unregulated homes.', 'Five young people are in unregulated homes.');
		expect(diff.parts).toEqual([
			{ kind: 'removed', text: 'Four' },
			{ kind: 'added', text: 'Five' },
			{ kind: 'same', text: ' young people are in unregulated homes.' }
		]);
		expect(diff).toMatchObject({ wordsAdded: 1, wordsRemoved: 1, byWord: true });
	});

	it('shows a rewritten phrase as one removal and one addition, not alternating words', () => {
		const diff = wordDiff('Visits are checked monthly by managers.', 'Visits are audited every quarter by the IRO.');
		expect(diff.parts).toEqual([
			{ kind: 'same', text: 'Visits are ' },
			{ kind: 'removed', text: 'checked monthly' },
			{ kind: 'added', text: 'audited every quarter' },
			{ kind: 'same', text: ' by ' },
			{ kind: 'removed', text: 'managers' },
			{ kind: 'added', text: 'the IRO' },
			{ kind: 'same', text: '.' }
		]);
		expect(diff.wordsAdded).toBe(5);
		expect(diff.wordsRemoved).toBe(3);
	});

	it('keeps the spaces around a change unmarked', () => {
		expect(wordDiff('a b c', 'x y z').parts).toEqual([
			{ kind: 'removed', text: 'a b c' },
			{ kind: 'added', text: 'x y z' }
		]);
		expect(wordDiff('one two three', 'one 2 three').parts).toEqual([
			{ kind: 'same', text: 'one ' },
			{ kind: 'removed', text: 'two' },
			{ kind: 'added', text: '2' },
			{ kind: 'same', text: ' three' }
		]);
	});

	it('counts words added at the end and removed from the start', () => {
		const diff = wordDiff('Draft. 81% visited within 6 weeks.', '81% visited within 6 weeks. Statistical neighbours: 78%.');
		expect(diff.wordsRemoved).toBe(1);
		expect(diff.wordsAdded).toBe(3);
		expect(diff.parts[0]).toEqual({ kind: 'removed', text: 'Draft. ' });
		expect(diff.parts.at(-1)).toEqual({ kind: 'added', text: ' Statistical neighbours: 78%.' });
	});

	it('shows a removed paragraph break', () => {
		const diff = wordDiff('Line one.\n\nLine two.', 'Line one.\nLine two.');
		expect(diff.parts).toEqual([
			{ kind: 'same', text: 'Line one.\n' },
			{ kind: 'removed', text: '\n' },
			{ kind: 'same', text: 'Line two.' }
		]);
		expect(diff.wordsRemoved).toBe(0);
	});

	it('gives one unchanged part for identical texts and none for two empty ones', () => {
		expect(wordDiff('Same text.', 'Same text.')).toEqual({
			parts: [{ kind: 'same', text: 'Same text.' }],
			wordsAdded: 0,
			wordsRemoved: 0,
			byWord: true
		});
		expect(wordDiff('', '').parts).toEqual([]);
	});

	it('handles a first version (from nothing) and an emptied answer', () => {
		expect(wordDiff('', 'New answer text').parts).toEqual([{ kind: 'added', text: 'New answer text' }]);
		expect(wordDiff('Old answer', '').parts).toEqual([{ kind: 'removed', text: 'Old answer' }]);
		expect(wordDiff('Old answer', '').wordsRemoved).toBe(2);
	});

	it('always rebuilds both texts exactly from its parts', () => {
		const pairs: [string, string][] = [
			['a b c', 'x y z'],
			['21.7% (Q2 2020/21)', '22.1% (Q3 2020/21) – England 19%'],
			['- 3 in supported lodgings\n- 1 in semi-independent', '- 2 in supported lodgings\n- 1 in semi-independent\n- 1 in foster care'],
			['  leading and trailing  ', 'leading  and trailing'],
			['Café naïve 😀 text', 'Cafe naive 😀 texts'],
			['one', 'one two'],
			['| A | B |\n| --- | --- |', '| A | B | C |\n| --- | --- | --- |']
		];
		for (const [before, after] of pairs) {
			const { parts } = wordDiff(before, after);
			expect(rebuild(parts)).toEqual({ before, after });
			// No empty parts, and never two neighbours of the same kind.
			expect(parts.every((p) => p.text !== '')).toBe(true);
			expect(parts.every((p, i) => i === 0 || parts[i - 1]!.kind !== p.kind)).toBe(true);
		}
	});

	it('falls back to whole lines when too much was rewritten to compare word by word, still exactly', () => {
		const words = (n: number, step: number) => Array.from({ length: n }, (_, i) => `w${(i * step) % 997}`).join(' ');
		const before = `Kept first line.\n${words(1500, 7919)}\nKept last line.`;
		const after = `Kept first line.\n${words(1500, 104729)}\nKept last line.`;
		const diff = wordDiff(before, after);
		expect(diff.byWord).toBe(false);
		expect(rebuild(diff.parts)).toEqual({ before, after });
		expect(diff.parts[0]).toEqual({ kind: 'same', text: 'Kept first line.\n' });
		expect(diff.wordsRemoved).toBe(1500);
		expect(diff.wordsAdded).toBe(1500);
	});

	it('compares a long answer with a small change word by word', () => {
		const long = Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' ');
		const diff = wordDiff(long, long.replace('word2500', 'changed'));
		expect(diff.byWord).toBe(true);
		expect(diff.parts.filter((p) => p.kind !== 'same')).toEqual([
			{ kind: 'removed', text: 'word2500' },
			{ kind: 'added', text: 'changed' }
		]);
	});
});

describe('countWords and countCharacters', () => {
	it('count words as runs between spaces holding a letter or digit', () => {
		expect(countWords('')).toBe(0);
		expect(countWords('   ')).toBe(0);
		expect(countWords('21.7% (Q2 2020/21) – England: 19%')).toBe(5);
		expect(countWords('- 3 in supported lodgings\n- 1 in semi-independent')).toBe(7);
		expect(countWords('**Bold** _italic_ [link](https://example.org)')).toBe(3);
	});

	it('count characters as a person would', () => {
		expect(countCharacters('Café 😀')).toBe(6);
		expect(countCharacters('')).toBe(0);
	});
});
