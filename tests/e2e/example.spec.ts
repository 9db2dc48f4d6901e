import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { goOffline } from './support/offline.ts';

/** A newcomer opens the shipped example from the home screen, with the network off, to see what a finished statement looks like. */
describe('the example statement', () => {
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		browser = await launchChromium();
		({ context, page } = await newPage(browser));
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('opens offline from the home screen, complete, and opening it again goes to the same copy', async () => {
		await page.goto(appUrl('/'));
		await page.getByRole('heading', { level: 2, name: 'See a finished example' }).waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
		await goOffline(context, page);
		await page.reload();

		await page.getByRole('button', { name: 'Open the example' }).click();
		await page.getByRole('heading', { level: 2, name: 'Progress' }).waitFor();
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Position statement');
		await expect(page.locator('#progress-summary').textContent()).resolves.toMatch(/20 of 20 answered/);
		const firstUrl = page.url();

		await page.goto(appUrl('/'));
		await page.getByRole('button', { name: 'Open the example' }).click();
		await page.getByRole('heading', { level: 2, name: 'Progress' }).waitFor();
		expect(page.url()).toBe(firstUrl);
		await page.goto(appUrl('/'));
		await page.locator('.app-statement-list__item').first().waitFor();
		await expect(page.getByRole('link', { name: 'Position statement against LGSCO areas of focus', exact: true }).count()).resolves.toBe(1);
		await context.setOffline(false);
	});
});
