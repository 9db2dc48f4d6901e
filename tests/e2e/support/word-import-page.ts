/**
 * Page model for "Import from Word": choosing the document and question
 * sets, the review of each row, and the new statement's details.
 */

import type { Locator, Page } from 'playwright-core';
import { appUrl } from './browser.ts';
import type { StatementDetails } from './factories.ts';
import { NewStatementPage, OverviewPage } from './pages.ts';

export class WordImportPage {
	constructor(readonly page: Page) {}

	/** Follows "Import from Word" from the home page. */
	async openFromHome(): Promise<void> {
		await this.page.goto(appUrl('/'));
		await this.page.getByRole('link', { name: 'Import from Word' }).click();
		await this.heading('Import a position statement from Word').waitFor();
	}

	heading(name: string): Locator {
		return this.page.getByRole('heading', { level: 1, name });
	}

	get errorSummary(): Locator {
		return this.page.locator('.govuk-error-summary');
	}

	/** Chooses a file (a path, or a name with its bytes) and presses "Read the document". */
	async read(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
		await this.page.getByLabel('Word document').setInputFiles(file);
		await this.page.getByRole('button', { name: 'Read the document' }).click();
	}

	/** The select for a row of the Word table. */
	choice(rowNumber: number): Locator {
		return this.page.getByLabel(`Import row ${rowNumber} as`);
	}

	/** The card of a row, by its number in the Word table. */
	card(rowNumber: number): Locator {
		return this.page.locator('.govuk-summary-card').filter({ has: this.page.getByRole('heading', { name: new RegExp(`^Row ${rowNumber}:`) }) });
	}

	async continue(): Promise<void> {
		await this.page.getByRole('button', { name: 'Continue' }).click();
	}

	/** Fills the statement's details and imports; resolves on the new statement's overview. */
	async importWith(details: StatementDetails, button: string): Promise<OverviewPage> {
		await new NewStatementPage(this.page).fill(details);
		await this.page.getByRole('button', { name: button }).click();
		const overview = new OverviewPage(this.page);
		await overview.waitFor();
		return overview;
	}
}
