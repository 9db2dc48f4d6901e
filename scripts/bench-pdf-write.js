// @ts-check
/** Writes the example's PDF and the floor's to the paths given (for looking at them): node scripts/bench-pdf-write.js out.pdf floor.pdf */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const EXAMPLE = fileURLToPath(new URL('../examples/anytown-position-statement.json', import.meta.url));
/** @type {typeof import('./pdf-figures.ts')} */
const { exampleForBench } = (await runnerImport('/scripts/pdf-figures.ts', { configFile: false, logLevel: 'silent' })).module;
const { example, loaded, renderPdfReport, renderFloorPdf } = await exampleForBench(EXAMPLE);
const report = await renderPdfReport(example, loaded);
writeFileSync(process.argv[2] ?? 'example.pdf', report.bytes);
if (process.argv[3]) writeFileSync(process.argv[3], renderFloorPdf(example, loaded));
console.log(`${report.pages} pages, ${report.bytes.byteLength} bytes`);
