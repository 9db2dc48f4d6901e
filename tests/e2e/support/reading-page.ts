/**
 * Page models for a councillor's reading: opening a statement file, the
 * reading view with its explained terms, and the glossary page. Kept apart
 * from pages.ts so these selectors live in one place.
 */

import type { Locator, Page } from 'playwright-core';
import { appUrl } from './browser.ts';
import { OverviewPage } from './pages.ts';

/** The example statement shipped in examples/. */
export const EXAMPLE_FILE = 'examples/anytown-position-statement.json';
export const EXAMPLE_ID = '6f0e3c1a-2b7d-4e55-9a10-0c4b8d2f7a01';

/** Opens a statement file from the home screen, as a councillor sent one would; resolves on its overview. */
export async function openStatementFile(page: Page, path: string): Promise<OverviewPage> {
	await page.goto(appUrl('/'));
	await page.getByRole('link', { name: 'Open a position statement file' }).click();
	await page.getByLabel('Choose a file').setInputFiles(path);
	await page.getByRole('button', { name: 'Add this statement' }).click();
	const overview = new OverviewPage(page);
	await overview.waitFor();
	return overview;
}

/** "Read the whole statement". */
export class ReadingPage {
	constructor(readonly page: Page) {}

	async open(statementId: string): Promise<void> {
		await this.page.goto(appUrl(`/statements/${statementId}/read`));
		await this.contents.waitFor();
	}

	get contents(): Locator {
		return this.page.getByRole('navigation', { name: 'Contents' });
	}

	/** The block for one question, found by its number, e.g. "3.1". */
	question(number: string): Locator {
		return this.page.locator('.app-reading-question').filter({ has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^${number.replace('.', '\\.')} `) }) });
	}

	/** A marked term's button, by the words written in the answer. */
	term(words: string, within?: Locator): Locator {
		return (within ?? this.page).getByRole('button', { name: words, exact: true });
	}

	/** The definition a term's button controls. */
	async definitionOf(button: Locator): Promise<Locator> {
		const id = await button.getAttribute('aria-controls');
		return this.page.locator(`[id="${id ?? ''}"]`);
	}

	/** The id of the focused element. */
	async focusedId(): Promise<string> {
		return this.page.evaluate(() => document.activeElement?.id ?? '');
	}
}

/** The glossary page. */
export class GlossaryPage {
	constructor(readonly page: Page) {}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: 'Glossary' });
	}

	get search(): Locator {
		return this.page.getByLabel('Search the glossary');
	}

	get count(): Locator {
		return this.page.locator('#glossary-count');
	}

	/** The terms shown, as their headwords. */
	async terms(): Promise<string[]> {
		return this.page.locator('.app-glossary__term').evaluateAll((dts) =>
			dts.map((dt) => dt.firstChild?.textContent?.trim() ?? '')
		);
	}
}
