// @ts-check
/**
 * Performance figures for the built app, one line each on stdout:
 *
 *   first-load-js-gzip: N KB    JavaScript the home screen loads, gzipped
 *   home-1-statements-ms: N ms  the home screen's cold load with one statement stored:
 *                               a new tab, from navigation to its list in the page
 *                               (median of HOME_LOADS)
 *   home-500-statements-ms: N ms  the same with 500 statements stored (same run,
 *                               loads alternating with the one-statement device)
 *   home-ratio-500: N           home-500-statements-ms divided by home-1-statements-ms
 *   save-latency-median: N ms   last keystroke → answer in IndexedDB
 *   export-pdf-ms: N ms         making the example's PDF on the export screen
 *   pdf-floor-median: N ms      the example's answers as plain text in a four-column
 *                               jspdf-autotable table, same fonts, same run (the floor)
 *   pdf-render-median: N ms     the example's PDF in Node, median of 5 after a warm-up
 *   pdf-render-ratio: N         pdf-render-median divided by pdf-floor-median
 *   pdf-bytes: N KB             the size of that PDF
 *   pdf-render-stress-median: N ms  a 60-question statement of 40+ pages, likewise
 *   sync-fanout-median, sync-fanout-p95, server-rss-idle, server-rss-200-docs:
 *                               the team server's figures (scripts/bench-team.ts)
 *   sync-latency-median, sync-latency-p95, sync-catch-up-100:
 *                               live sync between two browsers (scripts/bench-sync.ts)
 *
 * Needs a build: run `npm run build` first. Progress and errors go to stderr.
 * BENCH_ONLY=home prints only the home-screen figures; BENCH_ONLY=pdf only the
 * Node-side PDF figures (no build or browser needed).
 */

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';
import { launchChromium, newPage } from './chromium.js';
import { buildDir, startServer } from './serve.js';

/** How many saves the latency figure is the median of. */
const SAVES = 20;

/** The database and store the app keeps answers in (src/lib/storage/db.ts). */
const DATABASE = 'scrutiny-position-statements';
const RESPONSES = 'responses';

/** How many exports the PDF figure is the median of. */
const EXPORTS = 5;

/** The example statement the export figure is measured on. */
const EXAMPLE = fileURLToPath(new URL('../examples/anytown-position-statement.json', import.meta.url));

/** How many cold loads of the home screen each home figure is the median of. */
const HOME_LOADS = 7;

/** The statements on the larger device in the home-screen figures. */
const HOME_MANY = 500;

/** Give up on a single save after this long. */
const SAVE_TIMEOUT_MS = 10_000;

/**
 * Gzipped size of every JavaScript file the home screen loads on a first
 * visit with an empty cache, once the network is idle.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @returns {Promise<number>} bytes
 */
async function firstLoadJsGzip(browser, baseUrl) {
	const { context, page } = await newPage(browser);
	try {
		/** @type {Map<string, Promise<number>>} */
		const sizes = new Map();
		page.on('response', (response) => {
			const url = response.url();
			const type = response.request().resourceType();
			const contentType = response.headers()['content-type'] ?? '';
			// Module preloads are scripts too, whatever type the browser reports.
			const isScript = type === 'script' || /javascript/.test(contentType) || /\.m?js(\?|$)/.test(new URL(url).pathname);
			if (!isScript || sizes.has(url) || response.status() !== 200) return;
			sizes.set(
				url,
				response.body().then((body) => gzipSync(body).byteLength)
			);
		});
		await page.goto(new URL('/', baseUrl).href, { waitUntil: 'networkidle' });
		await page.getByRole('heading', { level: 1, name: 'Your position statements' }).waitFor();
		const all = await Promise.all(sizes.values());
		if (all.length === 0) throw new Error('The home page loaded no JavaScript: is build/ a SvelteKit build?');
		return all.reduce((sum, n) => sum + n, 0);
	} finally {
		await context.close();
	}
}

/**
 * Creates a position statement through the screens, opens its first
 * question and measures, SAVES times, how long after the last keystroke
 * the typed text is in IndexedDB.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @returns {Promise<number[]>} milliseconds, one per save
 */
