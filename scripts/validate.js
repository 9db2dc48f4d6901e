// @ts-check
/**
 * Checks an exchange file (statement or backup), or a question-set file, with
 * the same validator the app uses on import.
 *
 *   npm run validate -- path/to/file.json
 *
 * Exit 0 with a one-line summary for a good file; exit 1 with one line per
 * problem, each naming where it is (data.responses[3].reporters[0].name: …).
 */

import { readFileSync, statSync } from 'node:fs';
import { runnerImport } from 'vite';

const path = process.argv[2];
if (!path) {
	console.error('Usage: npm run validate -- <file.json>');
	process.exit(2);
}

let text = '';
try {
	if (statSync(path).size > 60 * 1024 * 1024) {
		console.error(`${path}: (the whole file): the file is too large to be an exchange file`);
		process.exit(1);
	}
	text = readFileSync(path, 'utf8');
} catch (error) {
	console.error(`${path}: cannot be read (${/** @type {Error} */ (error).message})`);
	process.exit(2);
}

/** True when the file says it is a question set; only the checker it needs is loaded (each takes a while to start). */
function isQuestionSet() {
	try {
		return JSON.parse(text)?.type === 'scrutiny-question-set';
	} catch {
		return false;
	}
}

const options = { configFile: /** @type {false} */ (false), logLevel: /** @type {'silent'} */ ('silent') };
let result;
if (isQuestionSet()) {
	/** @type {typeof import('../src/lib/domain/question-sets/check.ts')} */
	const { checkQuestionSetFile } = (await runnerImport('/src/lib/domain/question-sets/check.ts', options)).module;
	result = checkQuestionSetFile(text);
} else {
	/** @type {typeof import('../src/lib/domain/file-format/check.ts')} */
	const { checkFile } = (await runnerImport('/src/lib/domain/file-format/check.ts', options)).module;
	result = checkFile(text);
}
if (result.ok) {
	console.log(`${path}: ${result.summary}`);
} else {
	for (const line of result.lines) console.error(`${path}: ${line}`);
	process.exit(1);
}
