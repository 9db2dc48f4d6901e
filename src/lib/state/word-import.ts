import { validateFrameworkChoice } from '$lib/domain/assessment.ts';
import { placedQuestions, type PlacedQuestion } from '$lib/domain/frameworks/index.ts';
import type { Framework, FrameworkRef } from '$lib/domain/types.ts';
import { MAX_WORD_BYTES, wordFileProblem } from '$lib/domain/word-import/file-check.ts';
import type { WordReadResult } from '$lib/domain/word-import/read.ts';

/**
 * The Word import screen's bridge to the importer: reads the chosen file in
 * the browser (the browser's own HTML parser; mammoth and turndown loaded
 * only now, with the importer), and places the chosen sets' questions.
 * Nothing here writes to the database.
 */

/** Reads a Word document the person chose. A file over the limit is refused before it is read. */
export async function readWordFile(file: File, tableNumber?: number): Promise<WordReadResult> {
	if (file.size > MAX_WORD_BYTES) {
		// Only the size is needed to say what is wrong: a short stand-in keeps a 50 MB file out of memory.
		const problem = wordFileProblem(new Uint8Array(MAX_WORD_BYTES + 1), file.name)?.replace(/is \d+ MB/, `is ${Math.round(file.size / (1024 * 1024))} MB`);
		return { kind: 'problem', message: problem ?? `${file.name} is too large.` };
	}
	const bytes = new Uint8Array(await file.arrayBuffer());
	const { readWordDocument } = await import('$lib/domain/word-import/read.ts');
	return readWordDocument(bytes, file.name, { parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html') }, { tableNumber });
}

/** The chosen sets' questions in statement order, for matching and for the review screen's lists. */
export function questionsFor(frameworkIds: readonly string[], offered: readonly Framework[]): { refs: FrameworkRef[]; questions: PlacedQuestion[] } | undefined {
	const chosen = validateFrameworkChoice(frameworkIds, offered);
	if (!chosen.ok) return undefined;
	const importedSets = offered.filter((f) => chosen.value.some((r) => r.id === f.id && r.edition === f.edition));
	return { refs: chosen.value, questions: placedQuestions({ frameworks: chosen.value, importedSets }) };
}
