/**
 * Page models for councillors' review: who is using the device, the notes
 * under an answer, questions for the meeting, gaps at a glance, and opening
 * a notes file. Kept apart from pages.ts so these selectors live in one place.
 */

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { appUrl } from './browser.ts';

/** Someone using the app, as the profile form takes them. */
export interface Who {
	name: string;
	role: 'Officer' | 'Councillor';
	designation?: string;
}

export const councillorJo: Who = { name: 'Cllr Jo Lee', role: 'Councillor' };
export const officerSam: Who = { name: 'Sam Patel', role: 'Officer', designation: 'Head of Service' };

/**
 * Clicks a button that downloads a file; returns its suggested name, where it
 * was saved and its bytes. The file is copied out of the browser's downloads,
 * which go when its context closes, so another "device" can open it later.
 */
export async function download(page: Page, button: string | Locator): Promise<{ name: string; path: string; bytes: Buffer }> {
	const target = typeof button === 'string' ? page.getByRole('button', { name: button }) : button;
	const [file] = await Promise.all([page.waitForEvent('download'), target.click()]);
	const path = join(mkdtempSync(join(tmpdir(), 'scrutiny-e2e-')), file.suggestedFilename());
	await file.saveAs(path);
	return { name: file.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** The text of every page of a PDF, as a reader extracts it. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n += 1) {
		const content = await (await doc.getPage(n)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	return pages.join('\n').replace(/\s+/g, ' ');
}

/** An element's text as a person reads it: runs of spaces and line breaks as one space. */
export async function textOf(locator: Locator): Promise<string> {
	return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** "Who is using this device". */
export class ProfilePage {
	constructor(readonly page: Page) {}

	async open(returnTo?: string): Promise<void> {
		await this.page.goto(appUrl(returnTo ? `/profile?return=${encodeURIComponent(returnTo)}` : '/profile'));
		await this.heading.waitFor();
		await this.page.getByRole('button', { name: /^Save/ }).waitFor();
	}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: 'Who is using this device' });
	}

	get errorSummary(): Locator {
		return this.page.locator('.govuk-error-summary');
	}

	/** Fills the form (on the profile screen or inline) and saves it. */
	static async fill(scope: Page | Locator, who: Who): Promise<void> {
		await scope.getByLabel('Your name').fill(who.name);
		await scope.getByRole('radio', { name: who.role }).check();
		await scope.getByLabel(/^Designation/).fill(who.designation ?? '');
		await scope.getByRole('button', { name: /^Save/ }).click();
	}

	/** The line in the header naming who is using the device. */
	static who(page: Page): Locator {
		return page.getByTestId('who');
	}
}

/** The "Notes and challenges" section under an answer. */
export class NotesPanel {
	constructor(readonly page: Page) {}

	get section(): Locator {
		return this.page.locator('#notes');
	}

	get summary(): Locator {
		return this.page.locator('#notes-summary');
	}

	/** A note in the list, by some of its text. */
	note(text: string): Locator {
		return this.section.locator('.app-note').filter({ hasText: text });
	}

	get errorSummary(): Locator {
		return this.section.locator('.govuk-error-summary');
	}

	/** Adds a note with the mouse. */
	async add(kind: 'Question to ask at the meeting' | 'Further information requested' | 'Challenge' | 'Satisfied', text: string): Promise<void> {
		await this.section.getByRole('radio', { name: kind }).check();
		await this.section.getByLabel('Your note').fill(text);
		await this.section.getByRole('button', { name: 'Add note' }).click();
		// The note is shown formatted: look for its first line's words without the markdown marks.
		await this.note((text.split('\n')[0] ?? '').replace(/[*_`]/g, '')).waitFor();
	}

	async reply(noteText: string, reply: string): Promise<void> {
		const note = this.note(noteText);
		await note.getByRole('button', { name: /^Reply to/ }).click();
		await note.getByLabel('Your reply').fill(reply);
		await note.getByRole('button', { name: 'Add reply' }).click();
		// The reply is shown formatted, so look for its words without the markdown marks.
		await note.locator('.app-note__reply', { hasText: reply.replace(/[*_`]/g, '') }).waitFor();
	}

	async resolve(noteText: string): Promise<void> {
		const note = this.note(noteText);
		await note.getByRole('button', { name: /^Mark as resolved/ }).click();
		await note.locator('.app-note__resolved').waitFor();
	}
}

/** "Questions for the meeting". */
export class MeetingQuestionsPage {
	constructor(readonly page: Page) {}

	async open(statementId: string): Promise<void> {
		await this.page.goto(appUrl(`/statements/${statementId}/meeting-questions`));
		await this.page.getByRole('heading', { level: 1, name: 'Questions for the meeting' }).waitFor();
	}

	/** A question's entry, by its number, for example "2.1". */
	question(number: string): Locator {
		return this.page.locator('.app-meeting-question').filter({ has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^${number.replace('.', '\\.')} `) }) });
	}
}

/** "Gaps at a glance". */
export class GapsPage {
	constructor(readonly page: Page) {}

	async open(statementId: string): Promise<void> {
		await this.page.goto(appUrl(`/statements/${statementId}/gaps`));
		await this.page.getByRole('heading', { level: 1, name: 'Gaps at a glance' }).waitFor();
	}

	/** A summary line's value, by its key, for example "Answers with no reporter". */
	count(key: string): Locator {
		return this.page.locator('#gaps-summary .govuk-summary-list__row').filter({ hasText: key }).locator('.govuk-summary-list__value');
	}

	/** A question's row in the gaps table. */
	row(questionId: string): Locator {
		return this.page.locator(`#gaps-table tr[data-question="${questionId}"]`);
	}
}

/** "Open a position statement file". */
export class OpenFilePage {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await this.page.goto(appUrl('/open'));
		await this.page.getByRole('heading', { level: 1, name: 'Open a position statement file' }).waitFor();
	}

	async choose(path: string): Promise<void> {
		await this.page.getByLabel('Choose a file').setInputFiles(path);
	}

	get plan(): Locator {
		return this.page.locator('#open-plan');
	}
}
