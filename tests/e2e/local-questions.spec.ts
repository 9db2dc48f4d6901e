import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, newPage } from './support/browser.ts';
import { ExportPage } from './support/export-page.ts';
import { statementDetails } from './support/factories.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { LocalQuestionsPage } from './support/local-questions-page.ts';
import { OverviewPage, QuestionPage, StatementsPage } from './support/pages.ts';
import { ReadingPage } from './support/reading-page.ts';
import { textOf } from './support/review-pages.ts';

/**
 * The panel adds its own area and questions to a statement ("opportunities
 * for further scrutiny"), orders them by keyboard, and they are then
 * answered, counted, read and exported like the Ombudsman's questions.
 * Removing a question never takes its answer with it.
 */

const AREA = 'Opportunities for further scrutiny';
const SUFFICIENCY = 'What will the panel hear about placement sufficiency at its next meeting?';
const CARE_LEAVERS = 'How do care leavers help shape the local offer?';
const ANSWER = 'The placement sufficiency strategy comes to the panel in June 2026, with the new homes opened since March.';

describe("the panel's own questions", () => {
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	let local: LocalQuestionsPage;
	let statementId = '';

	const shot = (name: string) => page.screenshot({ path: `/tmp/local-${name}.png`, fullPage: true });

	beforeAll(async () => {
		browser = await launchChromium();
		({ context, page } = await newPage(browser));
		local = new LocalQuestionsPage(page);
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('an area is added with two questions, an empty question being refused first', async () => {
		const home = new StatementsPage(page);
		await home.open();
		const overview = await (await home.startNew()).create(statementDetails());
		statementId = overview.id;

		await page.getByRole('link', { name: "Add the panel's own questions" }).click();
		await local.heading.waitFor();
		await expect(page.locator('main').innerText()).resolves.toContain('There are none yet.');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await shot('empty');

		await local.startArea();
		await page.getByRole('button', { name: 'Add area' }).click();
		await expect(local.errorSummary.getByRole('link').allTextContents()).resolves.toEqual(["Enter the area's title"]);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await local.areaTitle.fill(AREA);
		await page.getByRole('button', { name: 'Add area' }).click();

		// Straight on to the area's first question.
		await page.getByRole('heading', { level: 1, name: 'Add a question' }).waitFor();
		await page.getByRole('button', { name: 'Add question' }).click();
		await expect(local.errorSummary.getByRole('link').allTextContents()).resolves.toEqual(['Enter the question']);
		// The summary takes focus, and its link leads to the field.
		await expect(page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).resolves.toBe(true);
		await expect(page.locator('#question-text-error').textContent()).resolves.toContain('Enter the question');
		await expect(page.title()).resolves.toMatch(/^Error: Add a question/);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await shot('question-error');
		await local.errorSummary.getByRole('link', { name: 'Enter the question' }).click();
		await expect(focused(page)).resolves.toMatchObject({ id: 'question-text' });

		await local.addQuestion(CARE_LEAVERS, ['Express their views']);
		await expect(textOf(local.banner)).resolves.toContain('Question 6.1 has been added');
		await local.banner.getByRole('link', { name: `Add another question to ‘${AREA}’` }).click();
		await page.getByRole('heading', { level: 1, name: 'Add a question' }).waitFor();
		await local.addQuestion(SUFFICIENCY, ['Safety and stability']);
		await expect(textOf(local.banner)).resolves.toContain('Question 6.2 has been added');

		await expect(local.questionTexts(`6. ${AREA}`)).resolves.toEqual([CARE_LEAVERS, SUFFICIENCY]);
		await expect(textOf(local.area(`6. ${AREA}`))).resolves.toContain('Bears on: 2. Express their views');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await shot('list');
	});

	test('the questions are reordered by keyboard, focus staying on the moved question', async () => {
		await local.open(statementId);
		await tabTo(page, /^Move down question 6\.1$/);
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.activeElement?.id.startsWith('move-up-'));
		await expect(local.questionTexts(`6. ${AREA}`)).resolves.toEqual([SUFFICIENCY, CARE_LEAVERS]);
		// It reached the bottom, so focus is on its "Move up", and the move is announced.
		await expect(focused(page)).resolves.toMatchObject({ name: 'Move up question 6.2' });
		await expect(textOf(page.locator('#local-questions-announcement'))).resolves.toBe('Question moved down: now question 6.2');
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('a question of their own is answered and autosaved like any other, under a "Local questions" heading', async () => {
		const overview = new OverviewPage(page);
		await page.goto(new URL(`/statements/${statementId}`, page.url()).href);
		await overview.waitFor();
		await expect(page.getByRole('heading', { level: 2, name: /^(LGSCO|Local questions)/ }).allTextContents()).resolves.toEqual([
			'LGSCO Careless (December 2020)',
			'Local questions'
		]);
		await expect(page.getByRole('heading', { level: 3, name: '6. Opportunities for further scrutiny' }).count()).resolves.toBe(1);
		await expect(overview.progress.textContent()).resolves.toContain('0 of 22 answered');
		await shot('overview');

		const question = await overview.openQuestion(`6.1 ${SUFFICIENCY}`);
		await expect(page.locator('.app-source').textContent()).resolves.toContain("One of the panel's own questions");
		await question.write(ANSWER);
		await question.waitForSaved();
		await page.reload();
		await question.editor.waitFor();
		await expect(question.editor.inputValue()).resolves.toBe(ANSWER);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await shot('question');

		await page.getByRole('link', { name: 'Back to all questions' }).click();
		await overview.waitFor();
		await expect(overview.progress.textContent()).resolves.toContain('1 of 22 answered');
		await expect(textOf(page.locator('#set-local + p'))).resolves.toContain('1 of 2 answered');
	});

	test('it is in the reading view and the exported web page', async () => {
		const reading = new ReadingPage(page);
		await reading.open(statementId);
		await expect(reading.contents.getByRole('link', { name: `6. ${AREA}` }).count()).resolves.toBe(1);
		const q61 = await textOf(reading.question('6.1'));
		expect(q61).toContain(SUFFICIENCY);
		// (The reading view explains "sufficiency" inline, so look for words after it.)
		expect(q61).toContain('comes to the panel in June 2026, with the new homes opened since March.');
		await expect(axeViolations(page)).resolves.toEqual([]);

		const screen = new ExportPage(page);
		await screen.open(statementId);
		await screen.chooseFormat('Web page (HTML) for the council website');
		const file = await screen.export();
		const reader = await context.newPage();
		await reader.setContent(file.bytes.toString('utf8'));
		await expect(reader.getByRole('heading', { level: 2, name: `6. ${AREA}` }).count()).resolves.toBe(1);
		const body = await textOf(reader.locator('body'));
		expect(body).toContain(`6.1 ${SUFFICIENCY}`);
		expect(body).toContain(ANSWER);
		expect(body).toContain(`6.2 ${CARE_LEAVERS}`);
		await reader.close();
	});

	test('the area is renamed', async () => {
		await local.open(statementId);
		await local.area(`6. ${AREA}`).getByRole('link', { name: `Rename the area ‘${AREA}’` }).click();
		await page.getByRole('heading', { level: 1, name: 'Rename the area' }).waitFor();
		await expect(local.areaTitle.inputValue()).resolves.toBe(AREA);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await local.areaTitle.fill('Further scrutiny');
		await page.getByRole('button', { name: 'Save title' }).click();
		await local.banner.waitFor();
		await expect(textOf(local.banner)).resolves.toContain('The area has been renamed ‘Further scrutiny’');
		await expect(local.questionTexts('6. Further scrutiny')).resolves.toEqual([SUFFICIENCY, CARE_LEAVERS]);
	});

	test('a question is reworded, its answer staying with it', async () => {
		await local.area('6. Further scrutiny').getByRole('link', { name: 'Change question 6.1' }).click();
		await page.getByRole('heading', { level: 1, name: 'Change question 6.1' }).waitFor();
		await expect(local.questionText.inputValue()).resolves.toBe(SUFFICIENCY);
		await expect(local.principle('Safety and stability').isChecked()).resolves.toBe(true);
		await local.questionText.fill('');
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(local.errorSummary.getByRole('link').allTextContents()).resolves.toEqual(['Enter the question']);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await local.questionText.fill(`${SUFFICIENCY} `);
		await page.getByRole('button', { name: 'Save changes' }).click();
		await local.banner.waitFor();
		await expect(textOf(local.banner)).resolves.toContain('Question 6.1 has been changed');
	});

	test('the answered question cannot be removed; the other one can', async () => {
		await local.area('6. Further scrutiny').getByRole('link', { name: 'Remove question 6.1' }).click();
		await page.getByRole('heading', { level: 1, name: 'You cannot remove question 6.1 yet' }).waitFor();
		await expect(textOf(page.locator('#removal-refusals'))).resolves.toBe('Question 6.1 has an answer. Clear or move the answer first.');
		await expect(page.getByRole('button', { name: 'Yes, remove it' }).count()).resolves.toBe(0);
		await expect(page.getByRole('link', { name: 'Go to question 6.1' }).count()).resolves.toBe(1);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await shot('remove-refused');

		// Nor can its area, which would take it along.
		await local.open(statementId);
		await local.area('6. Further scrutiny').getByRole('link', { name: 'Remove the area ‘Further scrutiny’' }).click();
		await page.getByRole('heading', { level: 1, name: 'You cannot remove the area ‘Further scrutiny’ yet' }).waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);

		await local.open(statementId);
		await local.area('6. Further scrutiny').getByRole('link', { name: 'Remove question 6.2' }).click();
		await page.getByRole('heading', { level: 1, name: 'Are you sure you want to remove question 6.2?' }).waitFor();
		await expect(textOf(page.locator('main'))).resolves.toContain(CARE_LEAVERS);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await shot('remove-confirm');
		await page.getByRole('button', { name: 'Yes, remove it' }).click();
		await local.banner.waitFor();
		await expect(textOf(local.banner)).resolves.toContain('Question 6.2 has been removed');
		await expect(local.questionTexts('6. Further scrutiny')).resolves.toEqual([SUFFICIENCY]);

		// The answer is still there, and counted.
		const overview = new OverviewPage(page);
		await page.getByRole('link', { name: 'Back to the position statement' }).first().click();
		await overview.waitFor();
		await expect(overview.progress.textContent()).resolves.toContain('1 of 21 answered');
		const question = await overview.openQuestion(`6.1 ${SUFFICIENCY}`);
		await expect(question.editor.inputValue()).resolves.toBe(ANSWER);
	});
});
