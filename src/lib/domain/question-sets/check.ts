import { formatProblems } from '../file-format/read.ts';
import { frameworks } from '../frameworks/index.ts';
import { describeSize, planLoad } from './library.ts';
import { readQuestionSetFile } from './read.ts';
import { QUESTION_SET_FORMAT_VERSION } from './schema.ts';

/**
 * Checks a question-set file as the app would on loading it (apart from the
 * editions already on a device), and says in lines for a person what it holds
 * or what is wrong: `data.areas[2].questions[0].id: …`.
 */
export function checkQuestionSetFile(text: string): { ok: true; summary: string } | { ok: false; lines: string[] } {
	const result = readQuestionSetFile(text);
	if (!result.ok) return { ok: false, lines: formatProblems(result.problems) };
	const plan = planLoad(result.framework, [], frameworks);
	if (plan.kind === 'refused') return { ok: false, lines: formatProblems(plan.problems) };
	const f = result.framework;
	return { ok: true, summary: `a valid question-set file (format version ${QUESTION_SET_FORMAT_VERSION}): ${f.shortTitle} (edition ${f.edition}): ${describeSize(f)}` };
}