async function saveLatencies(browser, baseUrl) {
	const { context, page } = await newPage(browser);
	try {
		await page.goto(new URL('/statements/new', baseUrl).href);
		await page.locator('#council').fill('Anytown Borough Council');
		await page.locator('#service').fill('Children and Learning');
		await page.locator('#panel').fill('Children and Families Scrutiny Panel');
		const year = String(new Date().getFullYear() + 1);
		await page.locator('#meetingDate-day').fill('25');
		await page.locator('#meetingDate-month').fill('3');
		await page.locator('#meetingDate-year').fill(year);
		await page.locator('#coordinatorName').fill('Sam Bench');
		await page.locator('#coordinatorDesignation').fill('Quality Assurance Unit Manager');
		await page.getByRole('button', { name: 'Create position statement' }).click();

		await page.waitForURL(/\/statements\/[^/]+$/);
		await page.locator('a.govuk-task-list__link').first().click();
		await page.waitForURL(/\/statements\/[^/]+\/questions\/[^/]+$/);

		const textarea = page.getByRole('textbox', { name: 'Position statement' });
		await textarea.waitFor();
		await textarea.click();

		/** @type {number[]} */
		const latencies = [];
		for (let i = 0; i < SAVES; i++) {
			const marker = `benchmark${i}z${Date.now().toString(36)}`;
			await page.keyboard.press('Control+End');
			await page.keyboard.type(` ${marker}`);
			const elapsed = await page.evaluate(waitForSaved, {
				database: DATABASE,
				store: RESPONSES,
				marker,
				timeout: SAVE_TIMEOUT_MS
			});
			latencies.push(elapsed);
		}
		return latencies;
	} finally {
		await context.close();
	}
}

/**
 * Runs in the page: notes the time, then polls IndexedDB every 10 ms until
 * an answer contains `marker`; resolves with the time that took.
 *
 * @param {{ database: string, store: string, marker: string, timeout: number }} args
 * @returns {Promise<number>}
 */
async function waitForSaved({ database, store, marker, timeout }) {
	const start = performance.now();
	/** @type {IDBDatabase} */
	const db = await new Promise((resolveOpen, rejectOpen) => {
		const request = indexedDB.open(database);
		request.onsuccess = () => resolveOpen(request.result);
		request.onerror = () => rejectOpen(request.error);
	});
	try {
		for (;;) {
			/** @type {unknown[]} */
			const records = await new Promise((resolveRead, rejectRead) => {
				const request = db.transaction(store, 'readonly').objectStore(store).getAll();
				request.onsuccess = () => resolveRead(request.result);
				request.onerror = () => rejectRead(request.error);
			});
			const saved = records.some(
				(r) =>
					typeof r === 'object' &&
					r !== null &&
					typeof (/** @type {{ statement?: unknown }} */ (r).statement) === 'string' &&
					/** @type {{ statement: string }} */ (r).statement.includes(marker)
			);
			const elapsed = performance.now() - start;
			if (saved) return elapsed;
			if (elapsed > timeout) throw new Error(`"${marker}" was not saved within ${timeout} ms`);
			await new Promise((r) => setTimeout(r, 10));
		}
	} finally {
		db.close();
	}
}

/**
 * Opens the example statement through "Open a file", goes to its export
 * screen, lets the first-page preview finish (which also loads jsPDF and the
 * fonts, so it is the warm-up) and exports the public PDF EXPORTS times.
 * Each figure is the app's own `export:pdf` measure (src/lib/state/export.ts):
 * reading the statement, building the document and rendering the PDF, not
 * the browser's handling of the download.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @returns {Promise<number[]>} milliseconds, one per export
 */
async function exportPdfTimes(browser, baseUrl) {
	const { context, page } = await newPage(browser, { acceptDownloads: true });
	try {
		await page.goto(new URL('/open', baseUrl).href);
		await page.getByLabel('Choose a file').setInputFiles(EXAMPLE);
		await page.getByRole('button', { name: 'Add this statement' }).click();
		await page.waitForURL(/\/statements\/[0-9a-f-]{36}$/);
		const id = new URL(page.url()).pathname.split('/')[2];
		await page.goto(new URL(`/statements/${id}/export`, baseUrl).href);
		await page.getByRole('img', { name: /^Preview of page 1 of \d+$/ }).waitFor({ timeout: SAVE_TIMEOUT_MS * 3 });

		/** @type {number[]} */
		const times = [];
		for (let i = 0; i < EXPORTS; i++) {
			await page.evaluate(() => performance.clearMeasures('export:pdf'));
			await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
			await page.locator('#export-done').waitFor();
			const ms = await page.evaluate(() => performance.getEntriesByName('export:pdf').at(-1)?.duration);
			if (typeof ms !== 'number') throw new Error('The export screen recorded no export:pdf measure.');
			times.push(ms);
		}
		return times;
	} finally {
		await context.close();
	}
}

