import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { FigureFormPage, FiguresSection } from './support/figure-pages.ts';
import { NewStatementPage, QuestionPage } from './support/pages.ts';
import { NotesPanel, officerSam, ProfilePage } from './support/review-pages.ts';

const questionId = 'careless-2-1';
const noteText = 'Why has the number placed out of area gone up since March?';
const keptNotice = /We kept what you typed here on .+; it has not been saved yet\./;

/** What is typed into a small form and not yet submitted survives a reload. */
describe('a form keeps what was typed before its button was pressed', () => {
	let browser: Browser;
	let page: Page;
	let statementId = '';
	let question: QuestionPage;
	let notes: NotesPanel;

	const noteField = () => notes.section.getByLabel('Your note');
	const notice = () => page.getByTestId('draft-notice');

	beforeAll(async () => {
		browser = await launchChromium();
		({ page } = await newPage(browser));
		const profile = new ProfilePage(page);
		await profile.open();
		await ProfilePage.fill(page, officerSam);
		await page.getByRole('heading', { level: 1, name: 'Your position statements' }).waitFor();
		await page.goto(appUrl('/statements/new'));
		statementId = (await new NewStatementPage(page).create(statementDetails())).id;
		question = new QuestionPage(page);
		notes = new NotesPanel(page);
	});

	afterAll(async () => {
		await browser?.close();
	});

	async function reloadQuestion(): Promise<void> {
		await page.reload();
		await question.editor.waitFor();
		await notes.section.getByRole('button', { name: 'Add note' }).waitFor();
	}

	test('a note typed and not added is back after a reload, with a notice, and adding it empties the form', async () => {
		await question.open(statementId, questionId);
		await notes.section.getByRole('radio', { name: 'Challenge' }).check();
		await noteField().fill(noteText);
		// Kept within a second of typing, without leaving the field.
		await page.waitForTimeout(1500);
		await reloadQuestion();

		await notice().waitFor();
		await expect(notice().innerText()).resolves.toMatch(keptNotice);
		await expect(noteField().inputValue()).resolves.toBe(noteText);
		await expect(notes.section.getByRole('radio', { name: 'Challenge' }).isChecked()).resolves.toBe(true);
		expect(await axeViolations(page)).toEqual([]);

		await notes.section.getByRole('button', { name: 'Add note' }).click();
		await notes.note(noteText).waitFor();
		await expect(notice().count()).resolves.toBe(0);
		await reloadQuestion();
		await notes.note(noteText).waitFor();
		await expect(noteField().inputValue()).resolves.toBe('');
		await expect(notice().count()).resolves.toBe(0);
	});

	test('"Discard it" puts the form back as it started and forgets what was kept', async () => {
		await noteField().fill('A thought I do not want to keep');
		// Leaving the field keeps it at once.
		await page.keyboard.press('Tab');
		await page.waitForTimeout(200);
		await reloadQuestion();
		await notice().waitFor();
		await expect(noteField().inputValue()).resolves.toBe('A thought I do not want to keep');

		await notice().getByRole('button', { name: 'Discard it' }).click();
		await expect(notice().count()).resolves.toBe(0);
		await expect(noteField().inputValue()).resolves.toBe('');
		await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('radio');
		await page.waitForTimeout(1500);
		await reloadQuestion();
		await expect(noteField().inputValue()).resolves.toBe('');
		await expect(notice().count()).resolves.toBe(0);
	});

	test('a figure typed and not saved is back after a reload; saving it empties the next one', async () => {
		const figures = new FiguresSection(page);
		let form = await figures.add();
		await form.fill({ indicator: 'Children placed more than 20 miles from home', value: '38', unit: '%', england: '25' });
		await page.waitForTimeout(1500);
		await page.reload();
		form = new FigureFormPage(page);
		await form.heading('Add a figure').waitFor();

		await notice().waitFor();
		await expect(notice().innerText()).resolves.toMatch(keptNotice);
		await expect(form.field('Indicator').inputValue()).resolves.toBe('Children placed more than 20 miles from home');
		await expect(form.field('Value').inputValue()).resolves.toBe('38');
		await expect(form.field('Unit (optional)').inputValue()).resolves.toBe('%');
		await expect(form.field('England').inputValue()).resolves.toBe('25');
		expect(await axeViolations(page)).toEqual([]);

		await form.fill({ period: '2025-26' });
		await form.save();
		await question.editor.waitFor();
		await figures.table.waitFor();
		await expect(figures.table.innerText()).resolves.toContain('Children placed more than 20 miles from home');

		form = await figures.add();
		await expect(form.field('Indicator').inputValue()).resolves.toBe('');
		await expect(notice().count()).resolves.toBe(0);
		await page.reload();
		await form.heading('Add a figure').waitFor();
		await page.waitForTimeout(300);
		await expect(form.field('Indicator').inputValue()).resolves.toBe('');
		await expect(notice().count()).resolves.toBe(0);
	});

	test('in the reading view, a note typed and not added opens its folded form again after a reload', async () => {
		await page.goto(appUrl(`/statements/${statementId}/read`));
		const summary = page.locator('summary', { hasText: 'Add a note on question 1.1' });
		await summary.click();
		const field = page.locator('#q-careless-1-1-note-text');
		await field.fill('What do the young people themselves say about supported lodgings?');
		await page.keyboard.press('Tab');
		await page.waitForTimeout(300);
		await page.reload();
		await field.waitFor();
		await expect(field.isVisible()).resolves.toBe(true);
		await expect(field.inputValue()).resolves.toBe('What do the young people themselves say about supported lodgings?');
		expect(await axeViolations(page)).toEqual([]);
	});

	test('a reply typed under a note and not added is back, open, after a reload; adding it clears it', async () => {
		await question.open(statementId, questionId);
		const note = notes.note(noteText);
		await note.getByRole('button', { name: /^Reply/ }).click();
		const reply = note.getByLabel('Your reply');
		await reply.fill('We will bring the March figures to the meeting.');
		await page.keyboard.press('Tab');
		await page.waitForTimeout(300);
		await reloadQuestion();

		await reply.waitFor();
		await expect(reply.inputValue()).resolves.toBe('We will bring the March figures to the meeting.');
		await expect(note.getByTestId('draft-notice').innerText()).resolves.toMatch(keptNotice);
		expect(await axeViolations(page)).toEqual([]);

		await note.getByRole('button', { name: 'Add reply' }).click();
		await expect.poll(() => note.innerText()).toContain('We will bring the March figures to the meeting.');
		await reloadQuestion();
		await expect(note.getByLabel('Your reply').count()).resolves.toBe(0);
		await expect(note.getByTestId('draft-notice').count()).resolves.toBe(0);
	});
});
