import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { NewStatementPage, QuestionPage } from './support/pages.ts';

describe('guidance beside the answer', () => {
	let browser: Browser;
	let page: Page;
	let statementId = '';

	beforeAll(async () => {
		browser = await launchChromium();
		({ page } = await newPage(browser));
		await page.goto(appUrl('/statements/new'));
		statementId = (await new NewStatementPage(page).create(statementDetails())).id;
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('starts closed, opens from the keyboard and names the case and page it comes from', async () => {
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-1-1');
		await expect(question.guidance.getAttribute('open')).resolves.toBeNull();
		await expect(page.getByText('case reference 17 005 652').isVisible()).resolves.toBe(false);

		await page.locator('h1').click();
		await tabTo(page, /^Guidance: what a strong answer contains$/);
		await expect(focused(page)).resolves.toMatchObject({ tag: 'summary' });
		await page.keyboard.press('Enter');

		await expect(question.guidance.getAttribute('open')).resolves.toBe('');
		await expect(page.getByText("Billy's story, case reference 17 005 652, page 20").isVisible()).resolves.toBe(true);
		await expect(question.guidance.getByRole('heading').allTextContents()).resolves.toEqual([
			'Why the Ombudsman asks this',
			'Where it comes from in the report',
			'What a strong answer contains',
			'Data councils usually hold for this'
		]);
		await expect(question.guidance.getByText(/SSDA903/).first().isVisible()).resolves.toBe(true);
		expect(await axeViolations(page)).toEqual([]);

		// Enter again closes it, and focus stays on the control.
		await page.keyboard.press('Enter');
		await expect(question.guidance.getAttribute('open')).resolves.toBeNull();
		await expect(focused(page)).resolves.toMatchObject({ tag: 'summary' });
	});

	test('remembers nothing: the next question’s guidance starts closed, with its own cases', async () => {
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-3-4');
		await question.guidanceSummary.click();
		await expect(page.getByText("Adele and Manjit's story, case reference 18 006 028, page 16").isVisible()).resolves.toBe(true);

		await question.next();
		await page.getByRole('heading', { level: 1, name: /^3\.5 / }).waitFor();
		await expect(question.guidance.getAttribute('open')).resolves.toBeNull();
		await question.guidanceSummary.click();
		await expect(page.getByText("Albert's story, case reference 18 015 593, page 10").isVisible()).resolves.toBe(true);
	});
});
