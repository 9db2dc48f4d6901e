import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage, takePolicyViolations } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { goOffline } from './support/offline.ts';
import { NewStatementPage, QuestionPage } from './support/pages.ts';

describe('nothing is lost', () => {
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	let statementId = '';

	beforeAll(async () => {
		browser = await launchChromium();
		({ context, page } = await newPage(browser, { acceptDownloads: true }));
		await page.goto(appUrl('/statements/new'));
		statementId = (await new NewStatementPage(page).create(statementDetails())).id;
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('markdown with scripts, event handlers and javascript: links renders inert', async () => {
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-3-3');
		const alerts: string[] = [];
		page.on('dialog', (dialog) => {
			alerts.push(dialog.message());
			void dialog.dismiss();
		});
		await question.write(
			'Leaflets <script>alert("script")</script>\n\n<img src=x onerror="alert(\'img\')">\n\n[click me](javascript:alert("link"))'
		);
		await question.preview.getByText('click me').waitFor();
		await question.preview.getByText('click me').click();
		await page.waitForTimeout(300);

		expect(alerts).toEqual([]);
		await expect(question.preview.locator('script').count()).resolves.toBe(0);
		await expect(question.preview.locator('[onerror]').count()).resolves.toBe(0);
		await expect(question.preview.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
		// The officer's text itself is kept exactly as typed.
		await question.waitForSaved();
		await expect(question.editor.inputValue()).resolves.toContain('<script>alert("script")</script>');
		// Chromium reports the handler DOMPurify meets while parsing, though nothing runs: the policy is a second guard.
		for (const violation of takePolicyViolations()) expect(violation).toContain('Executing inline event handler');
	});

	test('a reporter without a designation is kept, and flagged when the answer is put forward', async () => {
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-3-1');
		await question.write('IROs raised 14 practice alerts in 2025/26.');
		await page.locator('#reporter-0-name').fill('Ali Khan');
		// Straight from the name to a rating: the click must land, with nothing jumping under the pointer.
		await page.getByRole('group', { name: 'Self-rating' }).getByLabel('Area for improvement').click();
		await expect(page.getByRole('group', { name: 'Self-rating' }).getByLabel('Area for improvement').isChecked()).resolves.toBe(true);
		await question.waitForSaved();
		await expect(page.locator('#reporter-0-designation-error').count()).resolves.toBe(0);

		await page.reload();
		await question.editor.waitFor();
		await expect(page.locator('#reporter-0-name').inputValue()).resolves.toBe('Ali Khan');
		await question.setStatus('Ready for review');
		await expect(page.locator('#reporter-0-designation-error').textContent()).resolves.toContain(
			'Enter the designation of reporter 1'
		);
		await page.locator('#reporter-0-designation').fill('IRO Team Manager');
		await page.locator('#reporter-0-designation-error').waitFor({ state: 'detached' });
	});

	test('with the network off, the app still opens and still saves', async () => {
		await page.goto(appUrl(`/statements/${statementId}`));
		await goOffline(context, page);
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-5-2');
		await question.write('Our Local Offer is published on the council website.');
		await question.waitForSaved();
		await page.reload();
		await question.editor.waitFor();
		await expect(question.editor.inputValue()).resolves.toBe('Our Local Offer is published on the council website.');
		await context.setOffline(false);
	});

	test('a second tab saving the same answer is caught, and the user chooses', async () => {
		const firstPage = await context.newPage();
		const first = new QuestionPage(firstPage);
		await first.open(statementId, 'careless-2-2');
		const otherPage = await context.newPage();
		const other = new QuestionPage(otherPage);
		await other.open(statementId, 'careless-2-2');

		// Tab one types; before its autosave's half-second pause is over, tab two
		// types and leaves the field, which saves at once.
		await first.write('Average of 1.4 moves, Q2 2025/26 (tab one).');
		await other.write('Average of 1.2 moves (tab two).');
		await other.editor.blur();
		await other.waitForSaved();

		const conflict = firstPage.getByTestId('save-conflict');
		await conflict.waitFor();
		await expect(conflict.textContent()).resolves.toContain('This answer was changed in another tab or window');
		await conflict.getByText('Show the other version').click();
		await expect(conflict.locator('.app-conflict-text').textContent()).resolves.toBe('Average of 1.2 moves (tab two).');
		// Nothing was overwritten: tab one's text is still on screen, unsaved, and tab two's is stored.
		await expect(first.editor.inputValue()).resolves.toBe('Average of 1.4 moves, Q2 2025/26 (tab one).');
		await otherPage.reload();
		await other.editor.waitFor();
		await expect(other.editor.inputValue()).resolves.toBe('Average of 1.2 moves (tab two).');

		await conflict.getByRole('button', { name: 'Keep my version' }).click();
		await first.waitForSaved();
		await otherPage.reload();
		await other.editor.waitFor();
		await expect(other.editor.inputValue()).resolves.toBe('Average of 1.4 moves, Q2 2025/26 (tab one).');
		await otherPage.close();
		await firstPage.close();
	});

	test('an idle second tab shows the other tab’s saved text instead of keeping a stale copy', async () => {
		const otherPage = await context.newPage();
		const other = new QuestionPage(otherPage);
		await other.open(statementId, 'careless-2-3');
		const first = new QuestionPage(page);
		await first.open(statementId, 'careless-2-3');
		await first.write('62% in permanent placements (March 2026).');
		await first.waitForSaved();
		await otherPage.waitForFunction(
			() => (document.getElementById('statement') as HTMLTextAreaElement).value === '62% in permanent placements (March 2026).'
		);
		await otherPage.close();
	});

	test('a full disk is reported at once, keeps the text, and offers to export what you have', async () => {
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-4-2');
		await question.write('Release planning starts 12 weeks before discharge.');
		await question.waitForSaved();
		// Make every write fail as it does when the disk is full.
		await page.evaluate(() => {
			const full = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
			IDBObjectStore.prototype.put = full;
			IDBObjectStore.prototype.add = full;
		});
		await question.editor.fill('Release planning starts 12 weeks before discharge, with a named worker.');
		const failed = page.getByTestId('save-failed');
		await failed.waitFor();
		await expect(failed.textContent()).resolves.toContain("Your device's storage is full");
		await expect(question.editor.inputValue()).resolves.toBe('Release planning starts 12 weeks before discharge, with a named worker.');

		const [download] = await Promise.all([page.waitForEvent('download'), failed.getByRole('button', { name: 'Export what you have' }).click()]);
		const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { data: { responses: { questionId: string; statement: string }[] } };
		expect(file.data.responses.find((r) => r.questionId === 'careless-4-2')?.statement).toBe(
			'Release planning starts 12 weeks before discharge, with a named worker.'
		);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await page.reload();
	});

	test('an upgrade from a newer version in another tab stops this tab saving, says so, and keeps the text', async () => {
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-4-1');
		await question.write('Two children are in secure children’s homes.');
		await question.waitForSaved();

		// Another tab opens the database at a higher version, as a newer release would.
		const newer = await context.newPage();
		await newer.goto(appUrl('/favicon.svg'));
		await newer.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const request = indexedDB.open('scrutiny-position-statements', 9999);
					request.onsuccess = () => {
						request.result.close();
						resolve();
					};
					request.onerror = () => reject(request.error);
				})
		);

		await page.getByText('This app was updated in another tab – reload this page to carry on.').waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
		await question.editor.fill('Two children are in secure children’s homes; both still receive services as children in care.');
		const failed = page.getByTestId('save-failed');
		await failed.waitFor();
		await expect(failed.textContent()).resolves.toContain('Your answer has not been saved');
		await expect(question.editor.inputValue()).resolves.toContain('both still receive services');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await newer.close();
	});
});
