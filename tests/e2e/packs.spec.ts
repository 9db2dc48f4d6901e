import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { ExportPage, pdfPages } from './support/export-page.ts';
import { statementDetails } from './support/factories.ts';
import { HistoryPage } from './support/history-page.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { ContributorsSection, OpenFilePage, ReporterCopyPage, priyaShah } from './support/pack-pages.ts';
import { NewStatementPage, OverviewPage, QuestionPage, StatementsPage } from './support/pages.ts';
import { officerSam, ProfilePage, textOf } from './support/review-pages.ts';

/** What each side writes to question 1.1, and Priya's new answer to 1.2. */
const text = {
	draft: 'As at 30 September 2025, 4 young people aged 16 or 17 were in unregulated homes.',
	coordinators: 'As at 30 September 2025, 4 young people aged 16 or 17 were in unregulated homes; all have an allocated social worker.',
	priyas: 'As at 30 September 2025, 5 young people aged 16 or 17 were in unregulated homes (England: 6%).',
	combined: 'As at 30 September 2025, 5 young people aged 16 or 17 were in unregulated homes (England: 6%); all have an allocated social worker.',
	priyas12: 'Every 16 or 17 year old who presents as homeless is assessed jointly by housing and children’s services.'
};

describe('contribution packs: a reporter answers her questions on her own device and the coordinator merges them back', () => {
	let browser: Browser;
	let coordinator: { context: BrowserContext; page: Page };
	let reporter: { context: BrowserContext; page: Page };
	let statementId = '';
	let packPath = '';
	let returnPath = '';

	beforeAll(async () => {
		browser = await launchChromium();
		coordinator = await newPage(browser, { acceptDownloads: true });
		// A second browser context: another laptop, with its own empty storage.
		reporter = await newPage(browser, { acceptDownloads: true });
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('the coordinator asks Priya Shah to answer three questions and exports her pack', async () => {
		const { page } = coordinator;
		const profile = new ProfilePage(page);
		await profile.open();
		await ProfilePage.fill(page, officerSam);
		await page.goto(appUrl('/statements/new'));
		statementId = (await new NewStatementPage(page).create(statementDetails())).id;
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-1-1');
		await question.write(text.draft);
		await question.waitForSaved();

		await page.goto(appUrl(`/statements/${statementId}`));
		const form = await new ContributorsSection(page).startAdding();
		await expect(axeViolations(page)).resolves.toEqual([]);
		await form.submit();
		await form.errorSummary.waitFor();
		await expect(form.errorSummary.getByRole('link').allTextContents()).resolves.toEqual([
			"Enter the contributor's name",
			"Enter the contributor's designation",
			'Select the questions this contributor will answer'
		]);
		await expect(page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).resolves.toBe(true);
		await expect(page.title()).resolves.toMatch(/^Error: Add a contributor/);
		await expect(axeViolations(page)).resolves.toEqual([]);

		const contributors = await form.add(priyaShah);
		await expect(textOf(contributors.added)).resolves.toContain('Priya Shah has been added');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('contributor-added');
		const card = contributors.card('Priya Shah');
		await expect(textOf(card)).resolves.toContain('Head of Service – Children in Care');
		await expect(card.locator('dd li').allTextContents()).resolves.toEqual([
			'1.1 How many 16 and 17 years old are in bed and breakfast accommodation or in unregulated homes?',
			'1.2 What action is the council taking to ensure their welfare is promoted and safeguarded?',
			'2.1 How many children in care are placed out of area, or at a distance, and are social workers visiting these children in accordance with statutory requirements?'
		]);
		await expect(axeViolations(page)).resolves.toEqual([]);

		const pack = await contributors.exportPack('Priya Shah');
		packPath = pack.path;
		expect(pack.name).toBe('anytown-borough-council-2026-03-25-pack-for-priya-shah.json');
		const file = JSON.parse(pack.bytes.toString('utf8')) as {
			type: string;
			data: { returnedAt?: string; pack: { contributor: { name: string; questionIds: string[] } }; responses: { questionId: string }[] };
		};
		expect(file.type).toBe('scrutiny-contribution-pack');
		expect(file.data.returnedAt).toBeUndefined();
		expect(file.data.pack.contributor).toMatchObject({ name: 'Priya Shah', questionIds: ['careless-1-1', 'careless-1-2', 'careless-2-1'] });
		expect(file.data.responses.map((r) => r.questionId)).toEqual(['careless-1-1']);
		await expect(textOf(card.getByRole('status'))).resolves.toContain('Send it to Priya Shah at priya.shah@anytown.gov.uk');

		// Meanwhile the coordinator improves one of Priya's answers himself.
		await question.open(statementId, 'careless-1-1');
		await question.write(text.coordinators);
		await question.waitForSaved();
	});

	test('on her own laptop Priya opens the pack and sees only her three questions, with a clear banner', async () => {
		const { page } = reporter;
		await page.goto(appUrl('/'));
		await page.getByRole('link', { name: 'Open a position statement file' }).click();
		const open = new OpenFilePage(page);
		await open.choose(packPath);
		await expect(textOf(open.contents)).resolves.toBe('3 questions, 1 answered, 1 saved version');
		await expect(textOf(page.locator('#open-plan'))).resolves.toContain(
			'A contribution pack from Sam Patel (Quality Assurance Unit Manager) asking Priya Shah to answer 3 questions.'
		);
		await expect(axeViolations(page)).resolves.toEqual([]);

		const copy = await open.answerPack();
		await expect(textOf(copy.banner)).resolves.toContain('Sam Patel has asked Priya Shah to answer the 3 questions below.');
		await expect(textOf(copy.banner)).resolves.toContain('Only these questions are on this device');
		await expect(copy.questions()).resolves.toEqual([
			'1.1 How many 16 and 17 years old are in bed and breakfast accommodation or in unregulated homes?',
			'1.2 What action is the council taking to ensure their welfare is promoted and safeguarded?',
			'2.1 How many children in care are placed out of area, or at a distance, and are social workers visiting these children in accordance with statutory requirements?'
		]);
		await expect(textOf(new OverviewPage(page).progress)).resolves.toContain('1 of 3 answered.');
		// What is the coordinator's alone is not offered on her copy.
		await expect(page.getByRole('link', { name: 'Export for the panel papers' }).count()).resolves.toBe(0);
		await expect(page.getByRole('heading', { name: 'Contributors' }).count()).resolves.toBe(0);
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('she answers two of them, one of them the answer the coordinator also changed, and saves her answers to send back', async () => {
		const { page } = reporter;
		const question = await new OverviewPage(page).openQuestion('1.1 How many');
		await expect(textOf(page.locator('.govuk-caption-l').first())).resolves.toMatch(/^Question 1 of 3 /);
		await expect(question.editor.inputValue()).resolves.toBe(text.draft);
		await question.write(text.priyas);
		await question.waitForSaved();
		await question.next();
		await page.getByRole('heading', { level: 1, name: /^1\.2 / }).waitFor();
		await expect(textOf(page.locator('.govuk-caption-l').first())).resolves.toMatch(/^Question 2 of 3 /);
		await question.write(text.priyas12);
		await question.waitForSaved();
		await question.next();
		await page.getByRole('heading', { level: 1, name: /^2\.1 / }).waitFor();
		// The last of her questions: no "Next" into questions that are not hers.
		await expect(page.getByRole('link', { name: /^Next question/ }).count()).resolves.toBe(0);

		await page.goto(appUrl(`/statements/${statementId}`));
		const copy = new ReporterCopyPage(page);
		await copy.banner.waitFor();
		const back = await copy.sendBack();
		returnPath = back.path;
		expect(back.name).toBe('anytown-borough-council-2026-03-25-answers-from-priya-shah.json');
		const file = JSON.parse(back.bytes.toString('utf8')) as { data: { returnedAt?: string; responses: { questionId: string; statement: string }[] } };
		expect(file.data.returnedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		expect(Object.fromEntries(file.data.responses.map((r) => [r.questionId, r.statement]))).toEqual({
			'careless-1-1': text.priyas,
			'careless-1-2': text.priyas12
		});
		await expect(textOf(copy.banner.getByRole('status'))).resolves.toBe(
			'Saved to your downloads as anytown-borough-council-2026-03-25-answers-from-priya-shah.json. Send this file to Sam Patel.'
		);

		// Her list of statements says whose questions these are, and counts only them.
		const home = new StatementsPage(page);
		await home.open();
		const entry = home.entry('Position statement against LGSCO areas of focus');
		await expect(textOf(entry)).resolves.toContain("Contribution pack Priya Shah's questions, from Sam Patel");
		await expect(textOf(entry)).resolves.toContain('Progress 2 of 3 answered');
	});

	test('the coordinator opens her answers: one merges, one is a conflict shown both ways with a word-level diff', async () => {
		const { page } = coordinator;
		const open = new OpenFilePage(page);
		await open.open();
		await open.choose(returnPath);
		await expect(textOf(open.contents)).resolves.toMatch(/^3 questions, 2 answered, \d+ saved versions$/);
		await expect(open.plan.locator('li').allTextContents()).resolves.toEqual([
			'1 answer not yet written on this device will be added (question 1.2)',
			'1 answer changed both by Priya Shah and on this device: choose below which to keep (question 1.1)'
		]);
		const conflict = open.conflict('1.1');
		await expect(textOf(conflict.getByTestId('mine'))).resolves.toBe(text.coordinators);
		await expect(textOf(conflict.getByTestId('theirs'))).resolves.toBe(text.priyas);
		await expect(conflict.getByRole('heading', { name: /compared with this device's/ }).textContent()).resolves.toContain('3 words added, 7 words removed');
		await expect(conflict.getByTestId('diff').locator('ins').allTextContents()).resolves.toEqual(['[added: 5]', '[added:  (England: 6%)]']);
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('merging without a choice says so; he chooses "Edit a combination" with the keyboard and merges', async () => {
		const { page } = coordinator;
		const open = new OpenFilePage(page);
		await tabTo(page, /^Merge Priya Shah's answers$/);
		await page.keyboard.press('Enter');
		await open.errorSummary.waitFor();
		await expect(textOf(open.errorSummary)).resolves.toContain('Choose which version to keep for 1.1 How many 16 and 17 years old');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('merge-problems');
		await expect(axeViolations(page)).resolves.toEqual([]);

		await tabTo(page, /^Keep this device's version$/);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(page.getByLabel('Edit a combination').isChecked()).resolves.toBe(true);
		await page.keyboard.press('Tab');
		await expect(focused(page)).resolves.toMatchObject({ tag: 'textarea', id: 'choice-careless-1-1-text' });
		await expect(page.getByLabel('Combined answer').inputValue()).resolves.toBe(`${text.coordinators}\n\n${text.priyas}`);
		// An empty combination is not a choice.
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.press('Delete');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('merge-problems');
		await expect(open.errorSummary.getByRole('link').allTextContents()).resolves.toEqual([
			'Enter the combined answer for 1.1 How many 16 and 17 years old are in bed and breakfast accommodation or in unregulated homes?'
		]);
		// The summary's link leads back to the box.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(focused(page)).resolves.toMatchObject({ tag: 'textarea', id: 'choice-careless-1-1-text' });
		await page.keyboard.type(text.combined);
		await page.keyboard.press('Tab');
		await expect(focused(page)).resolves.toMatchObject({ name: "Merge Priya Shah's answers" });
		await page.keyboard.press('Enter');

		const overview = new OverviewPage(page);
		await overview.waitFor();
		await expect(textOf(OpenFilePage.merged(page))).resolves.toBe("Success Priya Shah's answers have been merged: 1 added, 1 combined.");
		await expect(textOf(overview.progress)).resolves.toContain('2 of 20 answered.');
		await expect(textOf(overview.status('careless-1-2'))).resolves.toBe('In progress');
		await expect(axeViolations(page)).resolves.toEqual([]);

		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-1-1');
		await expect(question.editor.inputValue()).resolves.toBe(text.combined);
		await question.open(statementId, 'careless-1-2');
		await expect(question.editor.inputValue()).resolves.toBe(text.priyas12);
	});

	test("the conflicted answer's history lists both versions that lost, and Priya's can be restored", async () => {
		const { page } = coordinator;
		const history = new HistoryPage(page);
		await history.open(statementId, 'careless-1-1');
		await expect(history.listed()).resolves.toEqual(['Version 4 (current)', 'Version 3', 'Version 2', 'Version 1']);
		const savedBy = await history.rows.locator('td:nth-child(3)').allTextContents();
		expect(savedBy).toEqual([
			'Sam Patel, Head of Service',
			'Priya Shah, Head of Service – Children in Care',
			'Sam Patel, Head of Service',
			'Sam Patel, Head of Service'
		]);
		const restore = await history.startRestore(3);
		await expect(textOf(restore.text)).resolves.toBe(text.priyas);
		const back = await restore.cancel();
		await back.startRestore(2).then(async (confirm) => expect(textOf(confirm.text)).resolves.toBe(text.coordinators));
	});

	test('the panel papers carry the combined answer', async () => {
		const { page } = coordinator;
		const exporting = new ExportPage(page);
		await exporting.open(statementId);
		await exporting.chooseFormat('PDF for the agenda pack');
		const pdf = await exporting.export();
		const pages = (await pdfPages(pdf.bytes)).join(' ');
		expect(pages).toContain('all have an allocated social worker');
		expect(pages).toContain('(England: 6%)');
		expect(pages).toContain('assessed jointly by housing');
	});

	test('a pack that has not been answered, or answers opened on the wrong device, are refused and change nothing', async () => {
		const open = new OpenFilePage(coordinator.page);
		await open.open();
		await open.choose(packPath);
		await expect(textOf(open.refusal)).resolves.toContain('This is the pack made for Priya Shah: it has no answers from them yet.');
		await expect(textOf(open.refusal)).resolves.toContain('Nothing on this device has been changed.');
		await expect(axeViolations(coordinator.page)).resolves.toEqual([]);

		const theirs = new OpenFilePage(reporter.page);
		await theirs.open();
		await theirs.choose(returnPath);
		await expect(textOf(theirs.refusal)).resolves.toContain("This device holds a reporter's copy");
		await expect(theirs.page.getByRole('button', { name: /^Merge/ }).count()).resolves.toBe(0);

		// Both devices hold what they held before.
		for (const [page, progress] of [
			[coordinator.page, '2 of 20 answered.'],
			[reporter.page, '2 of 3 answered.']
		] as const) {
			await page.goto(appUrl(`/statements/${statementId}`));
			const overview = new OverviewPage(page);
			await overview.waitFor();
			await expect(textOf(overview.progress)).resolves.toContain(progress);
		}
		const question = new QuestionPage(coordinator.page);
		await question.open(statementId, 'careless-1-1');
		await expect(question.editor.inputValue()).resolves.toBe(text.combined);
	});
});
