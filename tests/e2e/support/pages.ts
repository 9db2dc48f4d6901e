/**
 * Page models: what a user sees and does on each screen, so the specs read
 * as journeys and the selectors live in one place. Selectors use roles and
 * labels, as a screen reader user would find things.
 */

import type { Locator, Page } from 'playwright-core';
import { appUrl } from './browser.ts';
import type { StatementDetails } from './factories.ts';

/** "Your position statements" (the home screen). */
export class StatementsPage {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await this.page.goto(appUrl('/'));
		await this.heading.waitFor();
	}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: 'Your position statements' });
	}

	/** The list entry for a statement, found by its title link. */
	entry(title: string): Locator {
		return this.page.locator('.app-statement-list__item').filter({ has: this.page.getByRole('link', { name: title }) });
	}

	async startNew(): Promise<NewStatementPage> {
		await this.page.getByRole('button', { name: 'Start a new position statement' }).click();
		const next = new NewStatementPage(this.page);
		await next.heading.waitFor();
		return next;
	}
}

/** "Start a new position statement". */
export class NewStatementPage {
	constructor(readonly page: Page) {}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: 'Start a new position statement' });
	}

	async fill(details: StatementDetails): Promise<void> {
		const p = this.page;
		await p.getByLabel('Council', { exact: true }).fill(details.council);
		await p.getByLabel('Service', { exact: true }).fill(details.service);
		await p.getByLabel('Scrutiny panel', { exact: true }).fill(details.panel);
		await p.getByLabel('Day').fill(details.day);
		await p.getByLabel('Month').fill(details.month);
		await p.getByLabel('Year').fill(details.year);
		await p.getByLabel('Name', { exact: true }).fill(details.coordinatorName);
		await p.getByLabel('Designation', { exact: true }).fill(details.coordinatorDesignation);
	}

	async submit(): Promise<void> {
		await this.page.getByRole('button', { name: 'Create position statement' }).click();
	}

	/** The "Question sets" checkboxes. */
	get questionSets(): Locator {
		return this.page.getByRole('group', { name: 'Question sets' });
	}

	/** Ticks exactly the question sets with these labels (their short titles), unticking the rest. */
	async chooseQuestionSets(labels: readonly string[]): Promise<void> {
		const boxes = this.questionSets.getByRole('checkbox');
		for (let i = 0; i < (await boxes.count()); i += 1) {
			const box = boxes.nth(i);
			const label = (await this.page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent())?.trim() ?? '';
			await box.setChecked(labels.includes(label));
		}
	}

	/** Fills and submits the form; resolves on the new statement's overview. */
	async create(details: StatementDetails): Promise<OverviewPage> {
		await this.fill(details);
		await this.submit();
		const overview = new OverviewPage(this.page);
		await overview.waitFor();
		return overview;
	}

	get errorSummary(): Locator {
		return this.page.locator('.govuk-error-summary');
	}
}

/** A statement's overview: details, the task list of questions, principles. */
export class OverviewPage {
	constructor(readonly page: Page) {}

	async waitFor(): Promise<void> {
		await this.page.waitForURL(/\/statements\/[0-9a-f-]{36}$/);
		await this.page.getByRole('heading', { level: 2, name: 'Progress' }).waitFor();
	}

	/** The statement's id, from the address. */
	get id(): string {
		return new URL(this.page.url()).pathname.split('/')[2] ?? '';
	}

	get progress(): Locator {
		return this.page.locator('#progress-summary');
	}

	/** The status tag shown beside a question in the task list. */
	status(questionId: string): Locator {
		return this.page.locator(`#status-${questionId}`);
	}

	/** Opens a question from the task list by the start of its text, for example "1.1 How many". */
	async openQuestion(linkText: string): Promise<QuestionPage> {
		await this.page.getByRole('link', { name: linkText }).click();
		const question = new QuestionPage(this.page);
		await question.editor.waitFor();
		return question;
	}

	/** The number of answers shown against a principle, by its short label. */
	principleCount(label: string): Locator {
		return this.page.getByRole('row', { name: new RegExp(label) }).getByRole('cell');
	}

	/** Headings of the areas of focus, numbered ("1. Accommodation for …"), at whatever level they sit. */
	get areaHeadings(): Locator {
		return this.page.locator('[id^="area-"]');
	}
}

/** A question page: the answer editor and its fields. */
export class QuestionPage {
	constructor(readonly page: Page) {}

	async open(statementId: string, questionId: string): Promise<void> {
		await this.page.goto(appUrl(`/statements/${statementId}/questions/${questionId}`));
		await this.editor.waitFor();
	}

	get editor(): Locator {
		return this.page.getByRole('textbox', { name: 'Position statement' });
	}

	/** The collapsible "Guidance: what a strong answer contains". */
	get guidance(): Locator {
		return this.page.locator('details').filter({ hasText: 'Guidance: what a strong answer contains' });
	}

	/** The control that opens and closes the guidance. */
	get guidanceSummary(): Locator {
		return this.guidance.locator('summary');
	}

	get preview(): Locator {
		return this.page.getByRole('region', { name: 'Preview of position statement' });
	}

	get saveStatus(): Locator {
		return this.page.locator('.app-save-status');
	}

	/** Waits until the bar says "Saved at hh:mm". */
	async waitForSaved(): Promise<void> {
		await this.page.locator('.app-save-status[data-save-state="saved"]').waitFor();
	}

	async write(markdown: string): Promise<void> {
		await this.editor.click();
		await this.editor.fill(markdown);
	}

	async setReporter(index: number, name: string, designation: string): Promise<void> {
		await this.page.locator(`#reporter-${index}-name`).fill(name);
		await this.page.locator(`#reporter-${index}-designation`).fill(designation);
		await this.page.locator(`#reporter-${index}-designation`).blur();
	}

	async rate(label: 'Going well or better' | 'One to watch' | 'Area for improvement' | 'Not rated'): Promise<void> {
		await this.page.getByRole('group', { name: 'Self-rating' }).getByLabel(label).check();
	}

	async setStatus(label: 'Not started' | 'In progress' | 'Ready for review' | 'Agreed'): Promise<void> {
		await this.page.getByRole('group', { name: 'Status' }).getByLabel(label).check();
	}

	principle(label: string): Locator {
		return this.page.getByRole('group', { name: 'Corporate parenting principles this answer bears on' }).getByLabel(label);
	}

	async next(): Promise<void> {
		await this.page.getByRole('link', { name: /^Next question/ }).click();
	}
}
