import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { NewStatementPage, QuestionPage } from './support/pages.ts';

/** Clicks a button that downloads a file and returns the file's text and suggested name. */
async function download(page: Page, button: string): Promise<{ name: string; text: string; path: string }> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	const path = await file.path();
	return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

describe('sharing a statement as a file, and backups', () => {
	let browser: Browser;
	let officer: { context: BrowserContext; page: Page };
	let colleague: { context: BrowserContext; page: Page };
	let statementId = '';
	let statementPath = '';

	beforeAll(async () => {
		browser = await launchChromium();
		officer = await newPage(browser, { acceptDownloads: true });
		colleague = await newPage(browser, { acceptDownloads: true });
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('an officer saves a statement as a file', async () => {
		const { page } = officer;
		await page.goto(appUrl('/statements/new'));
		statementId = (await new NewStatementPage(page).create(statementDetails())).id;
		const question = new QuestionPage(page);
		for (const [id, text] of [
			['careless-1-1', 'Shared answer one.'],
			['careless-1-2', 'Shared answer two.']
		] as const) {
			await question.open(statementId, id);
			await question.write(text);
			await question.waitForSaved();
		}
		await page.goto(appUrl(`/statements/${statementId}`));
		const saved = await download(page, 'Save as a file');
		statementPath = saved.path;
		expect(saved.name).toBe('anytown-borough-council-children-and-families-scrutiny-panel-2026-03-25-position-statement.json');
		const file = JSON.parse(saved.text) as { type: string; formatVersion: number; data: { revisions: { statement: string; details?: { status: string } }[] } };
		expect(file).toMatchObject({ type: 'scrutiny-position-statement', formatVersion: 3 });
		// Each saved version in the file keeps the whole answer, not only its text.
		expect(file.data.revisions.map((r) => [r.statement, r.details?.status]).sort()).toEqual([
			['Shared answer one.', 'in-progress'],
			['Shared answer two.', 'in-progress']
		]);
	});

	test('a colleague opens it on another device, sees what it holds first, and adds it', async () => {
		const { page } = colleague;
		await page.goto(appUrl('/'));
		await page.getByRole('link', { name: 'Open a position statement file' }).click();
		await page.getByLabel('Choose a file').setInputFiles(statementPath);
		await expect(page.locator('#file-contents').textContent()).resolves.toContain('1 statement, 2 answers, 2 saved versions');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await page.getByRole('button', { name: 'Add this statement' }).click();
		await page.getByRole('heading', { level: 2, name: 'Progress' }).waitFor();
		await expect(page.locator('#progress-summary').textContent()).resolves.toContain('2 of 20 answered');
	});

	test('a bad file gets a clear message and changes nothing', async () => {
		const { page } = colleague;
		await page.goto(appUrl('/open'));
		await page.getByLabel('Choose a file').setInputFiles('tests/fixtures/files/statement-bad-fields.json');
		const problems = page.locator('#open-problems');
		await problems.waitFor();
		await expect(problems.textContent()).resolves.toContain('data.responses[0].reporters[0].name: expected text, got a number');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await page.getByLabel('Choose a file').setInputFiles('tests/fixtures/files/statement-newer-version.json');
		await expect(page.locator('#open-problems').textContent()).resolves.toContain(
			'This file was made by a newer version (4); update the app'
		);
	});

	test('both edit the same answer; merging back asks the officer to choose, and keeps both versions', async () => {
		const theirs = new QuestionPage(colleague.page);
		await theirs.open(statementId, 'careless-1-1');
		await theirs.write('The colleague’s update.');
		await theirs.waitForSaved();
		await theirs.open(statementId, 'careless-1-2');
		await theirs.write('Only the colleague changed this.');
		await theirs.waitForSaved();
		await colleague.page.goto(appUrl(`/statements/${statementId}`));
		const back = await download(colleague.page, 'Save as a file');

		const mine = new QuestionPage(officer.page);
		await mine.open(statementId, 'careless-1-1');
		await mine.write('The officer’s update.');
		await mine.waitForSaved();

		const { page } = officer;
		await page.goto(appUrl('/open'));
		await page.getByLabel('Choose a file').setInputFiles(back.path);
		await expect(page.locator('#merge-counts li').allTextContents()).resolves.toEqual([
			'1 answer changed only in the file will be updated (question 1.2)',
			'1 answer changed both in the file and on this device: choose below which to keep (question 1.1)'
		]);
		await page.getByRole('button', { name: 'Update this statement from the file' }).click();
		await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('Choose which version to keep for 1.1');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await page.getByLabel('Keep this device’s version'.replace('’', "'")).check();
		await page.getByRole('button', { name: 'Update this statement from the file' }).click();
		await page.getByRole('heading', { level: 2, name: 'Progress' }).waitFor();

		await mine.open(statementId, 'careless-1-1');
		await expect(mine.editor.inputValue()).resolves.toBe('The officer’s update.');
		await mine.open(statementId, 'careless-1-2');
		await expect(mine.editor.inputValue()).resolves.toBe('Only the colleague changed this.');
	});

	test('back up everything, then restore it on an empty device', async () => {
		await officer.page.goto(appUrl('/your-data'));
		await officer.page.locator('#persistence-result').waitFor();
		await expect(officer.page.locator('#last-backup').textContent()).resolves.toContain('You have not made a backup');
		const backup = await download(officer.page, 'Back up everything');
		expect(backup.name).toMatch(/^position-statements-backup-\d{4}-\d{2}-\d{2}\.json$/);
		await officer.page.locator('#last-backup', { hasText: 'Last backup:' }).waitFor();

		const fresh = await newPage(browser);
		await fresh.page.goto(appUrl('/your-data'));
		await fresh.page.getByLabel('Choose a backup file').setInputFiles(backup.path);
		await fresh.page.locator('#restore-plan').waitFor();
		await expect(axeViolations(fresh.page)).resolves.toEqual([]);
		await fresh.page.getByRole('button', { name: 'Add what is missing' }).click();
		await fresh.page.getByText('Restored: the statements that were missing have been added.').waitFor();
		await fresh.page.goto(appUrl('/'));
		await fresh.page.locator('.app-statement-list__item').first().waitFor();
		await expect(fresh.page.locator('.app-statement-list__item').count()).resolves.toBe(1);
		await expect(fresh.page.locator('.app-statement-list__item').textContent()).resolves.toContain('2 of 20 answered');
		await fresh.context.close();
	});
});
