import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { HistoryPage } from './support/history-page.ts';
import { ExportPage } from './support/export-page.ts';
import { FiguresSection } from './support/figure-pages.ts';
import { NewStatementPage, QuestionPage } from './support/pages.ts';

const first = 'Four young people aged 16 or 17 are in unregulated homes.';
const second = 'Five young people aged 16 or 17 are in unregulated homes.';
const third = 'Five young people aged 16 or 17 are in supported lodgings (England: 6%).';

describe('the history of an answer', () => {
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

	test('says plainly when an answer has no saved versions', async () => {
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-1-2');
		const history = await HistoryPage.openFrom(question);
		await expect(page.getByTestId('no-versions').textContent()).resolves.toContain('This answer has no saved versions yet.');
		await expect(history.table.count()).resolves.toBe(0);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('lists every saved version, compares two word by word, and restores an old one as a new version', async () => {
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-1-1');
		for (const text of [first, second, third]) {
			await question.write(text);
			await question.waitForSaved();
		}

		const history = await HistoryPage.openFrom(question);
		await expect(page.locator('.govuk-caption-l').textContent()).resolves.toMatch(/^Question 1\.1: /);
		expect(await history.listed()).toEqual(['Version 3 (current)', 'Version 2', 'Version 1']);
		await expect(history.row(1).textContent()).resolves.toMatch(/11 words\s*57 characters/);

		// By default, the previous version against the current one.
		await expect(history.diffHeading.textContent()).resolves.toBe('Changes from version 2 to version 3');
		await expect(history.diffSummary.textContent()).resolves.toContain('4 words added, 2 words removed.');
		expect(await history.added()).toEqual(['[added: supported lodgings (England: 6%)]']);
		expect(await history.removed()).toEqual(['[removed: unregulated homes]']);
		await expect(history.diff.textContent()).resolves.toBe(
			'Five young people aged 16 or 17 are in [removed: unregulated homes][added: supported lodgings (England: 6%)].'
		);
		// Not colour alone: added text is underlined, removed text struck through.
		await expect(history.diff.locator('ins').evaluate((e) => getComputedStyle(e).textDecorationLine)).resolves.toBe('underline');
		await expect(history.diff.locator('del').evaluate((e) => getComputedStyle(e).textDecorationLine)).resolves.toBe('line-through');
		expect(await axeViolations(page)).toEqual([]);

		// Any two versions can be compared.
		await history.compare(1, 3);
		await expect(history.diffHeading.textContent()).resolves.toBe('Changes from version 1 to version 3');
		expect(await history.removed()).toEqual(['[removed: Four]', '[removed: unregulated homes]']);
		expect(await history.added()).toEqual(['[added: Five]', '[added: supported lodgings (England: 6%)]']);

		// The current version cannot be restored; older ones can, after a confirmation.
		await expect(history.row(3).getByRole('link').count()).resolves.toBe(0);
		const confirm = await history.startRestore(1);
		await expect(confirm.text.textContent()).resolves.toBe(first);
		await expect(page.locator('main').textContent()).resolves.toContain('nothing is lost');
		expect(await axeViolations(page)).toEqual([]);
		const restored = await confirm.confirm();
		await expect(restored.editor.inputValue()).resolves.toBe(first);

		const after = await HistoryPage.openFrom(restored);
		expect(await after.listed()).toEqual(['Version 4 (current)', 'Version 3', 'Version 2', 'Version 1']);
		await expect(after.row(1).textContent()).resolves.toContain('Same as the current version');
		await expect(after.diffHeading.textContent()).resolves.toBe('Changes from version 3 to version 4');
		expect(await axeViolations(page)).toEqual([]);
	});

	test('a figure changed twice shows all three values, and restoring the first brings it back on the question page and in the exports', async () => {
		const indicator = 'Children in care per 10,000';
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-2-1');
		const figures = new FiguresSection(page);
		const add = await figures.add();
		await add.fill({ indicator, value: '66', period: '2025-26', england: '70' });
		await add.save();
		await figures.banner.waitFor();
		for (const value of ['68', '72']) {
			const change = await figures.change(indicator);
			await change.fill({ value });
			await change.save();
			await figures.banner.waitFor();
		}
		await expect.poll(async () => (await figures.rows())[0]?.[1]).toBe('72');

		const history = await HistoryPage.openFrom(question);
		expect(await history.listed()).toEqual(['Version 3 (current)', 'Version 2', 'Version 1']);
		await expect(history.row(1).getByTestId('what-changed').innerText()).resolves.toBe('First saved version');
		await expect(history.row(2).getByTestId('what-changed').innerText()).resolves.toBe(`Figure: ${indicator}: 68 (2025-26) (was 66 (2025-26))`);
		await expect(history.row(3).getByTestId('what-changed').innerText()).resolves.toBe(`Figure: ${indicator}: 72 (2025-26) (was 68 (2025-26))`);
		// The comparison shows the figure as each version had it.
		await history.compare(1, 3);
		await expect(page.getByTestId('detail-changes').innerText()).resolves.toMatch(/Version 1: 66 \(2025-26\); England 70[\s\S]*Version 3: 72 \(2025-26\); England 70/);
		expect(await axeViolations(page)).toEqual([]);

		const confirm = await history.startRestore(1);
		await expect(page.getByTestId('restore-changes').innerText()).resolves.toMatch(/Now: 72 \(2025-26\)[\s\S]*After restoring: 66 \(2025-26\)/);
		expect(await axeViolations(page)).toEqual([]);
		await confirm.confirm();
		await expect.poll(async () => (await figures.rows())[0]?.[1]).toBe('66');

		const after = await HistoryPage.openFrom(question);
		expect(await after.listed()).toEqual(['Version 4 (current)', 'Version 3', 'Version 2', 'Version 1']);
		await expect(after.row(4).getByTestId('what-changed').innerText()).resolves.toBe(`Figure: ${indicator}: 66 (2025-26) (was 72 (2025-26))`);

		// The exports read the answer as it is now: the web page shows 66, not 72.
		const exporter = new ExportPage(page);
		await exporter.open(statementId);
		await exporter.chooseFormat('Web page (HTML) for the council website');
		const file = await exporter.export();
		const html = file.bytes.toString('utf8');
		expect(html).toContain(indicator);
		expect(html).toMatch(/This council 66\b/);
		expect(html).not.toMatch(/This council 72\b/);
	});

	test('cancelling a restore changes nothing', async () => {
		const history = new HistoryPage(page);
		await history.open(statementId, 'careless-1-1');
		await history.table.waitFor();
		const confirm = await history.startRestore(2);
		const back = await confirm.cancel();
		await back.table.waitFor();
		expect(await back.listed()).toEqual(['Version 4 (current)', 'Version 3', 'Version 2', 'Version 1']);
	});
});
