/**
 * Reading the seed extracts in tests/fixtures/seeds: verbatim text from the
 * council papers, as their PDF extraction left it (lines broken mid-sentence,
 * hyphens at line ends, bullets, curly quotes).
 */

import { readFileSync } from 'node:fs';

/** A seed extract's text. */
export function seedFixture(name: string): string {
	return readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
}

/**
 * Makes a transcription and the seed comparable: joins words split by a
 * hyphen at a line end, drops hyphens (the extraction sometimes lost a real
 * hyphen at a line break, "lookedafter"), bullets and quote styles, and
 * collapses white space. Words and their order are untouched.
 */
export function normaliseForFidelity(text: string): string {
	return text
		.replace(/(\w)-[ \t]*\n\s*(\w)/g, '$1$2')
		.replace(/-/g, '')
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[•]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Lower-case words only, for comparing runs of words whatever the punctuation. */
function words(text: string): string[] {
	return text
		.replace(/(\w)-[ \t]*\n\s*(\w)/g, '$1$2')
		.toLowerCase()
		.replace(/[’']/g, '')
		.split(/[^a-z0-9£%]+/)
		.filter(Boolean);
}

/**
 * The first run of `length` consecutive words of `text` that also occurs in
 * `seed`, or undefined when the text shares no such run (so is not copied).
 */
export function copiedRun(text: string, seed: string, length = 12): string | undefined {
	const source = ` ${words(seed).join(' ')} `;
	const ours = words(text);
	for (let i = 0; i + length <= ours.length; i += 1) {
		const run = ours.slice(i, i + length).join(' ');
		if (source.includes(` ${run} `)) return run;
	}
	return undefined;
}
