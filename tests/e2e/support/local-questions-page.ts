/**
 * Page model for "The panel's own questions": the list of the statement's
 * own areas and questions, and the forms to add, change and remove them.
 */

import type { Locator, Page } from 'playwright-core';
import { appUrl } from './browser.ts';

export class LocalQuestionsPage {
	constructor(readonly page: Page) {}

	async open(statementId: string): Promise<void> {
		await this.page.goto(appUrl(`/statements/${statementId}/local-questions`));
		await this.heading.waitFor();
	}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: "The panel's own questions" });
	}

	get errorSummary(): Locator {
		return this.page.locator('.govuk-error-summary');
	}

	get banner(): Locator {
		return this.page.locator('#local-questions-changed');
	}

	/** The card of one area, by the start of its heading ("6. Further scrutiny"). */
	area(title: string): Locator {
		return this.page.locator('.govuk-summary-card').filter({ has: this.page.getByRole('heading', { level: 2, name: title }) });
	}

	/** The question texts shown in an area's card, in order. */
	async questionTexts(title: string): Promise<string[]> {
		return (await this.area(title).locator('.govuk-summary-list__value > p:first-child').allTextContents()).map((t) => t.trim());
	}

	/** Presses "Add an area", fills the title and submits. */
	async startArea(): Promise<void> {
		await this.page.getByRole('button', { name: 'Add an area' }).click();
		await this.page.getByRole('heading', { level: 1, name: 'Add an area' }).waitFor();
	}

	get areaTitle(): Locator {
		return this.page.getByLabel('Title of the area');
	}

	get questionText(): Locator {
		return this.page.getByRole('textbox', { name: 'Question' });
	}

	/** A principle's checkbox on the question form, by its short label. */
	principle(label: string): Locator {
		return this.page.getByRole('group', { name: /Corporate parenting principles this question bears on/ }).getByLabel(label);
	}

	/** Fills the question form and adds it; resolves on the list with its banner. */
	async addQuestion(text: string, principles: readonly string[] = []): Promise<void> {
		await this.questionText.fill(text);
		for (const p of principles) await this.principle(p).check();
		await this.page.getByRole('button', { name: 'Add question' }).click();
		await this.banner.waitFor();
	}
}
