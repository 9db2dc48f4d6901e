import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { NewStatementPage, QuestionPage, StatementsPage } from './support/pages.ts';

/** Every screen, in the states a user meets it, checked with axe-core (WCAG 2.2 AA). */
describe('every screen has no WCAG 2.2 AA violations', () => {
	let browser: Browser;
	let page: Page;
	let statementId = '';

	beforeAll(async () => {
		browser = await launchChromium();
		({ page } = await newPage(browser));
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('your position statements, with none yet', async () => {
		await new StatementsPage(page).open();
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('start a new position statement, empty and with errors', async () => {
		const form = await new StatementsPage(page).startNew();
		await expect(axeViolations(page)).resolves.toEqual([]);
		await form.submit();
		await form.errorSummary.waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('the statement overview', async () => {
		const form = new NewStatementPage(page);
		const overview = await form.create(statementDetails());
		statementId = overview.id;
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('a question page, with a rich answer, a half-filled reporter and an exempt answer', async () => {
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-2-4');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await question.write('**Bold**, _italic_, [a link](https://example.org)\n\n- one\n- two\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n> quoted');
		await page.locator('#reporter-0-name').fill('Jo Bloggs');
		await page.getByLabel('This answer is exempt').check();
		await question.setStatus('Ready for review');
		await page.locator('#reporter-0-designation-error').waitFor();
		await page.locator('#exemptionCategory-error').waitFor();
		await question.preview.locator('table').waitFor();
		await question.waitForSaved();
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('the statement list with a statement on it', async () => {
		await new StatementsPage(page).open();
		await page.locator('.app-statement-list__item').waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	for (const [name, path, heading] of [
		['change details', 'details', 'Change details'],
		['delete', 'delete', 'Are you sure you want to delete this position statement?'],
		['opportunities for further scrutiny', 'further-scrutiny', 'Opportunities for further scrutiny']
	] as const) {
		test(name, async () => {
			await page.goto(appUrl(`/statements/${statementId}/${path}`));
			await page.getByRole('heading', { level: 1, name: heading }).waitFor();
			await expect(axeViolations(page)).resolves.toEqual([]);
		});
	}

	test('your data', async () => {
		await page.goto(appUrl('/your-data'));
		await page.locator('#persistence-result').waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('a statement that is not on this device', async () => {
		await page.goto(appUrl('/statements/00000000-0000-4000-8000-000000000000'));
		await page.getByRole('heading', { level: 1, name: 'Position statement not found' }).waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('on a phone, 320 pixels wide, the header, overview, question page and reading view still pass', async () => {
		await page.setViewportSize({ width: 320, height: 640 });
		try {
			for (const [path, heading] of [
				['/', 'Your position statements'],
				['/glossary', 'Glossary'],
				[`/statements/${statementId}/read`, undefined],
				[`/statements/${statementId}/questions/careless-2-4`, undefined],
				[`/statements/${statementId}`, undefined]
			] as const) {
				await page.goto(appUrl(path));
				await page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) }).first().waitFor();
				await expect(axeViolations(page), path).resolves.toEqual([]);
			}
		} finally {
			await page.setViewportSize({ width: 1280, height: 720 });
		}
	});
});
