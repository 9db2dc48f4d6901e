import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderHtml } from '../../src/lib/export/html/render-html.ts';
import { exampleDocument, figuresDocument, testDocument } from '../unit/export/statement-fixtures.ts';
import { axeViolations } from './support/axe.ts';
import { launchChromium, newPage } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';

/**
 * The web page made for the council website, opened in Chromium straight
 * from its HTML (it needs no app and no server): no WCAG 2.2 AA violations
 * at desktop and phone widths, on the public and the exempt version, with an
 * answer full of awkward markdown and typed HTML that must never run.
 */
describe('the position statement web page', () => {
	let browser: Browser;
	let page: Page;
	const dialogs: string[] = [];

	beforeAll(async () => {
		browser = await launchChromium();
		({ page } = await newPage(browser, { viewport: { width: 1024, height: 800 } }));
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('the example, public, with its summary', async () => {
		await page.setContent(renderHtml(exampleDocument('public')));
		await expect(axeViolations(page)).resolves.toEqual([]);
		await expect(page.locator('h2').first().textContent()).resolves.toBe('Contents');
	});

	test('the exempt version with every kind of answer, at desktop and phone widths', async () => {
		await page.setContent(renderHtml(testDocument('exempt')));
		await expect(axeViolations(page)).resolves.toEqual([]);
		await page.setViewportSize({ width: 320, height: 640 });
		await expect(axeViolations(page)).resolves.toEqual([]);
		// Nothing is wider than the screen but the tables' own scrolling boxes.
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.setViewportSize({ width: 1024, height: 800 });
	});

	test('answers with figures, bar charts, actions and "not applicable", public and exempt, at desktop and phone widths', async () => {
		for (const version of ['public', 'exempt'] as const) {
			await page.setViewportSize({ width: 1024, height: 800 });
			await page.setContent(renderHtml(figuresDocument(version)));
			await expect(page.locator('table.figures-table').count()).resolves.toBeGreaterThan(0);
			await expect(page.locator('table.actions-table').count()).resolves.toBeGreaterThan(0);
			await expect(page.locator('.notice-not-applicable').count()).resolves.toBe(1);
			// One drawing of each chart is shown: the wide one here, the narrow one on a phone.
			const charts = await page.locator('figure.figure-chart').count();
			await expect(page.locator('svg.chart-wide:visible').count()).resolves.toBe(charts);
			await expect(page.locator('svg.chart-narrow:visible').count()).resolves.toBe(0);
			await expect(axeViolations(page)).resolves.toEqual([]);
			await page.setViewportSize({ width: 320, height: 640 });
			await expect(page.locator('svg.chart-narrow:visible').count()).resolves.toBe(charts);
			await expect(axeViolations(page)).resolves.toEqual([]);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		}
		await page.setViewportSize({ width: 1024, height: 800 });
	});

	test('typed HTML in an answer shows as text and never runs', async () => {
		await page.setContent(renderHtml(testDocument('public')));
		await expect(page.locator('.answer', { hasText: '<script>alert("pwned")</script>' }).count()).resolves.toBe(1);
		await expect(page.locator('script, img').count()).resolves.toBe(0);
		expect(dialogs).toEqual([]);
	});

	test('a keyboard user sees where they are: the focused link turns yellow', async () => {
		await page.setContent(renderHtml(exampleDocument('public')));
		await tabTo(page, /^1\. Accommodation for 16 and 17 year olds$/);
		const background = await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor);
		expect(background).toBe('rgb(255, 221, 0)');
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => location.hash)).resolves.toBe('#area-1');
	});
});
