import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { goOffline } from './support/offline.ts';
import { NewStatementPage } from './support/pages.ts';
import { NewRecommendationPage, parseCsv, RecommendationPage, TrackerPage } from './support/recommendation-pages.ts';
import { download, officerSam, pdfText, ProfilePage, textOf } from './support/review-pages.ts';

const first = {
	itemTitle: 'LGSCO report: Careless',
	text: 'That the panel receives the placement sufficiency strategy, with figures for statistical neighbours, at a future meeting.'
};
// Quotes, commas, a line break and a leading "=": what a CSV file must carry safely.
const second = {
	itemTitle: 'Improvement Plan',
	text: '=2 reports a year on the term "things to do better", from the virtual school head\nand the IRO service.'
};
const review = 'The strategy is being drafted with the placements team.';
const done = 'The strategy was presented on 4 June 2026, with statistical neighbour figures.';

/** An officer records the panel's recommendations after the meeting and follows one until the panel accepts it. */
describe('the recommendations tracker', () => {
	let browser: Browser;
	let officer: { context: BrowserContext; page: Page };
	let statementId = '';
	let firstId = '';
	let secondId = '';

	beforeAll(async () => {
		browser = await launchChromium();
		officer = await newPage(browser, { acceptDownloads: true });
		const { page } = officer;
		await new ProfilePage(page).open();
		await ProfilePage.fill(page, officerSam);
		await page.goto(appUrl('/statements/new'));
		statementId = (await new NewStatementPage(page).create(statementDetails())).id;
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('the statement’s overview leads to recording the panel’s recommendations, prefilled', async () => {
		const { page } = officer;
		await page.goto(appUrl(`/statements/${statementId}`));
		await expect.poll(() => textOf(page.locator('#statement-recommendations'))).toBe('No recommendations recorded from this statement yet.');
		await page.getByRole('link', { name: "Record the panel's recommendations" }).click();
		const form = new NewRecommendationPage(page);
		await form.heading.waitFor();
		await expect(form.statement.inputValue()).resolves.toBe(statementId);
		await expect(form.datePart('Day').inputValue()).resolves.toBe('25');
		await expect(form.datePart('Month').inputValue()).resolves.toBe('3');
		await expect(form.datePart('Year').inputValue()).resolves.toBe('2026');
		await expect(form.question('2.1').isVisible()).resolves.toBe(true);
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('a recommendation without its text or date is refused, naming the fields, and nothing is saved', async () => {
		const { page } = officer;
		const form = new NewRecommendationPage(page);
		await form.open(statementId);
		await form.fill({ day: '', month: '', year: '', itemTitle: first.itemTitle, text: '   ' });
		await page.getByRole('button', { name: 'Save recommendation' }).click();
		await form.errorSummary.waitFor();
		const links = await form.errorSummary.getByRole('link').allTextContents();
		expect(links).toEqual(['Enter the date of the panel meeting', 'Enter the recommendation']);
		// The summary has focus; its links go to the fields.
		await expect(focused(page)).resolves.toMatchObject({ tag: 'div' });
		await form.errorSummary.getByRole('link', { name: 'Enter the recommendation' }).click();
		await expect(focused(page)).resolves.toMatchObject({ id: 'recommendationText' });
		await expect(axeViolations(page)).resolves.toEqual([]);
		await form.fill({ day: '31', month: '2', year: '2026', itemTitle: first.itemTitle, text: first.text });
		await page.getByRole('button', { name: 'Save recommendation' }).click();
		await expect(textOf(form.errorSummary)).resolves.toContain('The meeting date must be a real date');
		// What was typed is still there.
		await expect(page.getByLabel('Recommendation', { exact: true }).inputValue()).resolves.toBe(first.text);
		const tracker = new TrackerPage(page);
		await tracker.open();
		await expect(textOf(tracker.count)).resolves.toBe('No recommendations have been recorded on this device yet.');
	});

	test('the officer records two recommendations after the meeting, one linked to the statement and two questions', async () => {
		const { page } = officer;
		const form = new NewRecommendationPage(page);
		await form.open(statementId);
		await form.fill({ day: '25', month: '3', year: '2026', itemTitle: first.itemTitle, text: first.text, questions: ['2.1', '2.3'] });
		await form.saveAndRecordAnother();
		await expect(textOf(form.successBanner)).resolves.toContain('Recommendation recorded as outstanding');
		// Ready for the next: the meeting and item stay, the text and questions are cleared.
		await expect(page.getByLabel('Recommendation', { exact: true }).inputValue()).resolves.toBe('');
		await expect(form.question('2.1').isChecked()).resolves.toBe(false);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await form.fill({ day: '11', month: '2', year: '2026', itemTitle: second.itemTitle, text: second.text, statementId: '' });
		secondId = await form.save();

		const recommendation = new RecommendationPage(page);
		await expect(textOf(recommendation.status)).resolves.toBe('Outstanding');
		await expect(textOf(page.locator('#recommendation-text'))).resolves.toBe(second.text.replace(/\s+/g, ' '));

		const tracker = new TrackerPage(page);
		await tracker.open();
		await expect(textOf(tracker.count)).resolves.toBe('Showing 2 of 2 recommendations');
		// Oldest meeting first, as the monitoring table runs.
		await expect(tracker.shownTexts()).resolves.toEqual([second.text, first.text]);
		await expect(textOf(tracker.row(first.text))).resolves.toContain('From Position statement against LGSCO areas of focus');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await tracker.row(first.text).getByRole('link').click();
		await recommendation.progressHeading.waitFor();
		firstId = page.url().split('/').pop() ?? '';
		const links = await recommendation.summary.getByRole('link').allTextContents();
		expect(links[0]).toBe('Position statement against LGSCO areas of focus');
		expect(links.slice(1).map((l) => l.slice(0, 4))).toEqual(['2.1 ', '2.3 ']);
		await expect(recommendation.history.count()).resolves.toBe(1);
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('a review month that is not a month is refused and nothing is recorded', async () => {
		const { page } = officer;
		const recommendation = new RecommendationPage(page);
		await recommendation.open(firstId);
		await recommendation.record({ status: 'Recommend review', month: '13', year: '2026' });
		await recommendation.errorSummary.waitFor();
		await expect(textOf(recommendation.errorSummary)).resolves.toContain('The review month must be a real month, for example 6 2027');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await expect(recommendation.history.count()).resolves.toBe(1);
		await expect(textOf(recommendation.status)).resolves.toBe('Outstanding');
		// What was typed is kept as a draft through a reload, until "Discard it" puts the form back as it started.
		await page.reload();
		await recommendation.progressHeading.waitFor();
		const kept = page.getByTestId('draft-notice');
		await kept.waitFor();
		await expect(page.getByRole('textbox', { name: 'Month', exact: true }).inputValue()).resolves.toBe('13');
		await kept.getByRole('button', { name: 'Discard it' }).click();
		await expect(kept.count()).resolves.toBe(0);
		await expect(page.getByRole('radio', { name: 'Outstanding', exact: true }).isChecked()).resolves.toBe(true);
		await expect(page.getByRole('textbox', { name: 'Month', exact: true }).count()).resolves.toBe(0);
	});

	test('by keyboard alone, the officer records the action taken and moves it to "Recommend review in June 2027"', async () => {
		const { page } = officer;
		const recommendation = new RecommendationPage(page);
		await recommendation.open(firstId);
		await page.locator('#main-content').focus();
		await tabTo(page, /^Action taken$/);
		await page.keyboard.type(review);
		// Into the radios: focus lands on the chosen one; the arrow key chooses the next and reveals the month.
		await page.keyboard.press('Tab');
		await expect(focused(page)).resolves.toMatchObject({ name: 'Outstanding' });
		await page.keyboard.press('ArrowDown');
		await expect(focused(page)).resolves.toMatchObject({ name: 'Recommend review' });
		await page.keyboard.press('Tab');
		await expect(focused(page)).resolves.toMatchObject({ name: 'Month' });
		await page.keyboard.type('6');
		await page.keyboard.press('Tab');
		await expect(focused(page)).resolves.toMatchObject({ name: 'Year' });
		await page.keyboard.type('2027');
		await tabTo(page, /^Save progress$/, 5);
		await page.keyboard.press('Enter');
		await expect.poll(() => textOf(recommendation.status)).toBe('Recommend review in June 2027');
		await expect(textOf(recommendation.saved)).resolves.toMatch(/^Saved on .*: Recommend review in June 2027\./);
		await expect(recommendation.history.count()).resolves.toBe(2);
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('then to Complete; the history shows three dated entries with who made each', async () => {
		const { page } = officer;
		const recommendation = new RecommendationPage(page);
		await recommendation.open(firstId);
		// Saving with nothing changed records nothing.
		await page.getByRole('button', { name: 'Save progress' }).click();
		await expect.poll(() => textOf(recommendation.saved)).toBe('Nothing has changed, so nothing new was recorded.');
		await expect(recommendation.history.count()).resolves.toBe(2);
		await recommendation.record({ status: 'Complete', actionTaken: done });
		await expect.poll(() => textOf(recommendation.status)).toBe('Complete');
		await expect(recommendation.history.count()).resolves.toBe(3);
		// When | Who | What changed, oldest first.
		const rows = await Promise.all(
			[0, 1, 2].map(async (i) => (await recommendation.history.nth(i).locator('td').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()))
		);
		for (const [when, who] of rows) {
			expect(when).toMatch(/^\d{1,2} \w+ \d{4} at \d{2}:\d{2}$/);
			expect(who).toBe('Sam Patel, Head of Service');
		}
		expect(rows[0]![2]).toBe('Recorded as Outstanding');
		expect(rows[1]![2]).toBe(`Progress status changed from Outstanding to Recommend review in June 2027 Action taken: ${review}`);
		expect(rows[2]![2]).toBe(`Progress status changed from Recommend review in June 2027 to Complete Action taken: ${done}`);
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('the tracker filters by status and meeting, by keyboard, and keeps the filter on reload', async () => {
		const { page } = officer;
		const tracker = new TrackerPage(page);
		await tracker.open();
		await tracker.statusFilter('Complete').focus();
		await page.keyboard.press('Space');
		await expect.poll(() => textOf(tracker.count)).toBe('Showing 1 of 2 recommendations');
		await expect(tracker.shownTexts()).resolves.toEqual([first.text]);
		await expect(textOf(tracker.row(first.text))).resolves.toContain('Complete');
		await expect(textOf(page.locator('#save-scope'))).resolves.toContain('The files hold only the 1 recommendation shown (progress status Complete)');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await page.reload();
		await tracker.count.waitFor();
		await expect(tracker.statusFilter('Complete').isChecked()).resolves.toBe(true);
		await expect(textOf(tracker.count)).resolves.toBe('Showing 1 of 2 recommendations');

		await tracker.statusFilter('Complete').uncheck();
		await tracker.meetingFilter.selectOption({ label: '11 February 2026 (1 recommendation)' });
		await expect.poll(() => textOf(tracker.count)).toBe('Showing 1 of 2 recommendations');
		await expect(tracker.shownTexts()).resolves.toEqual([second.text]);
		await tracker.statusFilter('Complete').check();
		await expect.poll(() => textOf(tracker.count)).toBe('Showing 0 of 2 recommendations');
		await expect(textOf(page.locator('#tracker-table tbody'))).resolves.toBe('No recommendations match these filters.');
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect.poll(() => textOf(tracker.count)).toBe('Showing 2 of 2 recommendations');
	});

	test('the monitoring table is saved as a PDF, with the filter applied and said, with the network off', async () => {
		const { page } = officer;
		const tracker = new TrackerPage(page);
		await tracker.open('?status=complete');
		const today = new Date().toLocaleDateString('en-CA');
		// On the train: the PDF code and fonts come from the app's own offline copy.
		await goOffline(officer.context, page);
		const pdf = await download(page, 'Save as PDF');
		await officer.context.setOffline(false);
		expect(pdf.name).toBe(`anytown-borough-council-scrutiny-monitoring-${today}.pdf`);
		expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
		const text = await pdfText(pdf.bytes);
		expect(text).toContain('Children and Families Scrutiny Panel');
		expect(text).toContain('Scrutiny monitoring –');
		expect(text).toContain('Date Title Action proposed Action taken Progress status');
		expect(text).toContain('Showing 1 of 2 recommendations: progress status Complete');
		expect(text).toContain(`1) ${first.text}`);
		expect(text).toContain(done);
		expect(text).toContain('Complete');
		expect(text).not.toContain('things to do better');
		expect(text).toContain('Page 1 of 1');
		await expect(textOf(page.getByRole('status').filter({ hasText: 'Saved to your downloads' }))).resolves.toBe(`Saved to your downloads as ${pdf.name}.`);
	});

	test('and as a CSV file that opens in Excel: BOM, quoted fields, text intact, a leading "=" made harmless', async () => {
		const { page } = officer;
		const tracker = new TrackerPage(page);
		await tracker.open();
		const csv = await download(page, 'Save as CSV for Excel');
		expect(csv.name).toBe(`anytown-borough-council-scrutiny-monitoring-${new Date().toLocaleDateString('en-CA')}.csv`);
		expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = csv.bytes.toString('utf8').slice(1);
		expect(text.startsWith('"Date","Title","Action proposed","Action taken","Progress status","Linked position statement","Linked questions"\r\n')).toBe(true);
		const rows = parseCsv(text);
		expect(rows).toHaveLength(3);
		expect(rows.every((r) => r.length === 7)).toBe(true);
		const [, older, newer] = rows;
		expect(older!.slice(0, 5)).toEqual(['11/02/2026', second.itemTitle, `'${second.text}`, '', 'Outstanding']);
		expect(newer!.slice(0, 5)).toEqual(['25/03/2026', first.itemTitle, first.text, done, 'Complete']);
		expect(newer![5]).toBe('Position statement against LGSCO areas of focus (Anytown Borough Council, 25 March 2026)');
		expect(newer![6]!.split('\n').map((q) => q.slice(0, 4))).toEqual(['2.1 ', '2.3 ']);
	});

	test('the statement’s overview counts its recommendations', async () => {
		const { page } = officer;
		await page.goto(appUrl(`/statements/${statementId}`));
		await expect.poll(() => textOf(page.locator('#statement-recommendations'))).toBe('1 recommendation: 1 complete.');
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recommendations' }).click();
		await new TrackerPage(page).heading.waitFor();
	});

	test('a recommendation is deleted only after the officer confirms it', async () => {
		const { page } = officer;
		const recommendation = new RecommendationPage(page);
		await recommendation.open(secondId);
		await page.getByRole('link', { name: 'Delete this recommendation' }).click();
		await page.getByRole('heading', { level: 1, name: 'Are you sure you want to delete this recommendation?' }).waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
		await page.getByRole('link', { name: 'No, keep it' }).click();
		await recommendation.progressHeading.waitFor();
		await page.getByRole('link', { name: 'Delete this recommendation' }).click();
		await page.getByRole('button', { name: 'Yes, delete it' }).click();
		const tracker = new TrackerPage(page);
		await tracker.heading.waitFor();
		await expect.poll(() => textOf(tracker.count)).toBe('Showing 1 of 1 recommendation');
		await expect(tracker.shownTexts()).resolves.toEqual([first.text]);
	});
});
