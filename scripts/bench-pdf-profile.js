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
/** @type {Record<'floor' | 'render', { wall: number[]; cpu: number[] }>} */
const times = { floor: { wall: [], cpu: [] }, render: { wall: [], cpu: [] } };
/**
 * @param {'floor' | 'render'} which
 * @param {() => unknown} run
 */
async function time(which, run) {
	const cpu = process.cpuUsage();
	const start = performance.now();
	await run();
	times[which].wall.push(performance.now() - start);
	const used = process.cpuUsage(cpu);
	times[which].cpu.push((used.user + used.system) / 1000);
}
for (let i = 0; i < runs; i++) {
	if (only !== 'render') await time('floor', () => renderFloorPdf(example, loaded));
	if (only !== 'floor') await time('render', () => renderPdfReport(example, loaded));
}
const f = median(times.floor.wall);
const r = median(times.render.wall);
const fc = median(times.floor.cpu);
const rc = median(times.render.cpu);
// CPU time (user + system, including GC threads) is steadier than wall time on a busy machine.
console.log(`wall: floor ${f.toFixed(1)} ms, render ${r.toFixed(1)} ms, ratio ${(r / f).toFixed(2)}; cpu: floor ${fc.toFixed(1)} ms, render ${rc.toFixed(1)} ms, ratio ${(rc / fc).toFixed(2)}`);