/**
 * A device (browser context) holding `count` statements, restored from a
 * backup made of copies of the example through the "Your data" screen, as
 * a person would; then the home screen opened once, so the service worker
 * and caches are in place before anything is measured.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string} backupPath
 * @param {number} count
 */
async function deviceWithStatements(browser, baseUrl, backupPath, count) {
	const { context, page } = await newPage(browser);
	await page.goto(new URL('/your-data', baseUrl).href);
	await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
	await page.locator('#restore-plan').waitFor({ timeout: 120_000 });
	await page.getByRole('button', { name: 'Add what is missing' }).click();
	await page.getByText('Restored: the statements that were missing have been added.').waitFor({ timeout: 120_000 });
	await homeColdLoad(context, baseUrl, count);
	await page.close();
	return context;
}

/**
 * Opens the home screen in a new tab of `context` and returns how long after
 * navigation began its list held the statements it shows first (all of them,
 * or the first 50), at the next frame. Watched from outside the app, with a
 * MutationObserver installed before the page's own scripts run.
 *
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} baseUrl
 * @param {number} count
 * @returns {Promise<number>} milliseconds
 */
async function homeColdLoad(context, baseUrl, count) {
	const page = await context.newPage();
	try {
		await page.addInitScript((expected) => {
			const w = /** @type {Window & { homeListedAt?: number }} */ (window);
			const observer = new MutationObserver(() => {
				if (document.querySelectorAll('.app-statement-list__item').length < expected) return;
				observer.disconnect();
				requestAnimationFrame(() => (w.homeListedAt = performance.now()));
			});
			observer.observe(document, { childList: true, subtree: true });
		}, Math.min(count, 50));
		await page.goto(new URL('/', baseUrl).href);
		await page.waitForFunction(() => typeof (/** @type {Window & { homeListedAt?: number }} */ (window).homeListedAt) === 'number', undefined, {
			timeout: 60_000
		});
		return await page.evaluate(() => /** @type {number} */ (/** @type {Window & { homeListedAt?: number }} */ (window).homeListedAt));
	} finally {
		await page.close();
	}
}

/**
 * The home screen's cold loads with one statement and with HOME_MANY, on
 * two devices set up first and then measured in turn, so both figures share
 * the run's conditions.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @returns {Promise<{ one: number[], many: number[] }>}
 */
async function homeLoadTimes(browser, baseUrl) {
	/** @type {typeof import('./home-backup.ts')} */
	const { homeBenchBackup } = (await runnerImport('/scripts/home-backup.ts', { configFile: false, logLevel: 'silent' })).module;
	const folder = mkdtempSync(join(tmpdir(), 'home-bench-'));
	/** @type {import('playwright-core').BrowserContext[]} */
	const contexts = [];
	try {
		const onePath = join(folder, 'one.json');
		const manyPath = join(folder, 'many.json');
		writeFileSync(onePath, homeBenchBackup(EXAMPLE, 1));
		writeFileSync(manyPath, homeBenchBackup(EXAMPLE, HOME_MANY));
		const one = await deviceWithStatements(browser, baseUrl, onePath, 1);
		contexts.push(one);
		const many = await deviceWithStatements(browser, baseUrl, manyPath, HOME_MANY);
		contexts.push(many);
		/** @type {{ one: number[], many: number[] }} */
		const times = { one: [], many: [] };
		for (let i = 0; i < HOME_LOADS; i++) {
			times.one.push(await homeColdLoad(one, baseUrl, 1));
			times.many.push(await homeColdLoad(many, baseUrl, HOME_MANY));
		}
		return times;
	} finally {
		for (const context of contexts) await context.close();
		rmSync(folder, { recursive: true, force: true });
	}
}

