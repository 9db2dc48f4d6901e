import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { focused } from './support/keyboard.ts';
import { NewStatementPage, OverviewPage, QuestionPage, StatementsPage } from './support/pages.ts';

const ANSWER = 'Children had 0.4 placement moves each on average in 2025.';

describe('starting the next position statement from this one', () => {
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		browser = await launchChromium();
		({ page } = await newPage(browser));
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('the follow-up statement starts from the answers, In progress, links back, and shows what we said last time with the changed words', async () => {
		const home = new StatementsPage(page);
		await home.open();
		await home.startNew();
		const earlier = await new NewStatementPage(page).create(statementDetails());
		const earlierId = earlier.id;
		const question = new QuestionPage(page);
		await question.open(earlierId, 'careless-2-2');
		await question.write(ANSWER);
		await question.setReporter(0, 'Ann Lee', 'Placements Team Manager');
		await question.setStatus('Agreed');
		await question.waitForSaved();

		await page.goto(page.url().replace(/\/questions\/.*$/, ''));
		await page.getByRole('link', { name: 'start the next position statement from this one' }).click();
		await page.getByRole('heading', { level: 1, name: 'Start the next position statement from this one' }).waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);

		// A date before the last meeting: refused, the summary links to the date.
		await page.getByLabel('Day').fill('1');
		await page.getByLabel('Month').fill('1');
		await page.getByLabel('Year').fill('2026');
		await page.getByRole('button', { name: 'Start the next statement' }).click();
		const problem = page.locator('.govuk-error-summary').getByRole('link', { name: 'The next meeting must be after the last one (25 March 2026)' });
		await problem.waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
		await problem.click();
		await expect(focused(page)).resolves.toMatchObject({ id: 'nextMeeting-day' });

		await page.getByLabel('Day').fill('12');
		await page.getByLabel('Month').fill('11');
		await page.getByRole('button', { name: 'Start the next statement' }).click();
		const next = new OverviewPage(page);
		await next.waitFor();
		expect(next.id).not.toBe(earlierId);
		await expect(page.locator('#previous-statement').innerText()).resolves.toContain('for the meeting on 25 March 2026');
		await expect(next.status('careless-2-2').innerText()).resolves.toBe('In progress');

		await question.open(next.id, 'careless-2-2');
		await expect(question.editor.inputValue()).resolves.toBe(ANSWER);
		await expect(page.locator('#reporter-0-name').inputValue()).resolves.toBe('Ann Lee');
		await question.write('Children had 0.3 placement moves each on average in 2026.');
		await question.waitForSaved();
		const lastTime = page.getByTestId('last-time');
		await lastTime.getByText('What we said last time (meeting on 25 March 2026)').click();
		await expect(lastTime.locator('.app-markdown').innerText()).resolves.toBe(ANSWER);
		// The words changed, as struck-through and underlined runs (each named for screen readers).
		const runs = async (tag: string) => (await lastTime.locator(tag).allInnerTexts()).map((t) => t.replace(/\[(removed|added): |\]|\s/g, ''));
		await expect(runs('del')).resolves.toEqual(['4', '2025']);
		await expect(runs('ins')).resolves.toEqual(['3', '2026']);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await page.screenshot({ path: '/tmp/next-statement-last-time.png', fullPage: true });

		// The earlier statement is as it was: its answer still agreed.
		await question.open(earlierId, 'careless-2-2');
		await expect(question.editor.inputValue()).resolves.toBe(ANSWER);
		await page.getByTestId('last-time').waitFor({ state: 'detached' });
	});
});
