import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { homeBenchBackup } from '../../scripts/home-backup.ts';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';

const EXAMPLE = fileURLToPath(new URL('../../examples/anytown-position-statement.json', import.meta.url));

/**
 * A scrutiny officer with years of statements on the device: the home screen
 * shows the newest 50, finds one by council and year, sorts by meeting date,
 * and shows the rest on request.
 */
describe('the home screen with many statements', () => {
	let browser: Browser;
	let page: Page;
	let folder: string;

	const items = () => page.locator('.app-statement-list__item');
	const status = () => page.locator('#statement-count');

	beforeAll(async () => {
		browser = await launchChromium();
		({ page } = await newPage(browser));
		// 60 copies of the example: councils in turn (Riverside Council every fifth, from the fourth),
		// meeting years 2010 to 2026 in turn, the first edited most recently.
		folder = mkdtempSync(join(tmpdir(), 'home-spec-'));
		const backup = join(folder, 'backup.json');
		writeFileSync(backup, homeBenchBackup(EXAMPLE, 60));
		await page.goto(appUrl('/your-data'));
		await page.getByLabel('Choose a backup file').setInputFiles(backup);
		await page.locator('#restore-plan').waitFor();
		await page.getByRole('button', { name: 'Add what is missing' }).click();
		await page.getByText('Restored: the statements that were missing have been added.').waitFor();
	});

	afterAll(async () => {
		await browser?.close();
		if (folder) rmSync(folder, { recursive: true, force: true });
	});

	test('shows the newest 50, then the rest with Show more, focus on the first one shown', async () => {
		await page.goto(appUrl('/'));
		await page.getByRole('heading', { level: 1, name: 'Your position statements' }).waitFor();
		await items().first().waitFor();
		await expect(items().count()).resolves.toBe(50);
		await expect(status().textContent()).resolves.toBe('60 statements, showing the 50 newest');
		await expect(items().first().textContent()).resolves.toContain('20 of 20 answered');
		await expect(items().first().getByRole('link').textContent()).resolves.toBe('Position statement against LGSCO areas of focus 1');
		await expect(axeViolations(page)).resolves.toEqual([]);

		await page.getByRole('button', { name: 'Show more statements' }).click();
		await expect(items().count()).resolves.toBe(60);
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Position statement against LGSCO areas of focus 51');
		await expect(page.getByRole('button', { name: 'Show more statements' }).count()).resolves.toBe(0);
		await expect(status().textContent()).resolves.toBe('60 statements');
	});

	test('finds a statement by council and meeting year, and sorts by meeting date', async () => {
		await page.goto(appUrl('/'));
		const find = page.getByLabel('Find a statement');
		await find.fill('riverside');
		await expect(status().textContent()).resolves.toBe('12 statements match your search');
		await expect(items().count()).resolves.toBe(12);
		for (const text of await items().allTextContents()) expect(text).toContain('Riverside Council');

		await find.fill('Riverside 2013');
		await expect(status().textContent()).resolves.toBe('1 statement matches your search');
		await expect(items().getByRole('link').textContent()).resolves.toBe('Position statement against LGSCO areas of focus 4');
		await expect(axeViolations(page)).resolves.toEqual([]);

		await find.fill('Nowhere Council');
		await page.getByText('No statements match your search.').waitFor();
		await expect(items().count()).resolves.toBe(0);
		await expect(axeViolations(page)).resolves.toEqual([]);

		await find.fill('');
		await page.getByLabel('Sort by').selectOption({ label: 'Meeting date' });
		// The latest meeting: the 34th statement, in October 2026.
		await expect(items().first().getByRole('link').textContent()).resolves.toBe('Position statement against LGSCO areas of focus 34');
		await expect(items().first().textContent()).resolves.toContain('15 October 2026');
		await expect(items().count()).resolves.toBe(50);
		await expect(axeViolations(page)).resolves.toEqual([]);
	});
});
