import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ActionsSection } from './support/action-pages.ts';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { docxText, ExportPage, pdfPages } from './support/export-page.ts';
import { statementDetails } from './support/factories.ts';
import { FiguresSection } from './support/figure-pages.ts';
import { LocalQuestionsPage } from './support/local-questions-page.ts';
import { NewStatementPage, OverviewPage, QuestionPage } from './support/pages.ts';
import { textOf } from './support/review-pages.ts';

/**
 * A newcomer builds a statement from two question sets plus the panel's own
 * question, answers with a figure and an action, and finds all of it in the
 * PDF, the Word file and the web page.
 */

const LGSCO = 'LGSCO Careless (December 2020)';
const LGA_10 = 'LGA/NCB 10 questions (June 2012)';
const AREA = 'Our own lines of enquiry';
const OWN_QUESTION = 'How many of our care leavers are in education, employment or training at 19 to 21?';
const LGA_ANSWER = 'Our children in care are mostly aged 10 to 15; a third have an EHCP. We ask every child each year what they think of their care.';
const OWN_ANSWER = 'Most of our care leavers are in education, employment or training; the virtual school head reports on the rest.';
const INDICATOR = 'Care leavers aged 19 to 21 in education, employment or training';
const ACTION = 'Offer every care leaver a council apprenticeship interview';

describe('a statement from two question sets and the panel’s own question, with figures and actions, in every export', () => {
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	let statementId = '';

	beforeAll(async () => {
		browser = await launchChromium();
		({ context, page } = await newPage(browser, { acceptDownloads: true }));
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('the statement is started with both sets and the panel adds its own question', async () => {
		await page.goto(appUrl('/statements/new'));
		const form = new NewStatementPage(page);
		await form.questionSets.getByRole('checkbox').first().waitFor();
		await form.fill(statementDetails());
		await form.chooseQuestionSets([LGSCO, LGA_10]);
		await form.submit();
		const overview = new OverviewPage(page);
		await overview.waitFor();
		statementId = overview.id;

		const local = new LocalQuestionsPage(page);
		await local.open(statementId);
		await local.startArea();
		await local.areaTitle.fill(AREA);
		await page.getByRole('button', { name: 'Add area' }).click();
		await page.getByRole('heading', { level: 1, name: 'Add a question' }).waitFor();
		await local.addQuestion(OWN_QUESTION, ['Preparing for adulthood']);

		await page.goto(appUrl(`/statements/${statementId}`));
		await overview.waitFor();
		const total = 20 + (await page.locator('a[href*="/questions/lga10-"]').count()) + 1;
		await expect(overview.progress.textContent()).resolves.toContain(`0 of ${total} answered`);
		await expect(page.getByRole('heading', { level: 2 }).allTextContents()).resolves.toEqual(expect.arrayContaining([LGSCO, LGA_10, 'Local questions']));
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('an answer to the LGA’s first question gets a figure and an action; the panel’s own question is answered too', async () => {
		const question = new QuestionPage(page);
		await question.open(statementId, 'lga10-1-1');
		await question.write(LGA_ANSWER);
		await question.waitForSaved();

		const figures = new FiguresSection(page);
		const figure = await figures.add();
		await figure.fill({ indicator: INDICATOR, value: '58', unit: '%', period: '2025-26', statisticalNeighbours: '55', england: '53', direction: '↑ Going up', source: 'DfE care leavers data 2025-26' });
		await figure.save();
		await figures.banner.waitFor();
		await expect(figures.chart(INDICATOR).count()).resolves.toBe(1);

		const actions = new ActionsSection(page);
		const action = await actions.add();
		await action.fill({ text: ACTION, owner: 'Jo Bloggs', day: '30', month: '9', year: '2026', status: 'On track' });
		await action.save('Add action');
		await expect(textOf(actions.section)).resolves.toContain(ACTION);
		await expect(axeViolations(page)).resolves.toEqual([]);

		const own = page.url().replace(/\/questions\/[^/?#]+.*$/, '');
		await page.goto(own);
		await new OverviewPage(page).waitFor();
		await page.getByRole('link', { name: new RegExp(`^\\d+\\.1 ${OWN_QUESTION.slice(0, 20)}`) }).click();
		await page.getByRole('heading', { level: 1, name: new RegExp(OWN_QUESTION.slice(0, 20)) }).waitFor();
		await question.write(OWN_ANSWER);
		await question.waitForSaved();
	});

	test('the PDF, the Word file and the web page each carry the sets, the panel’s question, the figure and the action', async () => {
		const screen = new ExportPage(page);
		await screen.open(statementId);
		const pdf = (await pdfPages(new Uint8Array((await screen.export()).bytes))).join(' ').replace(/\s+/g, ' ');

		await screen.chooseFormat('Word document');
		const word = (await docxText(new Uint8Array((await screen.export()).bytes))).text.replace(/\s+/g, ' ');

		await screen.chooseFormat('Web page (HTML) for the council website');
		const html = (await screen.export()).bytes.toString('utf8');
		const reader = await context.newPage();
		await reader.setContent(html);
		const web = (await textOf(reader.locator('body'))).replace(/\s+/g, ' ');
		await expect(axeViolations(reader)).resolves.toEqual([]);
		await reader.close();

		for (const [format, text] of [['PDF', pdf], ['Word', word], ['web page', web]] as const) {
			expect(text, format).toContain(`Question set: ${LGA_10}`);
			expect(text, format).toContain(OWN_QUESTION);
			expect(text, format).toContain(OWN_ANSWER.slice(0, 40));
			expect(text, format).toContain(INDICATOR);
			expect(text, format).toMatch(/58\s?%/);
			expect(text, format).toContain(ACTION);
			expect(text, format).toContain('Jo Bloggs');
		}
	});
});
