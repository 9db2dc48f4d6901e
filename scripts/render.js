// @ts-check
/**
 * Renders a saved position statement file in Node with the app's own code:
 *
 *   npm run render -- <statement.json> <out.pdf|out.docx|out.html> [--exempt] [--no-summary]
 *
 * The output format follows the output file's extension. `--exempt` makes the
 * exempt (not for publication) version; the public version is the default.
 * A file that is not a valid statement file is refused, one line per problem.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [input, output] = args.filter((a) => !a.startsWith('--'));
const unknown = [...flags].filter((f) => f !== '--exempt' && f !== '--no-summary');
if (!input || !output || unknown.length > 0) {
	if (unknown.length > 0) console.error(`Unknown option: ${unknown.join(', ')}`);
	console.error('Usage: npm run render -- <statement.json> <out.pdf|out.docx|out.html> [--exempt] [--no-summary]');
	process.exit(2);
}
const format = extname(output).slice(1).toLowerCase();
if (format !== 'pdf' && format !== 'docx' && format !== 'html') {
	console.error(`${output}: the output must end .pdf, .docx or .html`);
	process.exit(2);
}

/** @type {typeof import('../src/lib/export/render-file.ts')} */
const { renderStatementFile } = (await runnerImport('/src/lib/export/render-file.ts', { configFile: false, logLevel: 'silent' })).module;

let text;
try {
	text = await readFile(input, 'utf8');
} catch (error) {
	console.error(`${input}: cannot be read (${/** @type {Error} */ (error).message})`);
	process.exit(2);
}

const fontsDir = new URL('../static/fonts/', import.meta.url);
const result = await renderStatementFile(text, {
	format,
	version: flags.has('--exempt') ? 'exempt' : 'public',
	includeSummary: !flags.has('--no-summary'),
	now: new Date().toISOString(),
	readFont: async (name) => {
		const bytes = await readFile(new URL(name, fontsDir));
		return /** @type {ArrayBuffer} */ (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
	}
});
if (!result.ok) {
	for (const line of result.problems) console.error(`${input}: ${line}`);
	process.exit(1);
}
await writeFile(output, result.bytes);
console.log(`${output}: ${result.questions} questions, ${(result.bytes.byteLength / 1024).toFixed(0)} KB (${flags.has('--exempt') ? 'exempt' : 'public'} version)`);
