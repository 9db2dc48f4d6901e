// @ts-check
/**
 * Makes a position statement file from a council's Word document, with the
 * app's own importer:
 *
 *   npm run import-docx -- <file.docx> <out.json> [--sets lgsco-careless-2020,...] [--table N]
 *     [--council "…"] [--service "…"] [--panel "…"] [--meeting yyyy-mm-dd]
 *     [--coordinator "…"] [--designation "…"]
 *
 * Each row is matched to a question of the sets (the Ombudsman's questions
 * unless --sets says otherwise); rows matching nothing become the panel's
 * own questions. One line per row says what happened. The file is checked
 * as `npm run validate` checks it, then written; open it in the app with
 * "Open a file". Details not given read "Not given": change them in the app.
 * Exit 1 with the reason when the document cannot be imported.
 */

import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { runnerImport } from 'vite';

const usage =
	'Usage: npm run import-docx -- <file.docx> <out.json> [--sets id,id] [--table N] [--council …] [--service …] [--panel …] [--meeting yyyy-mm-dd] [--coordinator …] [--designation …]';
/** @type {ReturnType<typeof parseArgs<{ allowPositionals: true, options: Record<string, { type: 'string' }> }>>} */
let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: Object.fromEntries(['sets', 'table', 'council', 'service', 'panel', 'meeting', 'coordinator', 'designation'].map((k) => [k, { type: 'string' }]))
	});
} catch (error) {
	console.error(/** @type {Error} */ (error).message);
	console.error(usage);
	process.exit(2);
}
const { values, positionals } = parsed;
const [input, output] = positionals;
if (!input || !output || positionals.length > 2) {
	console.error(usage);
	process.exit(2);
}
const table = values.table === undefined ? undefined : Number(values.table);
if (table !== undefined && !(Number.isInteger(table) && table > 0)) {
	console.error(`--table must be a table's number, such as 2`);
	process.exit(2);
}

let bytes;
try {
	bytes = new Uint8Array(await readFile(input));
} catch (error) {
	console.error(`${input}: cannot be read (${/** @type {Error} */ (error).message})`);
	process.exit(2);
}

/** @type {typeof import('../src/lib/domain/word-import/to-file.ts')} */
const { docxToStatementFile } = (await runnerImport('/src/lib/domain/word-import/to-file.ts', { configFile: false, logLevel: 'silent' })).module;

const now = new Date().toISOString();
const [year = '', month = '', day = ''] = (values.meeting ?? now.slice(0, 10)).split('-');
const notGiven = 'Not given';
// The module runner closes once the importer is loaded, so the libraries are loaded here by Node itself.
const [mammoth, turndown, plugin] = await Promise.all([import('mammoth'), import('turndown'), import('turndown-plugin-gfm')]);
const env = {
	/** @param {string} html */
	parseHtml: (html) => new JSDOM(html).window.document,
	libraries: async () => ({ mammoth: mammoth.default, TurndownService: turndown.default, gfm: plugin.gfm })
};
const result = await docxToStatementFile(bytes, basename(input), env, {
	frameworkIds: (values.sets ?? 'lgsco-careless-2020').split(',').map((s) => s.trim()).filter(Boolean),
	tableNumber: table,
	details: {
		title: 'Position statement against LGSCO areas of focus',
		council: values.council ?? notGiven,
		service: values.service ?? notGiven,
		panel: values.panel ?? notGiven,
		meetingDate: { day, month, year },
		appendixLabel: 'Appendix 2',
		coordinatorName: values.coordinator ?? notGiven,
		coordinatorDesignation: values.designation ?? notGiven
	},
	now,
	newId: randomUUID,
	appVersion: '0.1.0'
});
if (!result.ok) {
	for (const line of result.lines) console.error(`${input}: ${line}`);
	process.exit(1);
}
for (const line of result.report) console.log(line);
for (const warning of result.warnings) console.log(`Check: ${warning}`);
await writeFile(output, result.text);
console.log(`${output}: ${result.matched} of ${result.rows} rows matched a question`);
