/**
 * Page models for contribution packs: the Contributors section of a
 * statement's overview, "Add a contributor", a reporter's copy with its
 * banner, and "Open a position statement file" opening a pack or merging
 * the answers sent back. Kept apart from pages.ts so these selectors live
 * in one place.
 */

import type { Locator, Page } from 'playwright-core';
import { appUrl } from './browser.ts';
import { download } from './review-pages.ts';

/** A colleague asked to answer some questions, as the form takes them. */
export interface ContributorDetails {
	name: string;
	designation: string;
	email?: string;
	/** Question numbers as the form shows them, for example "1.1". */
	questions: string[];
}

/** The reporter in the journey. */
export const priyaShah: ContributorDetails = {
	name: 'Priya Shah',
	designation: 'Head of Service – Children in Care',
	email: 'priya.shah@anytown.gov.uk',
	questions: ['1.1', '1.2', '2.1']
};

/** The Contributors section at the foot of a statement's overview. */
export class ContributorsSection {
	constructor(readonly page: Page) {}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 2, name: 'Contributors' });
	}

	/** The success banner shown after adding someone. */
	get added(): Locator {
		return this.page.locator('#contributor-added');
	}

	/** A contributor's card, by name. */
	card(name: string): Locator {
		return this.page.locator('.govuk-summary-card').filter({ has: this.page.getByRole('heading', { level: 3, name }) });
	}

	async startAdding(): Promise<AddContributorPage> {
		await this.page.getByRole('link', { name: 'Add a contributor' }).click();
		const form = new AddContributorPage(this.page);
		await form.heading.waitFor();
		return form;
	}

	/** Presses "Export pack for <name>"; resolves with the downloaded file. */
	exportPack(name: string): Promise<{ name: string; path: string; bytes: Buffer }> {
		return download(this.page, `Export pack for ${name}`);
	}
}

/** "Add a contributor". */
export class AddContributorPage {
	constructor(readonly page: Page) {}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: 'Add a contributor' });
	}

	get errorSummary(): Locator {
		return this.page.locator('.govuk-error-summary');
	}

	/** The questions' checkboxes, as a group. */
	get questions(): Locator {
		return this.page.getByRole('group', { name: 'Questions they will answer' });
	}

	async fill(details: ContributorDetails): Promise<void> {
		await this.page.getByLabel('Name', { exact: true }).fill(details.name);
		await this.page.getByLabel('Designation', { exact: true }).fill(details.designation);
		await this.page.getByLabel('Email address (optional)').fill(details.email ?? '');
		for (const number of details.questions) await this.questions.getByLabel(new RegExp(`^${number.replace('.', '\\.')} `)).check();
	}

	async submit(): Promise<void> {
		await this.page.getByRole('button', { name: 'Add contributor' }).click();
	}

	/** Fills and submits the form; resolves back on the overview, at the Contributors section. */
	async add(details: ContributorDetails): Promise<ContributorsSection> {
		await this.fill(details);
		await this.submit();
		await this.page.waitForURL(/\/statements\/[0-9a-f-]{36}#contributors$/);
		const section = new ContributorsSection(this.page);
		await section.card(details.name).waitFor();
		return section;
	}
}

/** A reporter's copy of a statement, opened from a contribution pack. */
export class ReporterCopyPage {
	constructor(readonly page: Page) {}

	/** The "Contribution pack" banner at the top of the overview. */
	get banner(): Locator {
		return this.page.getByRole('region', { name: 'Contribution pack' });
	}

	/** The questions listed on the overview, as their link text. */
	async questions(): Promise<string[]> {
		const links = await this.page.locator('.govuk-task-list__link').allTextContents();
		return links.map((l) => l.replace(/\s+/g, ' ').trim());
	}

	/** Presses "Save my answers to send back"; resolves with the downloaded file. */
	sendBack(): Promise<{ name: string; path: string; bytes: Buffer }> {
		return download(this.page, 'Save my answers to send back');
	}
}

/** "Open a position statement file", for contribution packs. */
export class OpenFilePage {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await this.page.goto(appUrl('/open'));
		await this.page.getByRole('heading', { level: 1, name: 'Open a position statement file' }).waitFor();
	}

	/** Chooses a file; resolves when the app has said what it holds or why it cannot be used. */
	async choose(path: string): Promise<void> {
		await this.page.getByLabel('Choose a file').setInputFiles(path);
		await this.page.locator('#open-plan, #open-problems').first().waitFor();
	}

	/** "Contents" in "What the file holds". */
	get contents(): Locator {
		return this.page.locator('#file-contents');
	}

	/** The "What will happen" list. */
	get plan(): Locator {
		return this.page.locator('#merge-counts');
	}

	/** The refusal, when a pack cannot be used on this device. */
	get refusal(): Locator {
		return this.page.getByTestId('pack-refused');
	}

	/** The choice for an answer changed on both sides, by its question's number ("1.1"). */
	conflict(number: string): Locator {
		return this.page.locator('.app-conflict').filter({ has: this.page.locator('legend', { hasText: new RegExp(`^\\s*${number.replace('.', '\\.')} `) }) });
	}

	get errorSummary(): Locator {
		return this.page.locator('#merge-problems');
	}

	/** "Open these questions": a reporter opens her pack. Resolves on her copy's overview. */
	async answerPack(): Promise<ReporterCopyPage> {
		await this.page.getByRole('button', { name: 'Open these questions' }).click();
		await this.page.waitForURL(/\/statements\/[0-9a-f-]{36}$/);
		const copy = new ReporterCopyPage(this.page);
		await copy.banner.waitFor();
		return copy;
	}

	/** The button that merges a reporter's answers. */
	mergeButton(name: string): Locator {
		return this.page.getByRole('button', { name: `Merge ${name}'s answers` });
	}

	/** The success banner on the overview after a merge. */
	static merged(page: Page): Locator {
		return page.locator('#merged');
	}
}
