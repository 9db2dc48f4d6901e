/**
 * Page models for figures on an answer (the question page's Figures
 * section, the figure form and the remove confirmation) and for marking a
 * question as not applying.
 */

import type { Locator, Page } from 'playwright-core';

/** What an officer types into the figure form; blank fields are left alone. */
export interface FigureEntry {
	indicator?: string;
	value?: string;
	unit?: string;
	period?: string;
	statisticalNeighbours?: string;
	england?: string;
	region?: string;
	target?: string;
	direction?: '↑ Going up' | '→ No change' | '↓ Going down' | 'Not known';
	source?: string;
}

/** The Figures section of a question page. */
export class FiguresSection {
	constructor(readonly page: Page) {}

	get section(): Locator {
		return this.page.getByRole('region', { name: 'Figures', exact: true });
	}

	get table(): Locator {
		return this.section.getByRole('table', { name: 'Figures quoted in this answer' });
	}

	/** The table's body rows, as their cells' text. */
	async rows(): Promise<string[][]> {
		const rows = this.table.locator('tbody tr');
		const out: string[][] = [];
		for (let i = 0; i < (await rows.count()); i += 1) {
			out.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()));
		}
		return out;
	}

	/** The chart of a figure, found as an image by the start of its accessible name (the chart's title). */
	chart(title: string): Locator {
		return this.section.getByRole('img', { name: title });
	}

	get banner(): Locator {
		return this.page.locator('#figure-saved');
	}

	async add(): Promise<FigureFormPage> {
		await this.section.getByRole('button', { name: /^Add (a|another) figure$/ }).click();
		const form = new FigureFormPage(this.page);
		await form.heading('Add a figure').waitFor();
		return form;
	}

	async change(indicator: string): Promise<FigureFormPage> {
		await this.table.getByRole('link', { name: `Change ${indicator}` }).click();
		const form = new FigureFormPage(this.page);
		await form.heading('Change a figure').waitFor();
		return form;
	}

	async remove(indicator: string): Promise<Locator> {
		await this.table.getByRole('link', { name: `Remove ${indicator}` }).click();
		const heading = this.page.getByRole('heading', { level: 1, name: 'Are you sure you want to remove this figure?' });
		await heading.waitFor();
		return heading;
	}
}

/** "Add a figure" and "Change a figure". */
export class FigureFormPage {
	constructor(readonly page: Page) {}

	heading(name: string): Locator {
		return this.page.getByRole('heading', { level: 1, name });
	}

	get errorSummary(): Locator {
		return this.page.locator('.govuk-error-summary');
	}

	field(label: string): Locator {
		return this.page.getByLabel(label, { exact: true });
	}

	async fill(entry: FigureEntry): Promise<void> {
		const fields: [keyof FigureEntry, string][] = [
			['indicator', 'Indicator'],
			['value', 'Value'],
			['unit', 'Unit (optional)'],
			['period', 'Period or as-at date'],
			['statisticalNeighbours', 'Statistical neighbours'],
			['england', 'England'],
			['region', 'Region'],
			['target', 'Target'],
			['source', 'Source (optional)']
		];
		for (const [key, label] of fields) {
			const value = entry[key];
			if (value !== undefined) await this.field(label).fill(value);
		}
		if (entry.direction) await this.page.getByRole('group', { name: 'Direction of travel' }).getByLabel(entry.direction).check();
	}

	async save(): Promise<void> {
		await this.page.getByRole('button', { name: 'Save figure' }).click();
	}
}

/** The "Not applicable" checkbox and its reason on the answer form. */
export class NotApplicableField {
	constructor(readonly page: Page) {}

	get checkbox(): Locator {
		return this.page.getByRole('checkbox', { name: 'This question does not apply' });
	}

	get reason(): Locator {
		return this.page.getByRole('textbox', { name: 'Why it does not apply' });
	}

	get error(): Locator {
		return this.page.locator('#notApplicableReason-error');
	}
}
