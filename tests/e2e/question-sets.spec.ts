import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { focused } from './support/keyboard.ts';
import { NewStatementPage, OverviewPage, QuestionPage } from './support/pages.ts';

const LGSCO = 'LGSCO Careless (December 2020)';
const LGA_10 = 'LGA/NCB 10 questions (June 2012)';
const LGA_KLOE = 'LGA corporate parenting lines of enquiry (2017)';

describe('a statement that answers more than one question set', () => {
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

	test('the new statement form offers every set, the Ombudsman’s ticked, and needs at least one', async () => {
		await page.goto(appUrl('/statements/new'));
		const form = new NewStatementPage(page);
		await form.heading.waitFor();
		const boxes = form.questionSets.getByRole('checkbox');
		// The form appears once the sets loaded on this device are known.
		await boxes.first().waitFor();
		await expect(boxes.count()).resolves.toBe(3);
		await expect(form.questionSets.getByLabel(LGSCO).isChecked()).resolves.toBe(true);
		await expect(form.questionSets.getByLabel(LGA_10).isChecked()).resolves.toBe(false);
		await expect(form.questionSets.getByLabel(LGA_KLOE).isChecked()).resolves.toBe(false);

		// A title nobody has typed follows the sets: no "LGSCO" on a statement without the Ombudsman's questions.
		const title = page.getByLabel('Title', { exact: true });
		await expect(title.inputValue()).resolves.toBe('Position statement against LGSCO areas of focus');
		await form.chooseQuestionSets([LGA_10]);
		await expect(title.inputValue()).resolves.toBe('Position statement on services for children in care');
		await form.chooseQuestionSets([LGSCO]);
		await expect(title.inputValue()).resolves.toBe('Position statement against LGSCO areas of focus');

		await form.fill(statementDetails());
		await form.chooseQuestionSets([]);
		await form.submit();
		await expect(form.errorSummary.getByRole('link').allTextContents()).resolves.toEqual(['Select at least one question set']);
		await expect(form.questionSets.locator('.govuk-error-message').textContent()).resolves.toContain('Select at least one question set');
		expect(await axeViolations(page)).toEqual([]);
		// The summary's link takes focus to the first box.
		await form.errorSummary.getByRole('link').click();
		await expect(focused(page)).resolves.toMatchObject({ tag: 'input', name: LGSCO });
	});

	test('creating it with two sets shows both in the overview, each with its areas', async () => {
		const form = new NewStatementPage(page);
		await form.chooseQuestionSets([LGSCO, LGA_KLOE]);
		await form.submit();
		const overview = new OverviewPage(page);
		await overview.waitFor();
		statementId = overview.id;

		await expect(overview.progress.textContent()).resolves.toContain('0 of 29 answered');
		await expect(page.getByRole('heading', { level: 2, name: /^LG/ }).allTextContents()).resolves.toEqual([LGSCO, LGA_KLOE]);
		await expect(page.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual([
			'1. Accommodation for 16 and 17 year olds',
			'2. The placing of children in care',
			'3. Learning from complaints',
			'4. Children in secure accommodation',
			'5. Children leaving care',
			'6. Key lines of enquiry for all councillors'
		]);
		await expect(page.locator('.govuk-task-list__item').count()).resolves.toBe(29);
		await expect(page.getByRole('link', { name: /^6\.9 How are we planning for the future\/commissioning services\?/ }).isVisible()).resolves.toBe(true);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('a line of enquiry shows what it covers, and no Ombudsman guidance', async () => {
		const overview = new OverviewPage(page);
		const question = await overview.openQuestion('6.3 How are we giving children');
		await expect(page.getByText(`From ${LGA_KLOE}, Local Government Association, page 10.`).isVisible()).resolves.toBe(true);
		await expect(question.guidance.count()).resolves.toBe(0);
		const covers = page.locator('details').filter({ hasText: 'What this question covers' });
		await covers.locator('summary').click();
		await expect(covers.getByRole('listitem').count()).resolves.toBe(4);
		expect(await axeViolations(page)).toEqual([]);

		await question.write('Our Children in Care Council meets monthly with the lead member.');
		await question.waitForSaved();
		await page.goto(appUrl(`/statements/${statementId}`));
		await overview.waitFor();
		await expect(overview.progress.textContent()).resolves.toContain('1 of 29 answered');
		await expect(page.getByText('1 of 9 answered').first().isVisible()).resolves.toBe(true);
	});

	test('the details page lists the sets the statement answers', async () => {
		await page.goto(appUrl(`/statements/${statementId}/details`));
		await page.getByRole('heading', { level: 1, name: 'Change details' }).waitFor();
		const sets = page.locator('dl').last();
		await expect(sets.locator('dt').allTextContents()).resolves.toEqual([LGSCO, LGA_KLOE]);
		await expect(page.getByRole('group', { name: 'Question sets' }).count()).resolves.toBe(0);
		expect(await axeViolations(page)).toEqual([]);
	});
});
