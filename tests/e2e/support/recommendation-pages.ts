/**
 * Page models for the recommendations tracker: the tracker with its
 * filters and saved files, recording a recommendation, and one
 * recommendation with its progress form and history.
 */

import type { Locator, Page } from 'playwright-core';
import { appUrl } from './browser.ts';

/** A recommendation as the officer types it after the meeting. */
export interface RecommendationDetails {
	day: string;
	month: string;
	year: string;
	itemTitle: string;
	text: string;
	/** The value (id) of the statement to link, '' for none; undefined leaves the choice as it is. */
	statementId?: string;
	/** Linked questions by number, for example "2.1". */
	questions?: string[];
}

/** "Recommendations tracker". */
export class TrackerPage {
	constructor(readonly page: Page) {}

	async open(query = ''): Promise<void> {
		await this.page.goto(appUrl(`/recommendations${query}`));
		await this.heading.waitFor();
		await this.page.locator('#tracker-count').waitFor();
	}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: 'Recommendations tracker' });
	}

	/** "Showing 4 of 9 recommendations". */
	get count(): Locator {
		return this.page.locator('#tracker-count');
	}

	/** The body rows of the monitoring table. */
	get rows(): Locator {
		return this.page.locator('#tracker-table tbody tr[data-recommendation]');
	}

	/** The row for a recommendation, by some of its text. */
	row(text: string): Locator {
		return this.rows.filter({ hasText: text });
	}

	statusFilter(label: 'Outstanding' | 'Recommend review' | 'Complete' | 'Rejected'): Locator {
		return this.page.getByRole('group', { name: 'Progress status' }).getByRole('checkbox', { name: label, exact: true });
	}

	get meetingFilter(): Locator {
		return this.page.getByLabel('Panel meeting');
	}

	/** The texts in the table's Action proposed column, in order, without their numbers. */
	async shownTexts(): Promise<string[]> {
		return this.rows.locator('td:nth-child(3) a').allTextContents();
	}
}

/** "Record a recommendation". */
export class NewRecommendationPage {
	constructor(readonly page: Page) {}

	async open(statementId?: string): Promise<void> {
		await this.page.goto(appUrl(`/recommendations/new${statementId ? `?statement=${statementId}` : ''}`));
		await this.heading.waitFor();
	}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: 'Record a recommendation' });
	}

	get errorSummary(): Locator {
		return this.page.locator('.govuk-error-summary');
	}

	get successBanner(): Locator {
		return this.page.locator('.govuk-notification-banner--success');
	}

	get statement(): Locator {
		return this.page.getByLabel('Position statement it arose from');
	}

	/** One box of the meeting date ("Day" alone would also find question 2.4, which begins "Have children in care…"). */
	datePart(label: 'Day' | 'Month' | 'Year'): Locator {
		return this.page.getByRole('group', { name: 'Date of the panel meeting' }).getByRole('textbox', { name: label, exact: true });
	}

	/** A linked question's checkbox, by its number ("2.1"). */
	question(number: string): Locator {
		return this.page.getByRole('checkbox', { name: new RegExp(`^${number.replace('.', '\\.')} `) });
	}

	async fill(details: RecommendationDetails): Promise<void> {
		const p = this.page;
		if (details.statementId !== undefined) await this.statement.selectOption(details.statementId);
		await this.datePart('Day').fill(details.day);
		await this.datePart('Month').fill(details.month);
		await this.datePart('Year').fill(details.year);
		await p.getByLabel('Item title').fill(details.itemTitle);
		await p.getByLabel('Recommendation', { exact: true }).fill(details.text);
		for (const number of details.questions ?? []) await this.question(number).check();
	}

	/** Saves and records another: stays on the form, with a success banner. */
	async saveAndRecordAnother(): Promise<void> {
		await this.page.getByRole('button', { name: 'Save and record another' }).click();
		await this.successBanner.waitFor();
	}

	/** Saves and goes to the recommendation's page; returns its id. */
	async save(): Promise<string> {
		await this.page.getByRole('button', { name: 'Save recommendation' }).click();
		await this.page.waitForURL(/\/recommendations\/[0-9a-f-]{36}$/);
		const recommendation = new RecommendationPage(this.page);
		await recommendation.progressHeading.waitFor();
		return this.page.url().split('/').pop() ?? '';
	}
}

/** One recommendation: its details, the progress form and the history. */
export class RecommendationPage {
	constructor(readonly page: Page) {}

	async open(id: string): Promise<void> {
		await this.page.goto(appUrl(`/recommendations/${id}`));
		await this.progressHeading.waitFor();
	}

	get progressHeading(): Locator {
		return this.page.getByRole('heading', { level: 2, name: 'Record progress' });
	}

	/** The progress status tag in the summary. */
	get status(): Locator {
		return this.page.locator('#recommendation-summary .govuk-tag');
	}

	get summary(): Locator {
		return this.page.locator('#recommendation-summary');
	}

	/** The history table's rows, oldest first. */
	get history(): Locator {
		return this.page.locator('#history tbody tr');
	}

	/** "Saved on …" or "Nothing has changed …" under the form. */
	get saved(): Locator {
		return this.page.locator('#progress-saved');
	}

	get errorSummary(): Locator {
		return this.page.locator('.govuk-error-summary');
	}

	/** Records progress with the mouse. */
	async record(progress: { actionTaken?: string; status: 'Outstanding' | 'Recommend review' | 'Complete' | 'Rejected'; month?: string; year?: string }): Promise<void> {
		const p = this.page;
		if (progress.actionTaken !== undefined) await p.getByLabel('Action taken').fill(progress.actionTaken);
		await p.getByRole('radio', { name: progress.status, exact: true }).check();
		if (progress.month !== undefined) await p.getByRole('textbox', { name: 'Month', exact: true }).fill(progress.month);
		if (progress.year !== undefined) await p.getByRole('textbox', { name: 'Year', exact: true }).fill(progress.year);
		await p.getByRole('button', { name: 'Save progress' }).click();
	}
}

/**
 * Reads CSV text as a spreadsheet would (RFC 4180: quoted fields, doubled
 * quotes, line breaks inside quotes), so a test can check what round-trips.
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i += 1) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i += 1;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i += 1;
		} else field += c;
	}
	if (field || row.length > 0) rows.push([...row, field]);
	return rows;
}
