import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { QuestionPage } from './support/pages.ts';

describe('a keyboard-only officer', () => {
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		browser = await launchChromium();
		({ page } = await newPage(browser));
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('skips to the content, starts a statement, answers a question and moves on', async () => {
		await page.goto(appUrl('/'));
		await page.getByRole('heading', { level: 1, name: 'Your position statements' }).waitFor();

		// The skip link is the first thing Tab reaches.
		await page.keyboard.press('Tab');
		await expect(focused(page)).resolves.toMatchObject({ name: 'Skip to main content' });

		await tabTo(page, /^Start a new position statement/);
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { level: 1, name: 'Start a new position statement' }).waitFor();

		// Submitting the empty form moves focus to the error summary; its links move focus to the field.
		await tabTo(page, /^Create position statement$/);
		await page.keyboard.press('Enter');
		await page.locator('.govuk-error-summary').waitFor();
		await expect(page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).resolves.toBe(true);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(focused(page)).resolves.toMatchObject({ id: 'council' });

		for (const text of ['Anytown Borough Council', 'Children and Learning', 'Children and Families Scrutiny Panel', '25', '3', '2026']) {
			await page.keyboard.type(text);
			await page.keyboard.press('Tab');
		}
		// Past the appendix label, which keeps its default.
		await expect(focused(page)).resolves.toMatchObject({ id: 'appendixLabel' });
		await page.keyboard.press('Tab');
		await page.keyboard.type('Sam Patel');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Quality Assurance Unit Manager');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/statements\/[0-9a-f-]{36}$/);
		await page.getByRole('heading', { level: 2, name: 'Progress' }).waitFor();

		await tabTo(page, /^1\.1 How many 16 and 17 years old/);
		await page.keyboard.press('Enter');
		const question = new QuestionPage(page);
		await question.editor.waitFor();

		await tabTo(page, /^Position statement$/);
		await expect(focused(page)).resolves.toMatchObject({ id: 'statement' });
		await page.keyboard.type('Two young people are in ');
		await page.keyboard.press('Control+B');
		await page.keyboard.type('unregulated homes');
		await page.keyboard.press('End');
		await page.keyboard.type('.');

		await tabTo(page, /^Name of reporter 1$/);
		await page.keyboard.type('Jo Bloggs');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Head of Placements');

		// Radios: Tab lands on the chosen one ("Not rated"); arrows choose another.
		await tabTo(page, /^Not rated$/);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(focused(page)).resolves.toMatchObject({ name: 'One to watch' });

		await tabTo(page, /^Next question/);
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { level: 1, name: /^1\.2 / }).waitFor();

		await question.open(new URL(page.url()).pathname.split('/')[2] ?? '', 'careless-1-1');
		await expect(question.editor.inputValue()).resolves.toBe('Two young people are in **unregulated homes**.');
		await expect(page.locator('#reporter-0-designation').inputValue()).resolves.toBe('Head of Placements');
		await expect(page.getByRole('group', { name: 'Self-rating' }).getByLabel('One to watch').isChecked()).resolves.toBe(true);
	});
});