/**
 * Prints the home-screen figures.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 */
async function printHomeFigures(browser, baseUrl) {
	const home = await homeLoadTimes(browser, baseUrl);
	const one = median(home.one);
	const many = median(home.many);
	console.log(`home-1-statements-ms: ${one.toFixed(1)} ms`);
	console.log(`home-${HOME_MANY}-statements-ms: ${many.toFixed(1)} ms`);
	console.log(`home-ratio-${HOME_MANY}: ${(many / one).toFixed(2)}`);
	console.error(`(home cold loads, ms: 1 statement ${home.one.map((n) => n.toFixed(0)).join(', ')}; ${HOME_MANY} statements ${home.many.map((n) => n.toFixed(0)).join(', ')})`);
}

/**
 * @param {number[]} values
 * @returns {number}
 */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? /** @type {number} */ (sorted[middle]) : (/** @type {number} */ (sorted[middle - 1]) + /** @type {number} */ (sorted[middle])) / 2;
}

/** The Node-side PDF figures (scripts/pdf-figures.ts), printed before the browser ones. */
async function printPdfFigures() {
	/** @type {typeof import('./pdf-figures.ts')} */
	const { measurePdf } = (await runnerImport('/scripts/pdf-figures.ts', { configFile: false, logLevel: 'silent' })).module;
	const figures = await measurePdf(EXAMPLE, EXPORTS);
	const floor = median(figures.floorMs);
	const render = median(figures.exampleMs);
	console.log(`pdf-floor-median: ${floor.toFixed(1)} ms`);
	console.log(`pdf-render-median: ${render.toFixed(1)} ms`);
	console.log(`pdf-render-ratio: ${(render / floor).toFixed(2)}`);
	console.log(`pdf-bytes: ${(figures.exampleBytes / 1024).toFixed(0)} KB`);
	console.log(`pdf-render-stress-median: ${median(figures.stressMs).toFixed(1)} ms`);
	console.error(`(the example: ${figures.examplePages} pages; the stress statement: ${figures.stressQuestions} questions, ${figures.stressPages} pages)`);
}

async function main() {
	const onlyHome = process.env.BENCH_ONLY === 'home';
	if (!onlyHome) await printPdfFigures();
	if (process.env.BENCH_ONLY === 'pdf') return;
	if (!existsSync(resolve(buildDir, '200.html'))) {
		console.error('build/ is missing: run `npm run build` first.');
		process.exitCode = 1;
		return;
	}
	if (onlyHome) {
		const server = await startServer({ port: 0 });
		const browser = await launchChromium().catch(async (error) => {
			await server.close();
			throw error;
		});
		try {
			await printHomeFigures(browser, server.url);
		} finally {
			await browser.close();
			await server.close();
		}
		return;
	}
	/** @type {typeof import('./bench-team.ts')} */
	const { printTeamFigures } = (await runnerImport('/scripts/bench-team.ts', { configFile: false, logLevel: 'silent' })).module;
	await printTeamFigures(buildDir);
	/** @type {typeof import('./bench-sync.ts')} */
	const { printSyncFigures } = (await runnerImport('/scripts/bench-sync.ts', { configFile: false, logLevel: 'silent' })).module;
	await printSyncFigures(buildDir);

	const server = await startServer({ port: 0 });
	// Launched after the server, so a browser that fails to start still lets the server close.
	const browser = await launchChromium().catch(async (error) => {
		await server.close();
		throw error;
	});
	try {
		const jsBytes = await firstLoadJsGzip(browser, server.url);
		console.log(`first-load-js-gzip: ${(jsBytes / 1024).toFixed(1)} KB`);

		await printHomeFigures(browser, server.url);

		const latencies = await saveLatencies(browser, server.url);
		console.log(`save-latency-median: ${median(latencies).toFixed(1)} ms`);

		const exports = await exportPdfTimes(browser, server.url);
		console.log(`export-pdf-ms: ${median(exports).toFixed(1)} ms`);
	} finally {
		await browser.close();
		await server.close();
	}
}

main().catch((error) => {
	console.error(error instanceof Error ? error.stack ?? error.message : error);
	process.exitCode = 1;
});
