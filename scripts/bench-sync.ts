/**
 * The live sync figures `npm run bench` reports, measured as two officers
 * would see them: two Chromium browser contexts (two devices, each with its
 * own IndexedDB) signed in to one real team server process (`scripts/server.js`
 * with the embedded database in a temporary folder, serving the existing build):
 *
 * - latency: an answer typed on one device's question page, from the moment
 *   that device's IndexedDB holds it until the other device's IndexedDB
 *   holds it; LATENCY_RUNS times after LATENCY_WARMUP unmeasured, the
 *   direction alternating (Alice → Priya, Priya → Alice);
 * - catch-up: Alice goes offline, saves CATCH_UP_CHANGES answers through the
 *   question pages (each a new text, so each a new saved version, spread over
 *   the statement's questions), comes back online; from that moment until
 *   Priya's IndexedDB holds every one of those versions and every answer's
 *   latest text.
 *
 * Both ends are read by polling the raw IndexedDB in the page every POLL_MS,
 * so neither measurement depends on what the screens show. Console errors
 * and uncaught exceptions of both pages are collected and listed on stderr.
 * Every process, browser and temporary folder started here is stopped and
 * deleted before the function returns, even on failure.
 */

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { answerBox as editor, shareOnScreen, signInAt, startStatement, startTeam } from '../tests/e2e/support/team-pages.ts';
import { CleanUps, median, percentile } from './bench-support.ts';
import { launchChromium, newPage } from './chromium.js';

/** Measured answers in the latency figure, and those typed first and not counted. */
const LATENCY_RUNS = 24;
const LATENCY_WARMUP = 2;
/** Saves made offline in the catch-up figure. */
const CATCH_UP_CHANGES = 100;

/** The database and stores the app keeps answers in (src/lib/storage/db.ts). */
const DATABASE = 'scrutiny-position-statements';
const RESPONSES = 'responses';
const REVISIONS = 'revisions';

/** How often the pages read their IndexedDB while waiting. */
const POLL_MS = 5;
/** Give up on one answer reaching the other device after this long. */
const ARRIVAL_TIMEOUT_MS = 10_000;
/** Give up on the offline changes arriving after this long. */
const CATCH_UP_TIMEOUT_MS = 60_000;
/** Give up on a save on the device it is typed on after this long. */
const SAVE_TIMEOUT_MS = 10_000;

const QUESTION = 'careless-2-1';

const people = {
	alice: { email: 'alice@anytown.gov.uk', name: 'Alice Ward' },
	priya: { email: 'priya@anytown.gov.uk', name: 'Priya Shah' }
} as const;

/** The sync figures, in milliseconds. */
export interface SyncFigures {
	/** One per measured answer, in the order typed (even: Alice → Priya, odd: Priya → Alice). */
	latencyMs: number[];
	catchUpMs: number;
	catchUpChanges: number;
	/** How long typing the offline changes took (for the log). */
	offlineTypingMs: number;
	/** Questions the offline changes were spread over. */
	questions: number;
	/** Console errors and uncaught exceptions of the two pages, as "who: text". */
	consoleErrors: string[];
}

/** What a page polls for in its IndexedDB. */
interface Wanted {
	database: string;
	responses: string;
	revisions: string;
	statementId: string;
	/** Answers' texts that must all be stored (any question). */
	answers: string[];
	/** Saved versions' texts that must all be stored. */
	versions: string[];
	every: number;
	timeout: number;
}

/**
 * Runs in the page: reads IndexedDB every `every` ms until the statement's
 * answers include every text of `answers` and its saved versions every text
 * of `versions`; resolves with the wall-clock time (ms since the epoch, with
 * a fraction) of the read that found them.
 */
async function arrivedAt(wanted: Wanted): Promise<number> {
	const now = () => performance.timeOrigin + performance.now();
	const deadline = now() + wanted.timeout;
	const open = () =>
		new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(wanted.database);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	let db = await open();
	// The app may not have created its stores yet (a device that has never opened a statement).
	while (!db.objectStoreNames.contains(wanted.responses) || !db.objectStoreNames.contains(wanted.revisions)) {
		db.close();
		if (now() > deadline) throw new Error('The app never created its IndexedDB stores');
		await new Promise((r) => setTimeout(r, wanted.every));
		db = await open();
	}
	const texts = (tx: IDBTransaction, store: string) =>
		new Promise<Set<string>>((resolve, reject) => {
			const request = tx.objectStore(store).index('assessmentId').getAll(wanted.statementId);
			request.onsuccess = () => resolve(new Set((request.result as { statement?: unknown }[]).map((r) => String(r.statement))));
			request.onerror = () => reject(request.error);
		});
	try {
		for (;;) {
			const tx = db.transaction([wanted.responses, wanted.revisions], 'readonly');
			const [answers, versions] = await Promise.all([
				wanted.answers.length > 0 ? texts(tx, wanted.responses) : new Set<string>(),
				wanted.versions.length > 0 ? texts(tx, wanted.revisions) : new Set<string>()
			]);
			const at = now();
			if (wanted.answers.every((t) => answers.has(t)) && wanted.versions.every((t) => versions.has(t))) return at;
			if (at > deadline) {
				const missing = wanted.answers.filter((t) => !answers.has(t)).length + wanted.versions.filter((t) => !versions.has(t)).length;
				throw new Error(`${missing} of ${wanted.answers.length + wanted.versions.length} texts had not arrived within ${wanted.timeout} ms`);
			}
			await new Promise((r) => setTimeout(r, wanted.every));
		}
	} finally {
		db.close();
	}
}

