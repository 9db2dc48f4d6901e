/**
 * Page models for actions: the "Actions" section of a question page, the
 * add / change / remove screens, and the statement's action plan.
 */

import type { Locator, Page } from 'playwright-core';
import { appUrl } from './browser.ts';

/** An action as the form takes it. */
export interface ActionDetails {
	text: string;
	owner?: string;
	day?: string;
	month?: string;
	year?: string;
	status?: 'Not started' | 'On track' | 'At risk' | 'Done';
}

/** The "Actions" section under an answer. */
export class ActionsSection {
	constructor(readonly page: Page) {}

	get section(): Locator {
		return this.page.locator('#actions');
	}

	/** The success banner at the top of the page after an action screen. */
	get banner(): Locator {
		return this.page.locator('#action-saved');
	}

	/** The cards, one per action, in the order added. */
	get cards(): Locator {
		return this.section.locator('.app-action');
	}

	card(n: number): Locator {
		return this.cards.nth(n - 1);
	}

	/** A row's value in a card: "Action", "Owner", "Due" or "Status". */
	value(n: number, key: 'Action' | 'Owner' | 'Due' | 'Status'): Locator {
		return this.card(n).locator('.govuk-summary-list__row').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${key}$`) }) }).locator('dd');
	}

	async add(): Promise<ActionFormPage> {
		await this.section.getByRole('button', { name: 'Add an action' }).click();
		const form = new ActionFormPage(this.page);
		await form.heading('Add an action').waitFor();
		return form;
	}

	async change(n: number): Promise<ActionFormPage> {
		await this.section.getByRole('link', { name: `Change action ${n}` }).click();
		const form = new ActionFormPage(this.page);
		await form.heading('Change an action').waitFor();
		return form;
	}

	async remove(n: number): Promise<void> {
		await this.section.getByRole('link', { name: `Remove action ${n}` }).click();
		await this.page.getByRole('heading', { level: 1, name: 'Are you sure you want to remove this action?' }).waitFor();
	}
}

/** "Add an action" and "Change an action". */
export class ActionFormPage {
	constructor(readonly page: Page) {}

	heading(name: string): Locator {
		return this.page.getByRole('heading', { level: 1, name });
	}

	get errorSummary(): Locator {
		return this.page.locator('.govuk-error-summary');
	}

	get text(): Locator {
		return this.page.getByLabel('What will be done');
	}

	datePart(part: 'Day' | 'Month' | 'Year'): Locator {
		return this.page.getByRole('group', { name: 'Due date (optional)' }).getByLabel(part);
	}

	async fill(action: ActionDetails): Promise<void> {
		await this.text.fill(action.text);
		await this.page.getByLabel('Owner (optional)').fill(action.owner ?? '');
		await this.datePart('Day').fill(action.day ?? '');
		await this.datePart('Month').fill(action.month ?? '');
		await this.datePart('Year').fill(action.year ?? '');
		if (action.status) await this.page.getByRole('group', { name: 'Status' }).getByLabel(action.status).check();
	}

	/** Presses the form's button; resolves once back on the question page with the success banner. */
	async save(button: 'Add action' | 'Save changes'): Promise<void> {
		await this.page.getByRole('button', { name: button }).click();
		await new ActionsSection(this.page).banner.waitFor();
	}
}

/** "Action plan". */
export class ActionPlanPage {
	constructor(readonly page: Page) {}

	async open(statementId: string, query = ''): Promise<void> {
		await this.page.goto(appUrl(`/statements/${statementId}/actions${query}`));
		await this.heading.waitFor();
		await this.counts.waitFor();
	}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: 'Action plan' });
	}

	get counts(): Locator {
		return this.page.locator('#action-counts');
	}

	get showing(): Locator {
		return this.page.locator('#action-plan-showing');
	}

	filter(label: string): Locator {
		return this.page.getByRole('group', { name: 'Show actions that are' }).getByRole('checkbox', { name: new RegExp(`^${label} \\(\\d+\\)$`) });
	}

	get rows(): Locator {
		return this.page.locator('#action-plan tbody tr');
	}

	/** Each shown row's cells as a person reads them. */
	async table(): Promise<string[][]> {
		const rows = await this.rows.all();
		return Promise.all(rows.map(async (r) => (await r.locator('td').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())));
	}
}
