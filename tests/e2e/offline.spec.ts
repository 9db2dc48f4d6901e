import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { goOffline } from './support/offline.ts';

/** Waits for the page's main heading and says whether it is on screen. */
async function h1Visible(page: Page, name: string): Promise<boolean> {
	const heading = page.getByRole('heading', { level: 1, name });
	await heading.waitFor({ state: 'visible', timeout: 10_000 });
	return heading.isVisible();
}

describe('with the network off after a first visit', () => {
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		browser = await launchChromium();
		({ context, page } = await newPage(browser));
		await page.goto(appUrl('/'));
		await h1Visible(page, 'Your position statements');
		await goOffline(context, page);
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('the home page opens again on reload', async () => {
		await page.reload();

		await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);
		await expect(h1Visible(page, 'Your position statements')).resolves.toBe(true);
	});

	test('a deep link opens from the cached shell', async () => {
		await page.goto(appUrl('/statements/new'));

		await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);
		await expect(h1Visible(page, 'Start a new position statement')).resolves.toBe(true);
	});
});