function waitFor(page: Page, statementId: string, texts: { answers?: string[]; versions?: string[] }, timeout: number): Promise<number> {
	return page.evaluate(arrivedAt, {
		database: DATABASE,
		responses: RESPONSES,
		revisions: REVISIONS,
		statementId,
		answers: texts.answers ?? [],
		versions: texts.versions ?? [],
		every: POLL_MS,
		timeout
	});
}

/** Waits until the header's sync line contains `text` (lower case). */
async function syncSummary(page: Page, text: string, timeout: number): Promise<void> {
	await page
		.waitForFunction((expected) => document.querySelector('[data-testid="sync-summary"]')?.textContent?.toLowerCase().includes(expected) ?? false, text, {
			timeout,
			polling: 20
		})
		.catch(async (error: unknown) => {
			const shown = await page.getByTestId('sync-summary').textContent({ timeout: 1000 }).catch(() => null);
			throw new Error(`The sync line did not say "${text}" within ${timeout} ms; it says ${JSON.stringify(shown?.trim() ?? null)}`, { cause: error });
		});
}

/** Collects a page's console errors and uncaught exceptions. */
function collectErrors(page: Page, who: string, into: string[]): void {
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const where = message.location().url;
		into.push(`${who}: ${message.text()}${where ? ` (${where})` : ''}`);
	});
	page.on('pageerror', (error) => {
		const at = (error.stack ?? '').split('\n').find((line) => line.trim().startsWith('at '));
		into.push(`${who}: uncaught ${error.message}${at ? ` ${at.trim()}` : ''}`);
	});
}

/** A short unique tag, so no two texts typed in a run are the same. */
function tag(): string {
	return Math.random().toString(36).slice(2, 8);
}

