import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appUrl, chromiumPath } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { NewStatementPage, QuestionPage } from './support/pages.ts';

/**
 * A browser that crashes just after typing: Chromium is started with a
 * profile on disk, the officer types, and 150 ms after the last keystroke
 * the browser's process is killed (SIGKILL, no chance to clean up). The same
 * profile started again finds every word.
 */

interface RunningChromium {
	process: ChildProcess;
	browser: Browser;
}

/** Starts Chromium on `profile` with a DevTools port, and connects to it. */
async function startChromium(profile: string): Promise<RunningChromium> {
	const child = spawn(
		chromiumPath,
		['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	const endpoint = await new Promise<string>((resolve, reject) => {
		let seen = '';
		const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30_000);
		child.stderr?.on('data', (chunk: Buffer) => {
			seen += chunk.toString();
			const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
			if (found?.[1]) {
				clearTimeout(timer);
				resolve(found[1]);
			}
		});
		child.once('exit', () => reject(new Error(`Chromium exited: ${seen}`)));
	});
	return { process: child, browser: await chromium.connectOverCDP(endpoint) };
}

async function firstPage(running: RunningChromium): Promise<Page> {
	const context = running.browser.contexts()[0];
	if (!context) throw new Error('Chromium has no default context');
	return context.pages()[0] ?? context.newPage();
}

describe('a browser killed just after typing', () => {
	let profile = '';
	let running: RunningChromium | undefined;

	beforeAll(async () => {
		profile = await mkdtemp(join(tmpdir(), 'crash-profile-'));
	});

	afterAll(async () => {
		const chromiumProcess = running?.process;
		if (chromiumProcess && chromiumProcess.exitCode === null) {
			const exited = new Promise((resolve) => chromiumProcess.once('exit', resolve));
			chromiumProcess.kill('SIGKILL');
			await exited;
		}
		// Chromium's helper processes may still be writing its cache for a moment.
		await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	});

	test('loses no word: the next start puts the last sentence back', async () => {
		running = await startChromium(profile);
		let page = await firstPage(running);
		await page.goto(appUrl('/statements/new'));
		const statementId = (await new NewStatementPage(page).create(statementDetails())).id;
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-1-2');
		await question.write('Every child in care has a named social worker.');
		await question.waitForSaved();

		await question.editor.click();
		await page.keyboard.press('End');
		const lastWords = ' Caseloads average 17, down from 21 last year.';
		await page.keyboard.type(lastWords, { delay: 5 });
		await new Promise((resolve) => setTimeout(resolve, 150));
		const exited = new Promise((resolve) => running?.process.once('exit', resolve));
		running.process.kill('SIGKILL');
		await exited;

		running = await startChromium(profile);
		page = await firstPage(running);
		const reopened = new QuestionPage(page);
		await reopened.open(statementId, 'careless-1-2');
		await expect.poll(() => reopened.editor.inputValue(), { timeout: 10_000 }).toBe(`Every child in care has a named social worker.${lastWords}`);
	});
});
