import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDir, startServer } from '../../scripts/serve.js';
import { launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { waitForServiceWorker } from './support/offline.ts';
import { NewStatementPage, QuestionPage } from './support/pages.ts';

/** Two copies of the build, the second with a changed service worker, as a new release would have. */
function twoReleases(): { first: string; second: string; cleanUp: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'scrutiny-release-'));
	const first = join(dir, 'first');
	const second = join(dir, 'second');
	cpSync(buildDir, first, { recursive: true });
	cpSync(buildDir, second, { recursive: true });
	appendFileSync(join(second, 'service-worker.js'), '\n// the next release\n');
	return { first, second, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('a new version of the app', () => {
	let browser: Browser;
	let releases: ReturnType<typeof twoReleases>;

	beforeAll(async () => {
		browser = await launchChromium();
		releases = twoReleases();
	});

	afterAll(async () => {
		await browser?.close();
		releases?.cleanUp();
	});

	test('waits until the user chooses to reload, and saves their work first', async () => {
		let server = await startServer({ port: 0, root: releases.first });
		const { page } = await newPage(browser);
		await page.goto(`${server.url}/statements/new`);
		const overview = await new NewStatementPage(page).create(statementDetails());
		await waitForServiceWorker(page);

		const question = new QuestionPage(page);
		await page.goto(`${server.url}/statements/${overview.id}/questions/careless-5-1`);
		await question.editor.waitFor();
		await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

		// The next release goes live at the same address.
		const port = server.port;
		await server.close();
		server = await startServer({ port, root: releases.second });
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

		await page.getByText('A new version is available').waitFor();
		// The officer is typing: nothing reloads by itself.
		await question.editor.click();
		await page.keyboard.type('312 care leavers receive a service');
		await page.waitForTimeout(1500);
		await expect(page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).resolves.toBe(true);

		await page.keyboard.type(', 94% in touch.');
		await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to update' }).click()]);
		await question.editor.waitFor();

		await expect(page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).resolves.toBeUndefined();
		await expect(question.editor.inputValue()).resolves.toBe('312 care leavers receive a service, 94% in touch.');
		await expect(page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).resolves.toBeNull();
		await expect(page.getByText('A new version is available').count()).resolves.toBe(0);
		await server.close();
	});
});