/** Measures both sync figures; see the file's comment. */
export async function measureSync(buildDir: string): Promise<SyncFigures> {
	const cleanUps = new CleanUps();
	const consoleErrors: string[] = [];
	try {
		const team = await startTeam(
			Object.values(people).map((person) => [person.email, person.name] as const),
			buildDir
		);
		cleanUps.add(() => team.stop());
		const server = team.server;
		const browser: Browser = await launchChromium();
		cleanUps.add(() => browser.close());
		const alice: { context: BrowserContext; page: Page } = await newPage(browser);
		const priya: { context: BrowserContext; page: Page } = await newPage(browser);
		collectErrors(alice.page, 'Alice', consoleErrors);
		collectErrors(priya.page, 'Priya', consoleErrors);

		// Alice starts a statement, answers one question and shares it with Priya, who can edit.
		await signInAt(alice.page, server.url, people.alice.email);
		const statementId = await startStatement(alice.page, server.url, people.alice.name);
		const questionIds = await alice.page
			.locator('a.govuk-task-list__link')
			.evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').split('/').pop() ?? ''));
		const question = `${server.url}/statements/${statementId}/questions/${QUESTION}`;
		await alice.page.goto(question);
		const first = `The first version, written before sharing (${tag()}).`;
		await editor(alice.page).fill(first);
		await waitFor(alice.page, statementId, { answers: [first] }, SAVE_TIMEOUT_MS);
		await shareOnScreen(alice.page, server.url, statementId, people.priya.email, 'Can edit');

		await signInAt(priya.page, server.url, people.priya.email);
		await waitFor(priya.page, statementId, { answers: [first] }, 20_000);

		// Both on the question page, as two colleagues working on one answer in turn.
		await alice.page.goto(question);
		await priya.page.goto(question);
		await editor(alice.page).waitFor();
		await editor(priya.page).waitFor();
		for (const { page } of [alice, priya]) await syncSummary(page, 'all changes synced', 20_000);

		const latencyMs: number[] = [];
		for (let run = 0; run < LATENCY_WARMUP + LATENCY_RUNS; run++) {
			const [writer, reader] = run % 2 === 0 ? [alice.page, priya.page] : [priya.page, alice.page];
			const text = `Placement stability is ${60 + (run % 30)}% (run ${run}, ${tag()}), statistical neighbours 70%.`;
			const saved = waitFor(writer, statementId, { answers: [text] }, SAVE_TIMEOUT_MS);
			const arrived = waitFor(reader, statementId, { answers: [text] }, SAVE_TIMEOUT_MS + ARRIVAL_TIMEOUT_MS);
			await editor(writer).fill(text);
			const [savedAt, arrivedAtMs] = await Promise.all([saved, arrived]);
			if (run >= LATENCY_WARMUP) latencyMs.push(arrivedAtMs - savedAt);
			// The other screen shows it and both have nothing left to send before the next one.
			await reader.waitForFunction(
				(expected) => (document.getElementById('statement') as HTMLTextAreaElement | null)?.value === expected,
				text,
				{ timeout: ARRIVAL_TIMEOUT_MS, polling: 20 }
			);
			for (const page of [alice.page, priya.page]) await syncSummary(page, 'all changes synced', ARRIVAL_TIMEOUT_MS);
		}

		// Alice goes offline and works through the questions, saving each answer in turn.
		await alice.context.setOffline(true);
		await syncSummary(alice.page, 'cannot reach the team server', 15_000);
		// She starts on the question page she has open (no page loads offline: the app moves between questions by its own links).
		const versions: string[] = [];
		const latest = new Map<string, string>();
		let index = questionIds.indexOf(QUESTION);
		if (index < 0) throw new Error(`${QUESTION} is not in the statement's task list`);
		let step = 1;
		const typingStart = performance.now();
		for (let change = 0; change < CATCH_UP_CHANGES; change++) {
			const questionId = questionIds[index] ?? '';
			const text = `Offline change ${change + 1} of ${CATCH_UP_CHANGES} (${tag()}): reviewed on the train, figures for Q3 with statistical neighbours.`;
			await editor(alice.page).fill(text);
			// Leaving the field saves at once, as it would when moving on.
			await editor(alice.page).blur();
			await waitFor(alice.page, statementId, { answers: [text] }, SAVE_TIMEOUT_MS);
			versions.push(text);
			latest.set(questionId, text);
			if (change === CATCH_UP_CHANGES - 1) break;
			// Next question, or back the other way at either end.
			if (index + step < 0 || index + step >= questionIds.length) step = -step;
			index += step;
			await alice.page.locator(step > 0 ? 'a[rel="next"]' : 'a[rel="prev"]').click();
			await alice.page.waitForURL(new RegExp(`/questions/${questionIds[index]}$`));
			await editor(alice.page).waitFor();
		}
		const offlineTypingMs = performance.now() - typingStart;

		// Nothing may have reached Priya yet: otherwise Alice was not offline and the figure would mean nothing.
		const early = await waitFor(priya.page, statementId, { versions: versions.slice(0, 1) }, 0).then(
			() => true,
			() => false
		);
		if (early) throw new Error("An offline change reached Priya's device before Alice came back online");

		const allArrived = waitFor(priya.page, statementId, { answers: [...latest.values()], versions }, CATCH_UP_TIMEOUT_MS);
		// The clock starts as Alice's network comes back (wall-clock, as the pages report).
		const onlineAt = performance.timeOrigin + performance.now();
		await alice.context.setOffline(false);
		const catchUpMs = (await allArrived) - onlineAt;

		return { latencyMs, catchUpMs, catchUpChanges: versions.length, offlineTypingMs, questions: latest.size, consoleErrors };
	} finally {
		await cleanUps.run();
	}
}

/** Measures and prints the live sync figures for `npm run bench`, one per line; details go to stderr. */
export async function printSyncFigures(buildDir: string): Promise<void> {
	const figures = await measureSync(buildDir);
	const { latencyMs } = figures;
	console.log(`sync-latency-median: ${median(latencyMs).toFixed(1)} ms`);
	console.log(`sync-latency-p95: ${percentile(latencyMs, 95).toFixed(1)} ms`);
	console.log(`sync-catch-up-${figures.catchUpChanges}: ${figures.catchUpMs.toFixed(1)} ms`);
	const way = (parity: number) => latencyMs.filter((_, i) => (i + LATENCY_WARMUP) % 2 === parity);
	console.error(
		`(sync latency: ${latencyMs.length} answers after ${LATENCY_WARMUP} unmeasured, IndexedDB to IndexedDB between two browser contexts; ` +
			`median Alice → Priya ${median(way(0)).toFixed(1)} ms, Priya → Alice ${median(way(1)).toFixed(1)} ms; ` +
			`fastest ${Math.min(...latencyMs).toFixed(1)} ms, slowest ${Math.max(...latencyMs).toFixed(1)} ms. ` +
			`Catch-up: ${figures.catchUpChanges} saves over ${figures.questions} questions, typed offline in ${(figures.offlineTypingMs / 1000).toFixed(1)} s, ` +
			`until the other device held every version and every latest answer)`
	);
	if (figures.consoleErrors.length > 0) {
		console.error(`(${figures.consoleErrors.length} console errors in the two pages:)`);
		for (const line of figures.consoleErrors) console.error(`  ${line}`);
	}
}
