import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, newPage } from './support/browser.ts';
import { answerWithListAndTable, answerWithNumberedList, statementDetails } from './support/factories.ts';
import { OverviewPage, QuestionPage, StatementsPage } from './support/pages.ts';

describe('an officer writes a position statement', () => {
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	let statementId = '';

	beforeAll(async () => {
		browser = await launchChromium();
		({ context, page } = await newPage(browser));
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('the new statement form explains what is missing', async () => {
		const home = new StatementsPage(page);
		await home.open();
		const form = await home.startNew();
		await form.fill(statementDetails({ council: '', day: '31', month: '2' }));
		await form.submit();

		await expect(form.errorSummary.getByRole('link').allTextContents()).resolves.toEqual([
			"Enter the council's name",
			'The meeting date must be a real date, for example 25 3 2026'
		]);
		// The summary takes focus so the problem is announced.
		await expect(page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).resolves.toBe(true);
		await expect(page.locator('#council-error').textContent()).resolves.toContain("Enter the council's name");
	});

	test('creating it lists the Ombudsman’s 20 questions in five areas, none started', async () => {
		const home = new StatementsPage(page);
		await home.open();
		const form = await home.startNew();
		const overview = await form.create(statementDetails());
		statementId = overview.id;

		await expect(overview.progress.textContent()).resolves.toContain('0 of 20 answered');
		await expect(page.locator('.govuk-task-list__item').count()).resolves.toBe(20);
		await expect(page.getByRole('heading', { level: 2, name: /^\d\. / }).allTextContents()).resolves.toEqual([
			'1. Accommodation for 16 and 17 year olds',
			'2. The placing of children in care',
			'3. Learning from complaints',
			'4. Children in secure accommodation',
			'5. Children leaving care'
		]);
		await expect(overview.status('careless-1-1').textContent()).resolves.toContain('Not started');
	});

	test('two answers with lists and a table are saved and survive a reload', async () => {
		const overview = new OverviewPage(page);
		const question = await overview.openQuestion('1.1 How many 16 and 17 years old');
		await question.write(answerWithListAndTable);
		await question.setReporter(0, 'Jo Bloggs', 'Head of Placements');
		await question.rate('One to watch');
		await question.waitForSaved();

		// The preview shows the list and the table as they will read.
		await question.preview.locator('table').waitFor();
		await expect(question.preview.locator('li').allTextContents()).resolves.toEqual([
			'3 in supported lodgings',
			'1 in semi-independent accommodation'
		]);
		await expect(question.preview.locator('table td').first().textContent()).resolves.toBe('Sufficiency');

		await question.next();
		await question.editor.waitFor();
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('1.2 What action is the council taking');
		await question.write(answerWithNumberedList);
		await question.setReporter(0, 'Ali Khan', 'IRO Team Manager');
		await page.getByRole('button', { name: 'Add another reporter' }).click();
		await question.setReporter(1, 'Chris Lee', 'Head of Service, Children in Care');
		await question.principle('High aspirations').check();
		await question.setStatus('Ready for review');
		await question.waitForSaved();

		await page.reload();
		await question.editor.waitFor();
		await expect(question.editor.inputValue()).resolves.toBe(answerWithNumberedList);
		await expect(page.locator('#reporter-1-name').inputValue()).resolves.toBe('Chris Lee');
		await expect(page.locator('#reporter-1-designation').inputValue()).resolves.toBe('Head of Service, Children in Care');
		await expect(question.principle('High aspirations').isChecked()).resolves.toBe(true);
		await expect(page.getByRole('group', { name: 'Status' }).getByLabel('Ready for review').isChecked()).resolves.toBe(true);

		const first = new QuestionPage(page);
		await first.open(statementId, 'careless-1-1');
		await expect(first.editor.inputValue()).resolves.toBe(answerWithListAndTable);
		await expect(page.locator('#reporter-0-name').inputValue()).resolves.toBe('Jo Bloggs');
		await expect(page.getByRole('group', { name: 'Self-rating' }).getByLabel('One to watch').isChecked()).resolves.toBe(true);
	});

	test('the overview and the list show the progress', async () => {
		await page.goto(new URL(`/statements/${statementId}`, page.url()).href);
		const overview = new OverviewPage(page);
		await overview.waitFor();

		await expect(overview.progress.textContent()).resolves.toContain('2 of 20 answered');
		await expect(overview.status('careless-1-1').textContent()).resolves.toContain('In progress');
		await expect(overview.status('careless-1-2').textContent()).resolves.toContain('Ready for review');
		await expect(page.locator('.app-area-count').first().textContent()).resolves.toContain('2 of 2 answered');
		// Question 1.2 bears on high aspirations because the officer ticked it.
		await expect(overview.principleCount('5. High aspirations').textContent()).resolves.toBe('1');

		const home = new StatementsPage(page);
		await home.open();
		await expect(home.entry('Position statement against LGSCO areas of focus').textContent()).resolves.toContain(
			'2 of 20 answered'
		);
	});

	test('typing without pausing is saved before a sudden close', async () => {
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-2-1');
		await question.editor.click();
		await page.keyboard.type('Visits are within timescales for 92% of children placed at a distance.', { delay: 10 });
		// Close the tab at once, before the autosave has had its second.
		const second = await context.newPage();
		await page.close({ runBeforeUnload: true });
		page = second;
		const reopened = new QuestionPage(page);
		await reopened.open(statementId, 'careless-2-1');
		await expect(reopened.editor.inputValue()).resolves.toBe(
			'Visits are within timescales for 92% of children placed at a distance.'
		);
	});

	test('renaming keeps the answers; deleting says what will be lost and removes it', async () => {
		await page.goto(new URL(`/statements/${statementId}/details`, page.url()).href);
		await page.getByLabel('Title').fill('Response to the Careless report');
		await page.getByRole('button', { name: 'Save changes' }).click();
		const overview = new OverviewPage(page);
		await overview.waitFor();
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Response to the Careless report');
		await expect(overview.progress.textContent()).resolves.toContain('3 of 20 answered');

		await page.getByRole('link', { name: 'Delete this position statement' }).click();
		await expect(page.locator('.govuk-warning-text').textContent()).resolves.toMatch(/3 written answers and\s+\d+ saved versions/);
		await page.getByRole('button', { name: 'Yes, delete it' }).click();
		const home = new StatementsPage(page);
		await home.heading.waitFor();
		// The list loads a moment after the heading.
		await expect.poll(() => page.getByText('You have no position statements on this device yet.').isVisible()).toBe(true);
	});
});
