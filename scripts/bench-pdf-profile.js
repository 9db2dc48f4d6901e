// @ts-check
/**
 * Renders the example statement's PDF repeatedly in Node, alternating with
 * the floor (see pdf-figures.ts), and prints both medians and their ratio:
 *
 *   node scripts/bench-pdf-profile.js [runs]
 *   node --cpu-prof --cpu-prof-dir=/tmp/pdf-prof scripts/bench-pdf-profile.js [runs]
 *
 * With PROFILE=render (or floor) only that one is rendered, for a profile of it alone.
 */

import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const EXAMPLE = fileURLToPath(new URL('../examples/anytown-position-statement.json', import.meta.url));
const runs = Number(process.argv[2] ?? 20);
const only = process.env.PROFILE;

/** @type {typeof import('./pdf-figures.ts')} */
const { exampleForBench } = (await runnerImport('/scripts/pdf-figures.ts', { configFile: false, logLevel: 'silent' })).module;
const { example, loaded, renderPdfReport, renderFloorPdf } = await exampleForBench(EXAMPLE);
await renderPdfReport(example, loaded);
renderFloorPdf(example, loaded);

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
/** @type {number[]} */
const floor = [];
/** @type {number[]} */
const render = [];
for (let i = 0; i < runs; i++) {
	if (only !== 'render') {
		const start = performance.now();
		renderFloorPdf(example, loaded);
		floor.push(performance.now() - start);
	}
	if (only !== 'floor') {
		const start = performance.now();
		await renderPdfReport(example, loaded);
		render.push(performance.now() - start);
	}
}
const f = median(floor);
const r = median(render);
console.log(`floor ${f.toFixed(1)} ms, render ${r.toFixed(1)} ms, ratio ${(r / f).toFixed(2)}`);
