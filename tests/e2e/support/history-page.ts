/**
 * Page models for an answer's history: the list of saved versions, the
 * comparison of two of them, and the confirmation before restoring one.
 * Kept apart from pages.ts so the history's selectors live in one place.
 */

import type { Locator, Page } from 'playwright-core';
import { appUrl } from './browser.ts';
import { QuestionPage } from './pages.ts';

/** "History of this answer". */
export class HistoryPage {
	constructor(readonly page: Page) {}

	/** Opens the history of an answer by its address. */
	async open(statementId: string, questionId: string): Promise<void> {
		await this.page.goto(appUrl(`/statements/${statementId}/questions/${questionId}/history`));
		await this.heading.waitFor();
	}

	/** Follows "See the history of this answer" from a question page; resolves when the versions (or their absence) show. */
	static async openFrom(question: QuestionPage): Promise<HistoryPage> {
		await question.page.getByRole('link', { name: 'See the history of this answer' }).click();
		const history = new HistoryPage(question.page);
		await history.heading.waitFor();
		await history.page.locator('[data-testid="versions"], [data-testid="no-versions"]').first().waitFor();
		return history;
	}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: 'History of this answer' });
	}

	/** The table of saved versions. */
	get table(): Locator {
		return this.page.getByRole('table', { name: 'Saved versions, newest first' });
	}

	/** The rows of the table, newest first. */
	get rows(): Locator {
		return this.table.locator('tbody tr');
	}

	/** The row of a version by its number. */
	row(number: number): Locator {
		return this.rows.filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^Version ${number}\\b`) }) });
	}

	/** The version numbers listed, newest first, with "current" after the one the answer holds now. */
	async listed(): Promise<string[]> {
		const headers = await this.rows.getByRole('rowheader').allTextContents();
		return headers.map((h) => h.replace(/\s+/g, ' ').trim().replace(/^Version (\d+) Current$/, 'Version $1 (current)'));
	}

	/** Chooses the two versions to compare, by number. */
	async compare(from: number, to: number): Promise<void> {
		const option = async (select: Locator, n: number) => {
			const labels = await select.locator('option').allTextContents();
			const label = labels.find((l) => l.startsWith(`Version ${n} `) || l.startsWith(`Version ${n},`));
			if (!label) throw new Error(`No version ${n} to compare`);
			await select.selectOption({ label });
		};
		await option(this.page.getByLabel('Compare version'), from);
		await option(this.page.getByLabel('With version'), to);
	}

	/** The heading above the comparison, for example "Changes from version 2 to version 3". */
	get diffHeading(): Locator {
		return this.page.getByRole('heading', { level: 3, name: /^Changes from version/ });
	}

	/** "2 words added, 1 word removed." */
	get diffSummary(): Locator {
		return this.page.getByTestId('diff-summary');
	}

	/** The compared text, with its marked additions and removals. */
	get diff(): Locator {
		return this.page.getByRole('region', { name: /^Changes from version/ });
	}

	/** The added runs, each as a screen reader hears it: "[added: …]". */
	added(): Promise<string[]> {
		return this.diff.locator('ins').allTextContents();
	}

	/** The removed runs, each as a screen reader hears it: "[removed: …]". */
	removed(): Promise<string[]> {
		return this.diff.locator('del').allTextContents();
	}

	/** Follows "Restore this version" for a version; resolves on the confirmation. */
	async startRestore(number: number): Promise<RestoreVersionPage> {
		await this.page.getByRole('link', { name: `Restore this version (version ${number})` }).click();
		const confirm = new RestoreVersionPage(this.page, number);
		await confirm.heading.waitFor();
		return confirm;
	}
}

/** "Are you sure you want to restore version N?" */
export class RestoreVersionPage {
	constructor(
		readonly page: Page,
		readonly number: number
	) {}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: `Are you sure you want to restore version ${this.number}?` });
	}

	/** The text that would be restored. */
	get text(): Locator {
		return this.page.getByTestId('version-text');
	}

	/** Restores the version; resolves on the question page with the restored text in the editor. */
	async confirm(): Promise<QuestionPage> {
		await this.page.getByRole('button', { name: `Restore version ${this.number}` }).click();
		await this.page.waitForURL(/\/questions\/[^/]+$/);
		const question = new QuestionPage(this.page);
		await question.editor.waitFor();
		return question;
	}

	/** Goes back to the history without restoring. */
	async cancel(): Promise<HistoryPage> {
		await this.page.getByRole('link', { name: 'Cancel' }).click();
		const history = new HistoryPage(this.page);
		await history.heading.waitFor();
		return history;
	}
}
