import * as v from 'valibot';
import { problemsFromIssues, type FileProblem } from '../file-format/read.ts';
import type { Framework } from '../types.ts';
import { MAX_QUESTION_SET_BYTES, QUESTION_SET_FILE_TYPE, QUESTION_SET_FORMAT_VERSION, QuestionSetFileSchema } from './schema.ts';

/** The result of reading a question-set file. */
export type QuestionSetReadResult = { ok: true; framework: Framework } | { ok: false; problems: FileProblem[] };

/** Ids used twice anywhere in the set (areas and questions share one space, as the app links to both). */
function duplicateIdProblems(framework: Framework): FileProblem[] {
	const seen = new Map<string, string>();
	const problems: FileProblem[] = [];
	framework.areas.forEach((area, a) => {
		const check = (itemId: string, path: string) => {
			const first = seen.get(itemId);
			if (first) problems.push({ path, message: `the id ${itemId} is already used at ${first}` });
			else seen.set(itemId, path);
		};
		check(area.id, `data.areas[${a}].id`);
		area.questions.forEach((q, i) => check(q.id, `data.areas[${a}].questions[${i}].id`));
	});
	return problems;
}

/**
 * Reads a question-set file's text: size, JSON, type and version, the
 * schema, then unique ids. Every problem names its place in the file.
 */
export function readQuestionSetFile(text: string, byteLength = new TextEncoder().encode(text).byteLength): QuestionSetReadResult {
	if (byteLength > MAX_QUESTION_SET_BYTES) {
		return {
			ok: false,
			problems: [{ path: '(the whole file)', message: `is ${(byteLength / 1024 / 1024).toFixed(1)} MB; the largest question set the app reads is ${MAX_QUESTION_SET_BYTES / 1024 / 1024} MB` }]
		};
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, problems: [{ path: '(the whole file)', message: 'is not a JSON file' }] };
	}
	const envelope = json as { type?: unknown; formatVersion?: unknown } | null;
	if (typeof envelope !== 'object' || envelope === null || envelope.type !== QUESTION_SET_FILE_TYPE) {
		return { ok: false, problems: [{ path: 'type', message: `expected "${QUESTION_SET_FILE_TYPE}": this is not a question-set file` }] };
	}
	if (typeof envelope.formatVersion === 'number' && envelope.formatVersion > QUESTION_SET_FORMAT_VERSION) {
		return { ok: false, problems: [{ path: 'formatVersion', message: `This file was made by a newer version (${envelope.formatVersion}); update the app` }] };
	}
	const result = v.safeParse(QuestionSetFileSchema, json);
	if (!result.success) return { ok: false, problems: problemsFromIssues(result.issues) };
	const framework: Framework = result.output.data;
	const duplicates = duplicateIdProblems(framework);
	if (duplicates.length > 0) return { ok: false, problems: duplicates };
	return { ok: true, framework };
}
