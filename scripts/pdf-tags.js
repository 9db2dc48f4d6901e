// @ts-check
/**
 * Prints a PDF's tag tree (its structure tree, as a screen reader reads it),
 * with the same reader the PDF tests use (pdf.js and qpdf):
 *
 *   npm run pdf-tags -- <file.pdf>
 *
 * Then one line for text outside any tag (there should be none) and one for
 * what the catalogue says (language, marked, display title). Needs qpdf.
 */

import { access } from 'node:fs/promises';
import { runnerImport } from 'vite';

const [input] = process.argv.slice(2);
if (!input) {
	console.error('Usage: npm run pdf-tags -- <file.pdf>');
	process.exit(2);
}
try {
	await access(input);
} catch {
	console.error(`${input}: cannot be read`);
	process.exit(2);
}
process.env.PDF_TAGS_FILE = input;
await runnerImport('/scripts/pdf-tags-print.ts', { configFile: false, logLevel: 'silent' });
