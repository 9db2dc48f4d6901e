import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ActionPlanPage, ActionsSection, type ActionDetails } from './support/action-pages.ts';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { focused } from './support/keyboard.ts';
import { NewStatementPage, QuestionPage } from './support/pages.ts';
import { parseCsv } from './support/recommendation-pages.ts';
import { download, officerSam, pdfText, ProfilePage, textOf } from './support/review-pages.ts';

// Due before any day this test runs on, so overdue until done.
const late: ActionDetails = { text: 'Audit every use of bed and breakfast with the housing service.', owner: 'Head of Placements', day: '31', month: '3', year: '2026' };
const onTrack: ActionDetails = { text: 'Open two supported lodgings places.', owner: 'Commissioning Manager', day: '30', month: '6', year: '2099', status: 'On track' };
// Commas, quotes, a line break and a leading "=": what the CSV file must carry safely.
const tricky: ActionDetails = { text: '=Visit every child placed at a distance, within "6 weeks",\nas the statutory guidance asks.', owner: 'IRO Team Manager' };
const dropped: ActionDetails = { text: 'Write to the Ombudsman.', owner: 'Complaints Manager', status: 'Done' };
const answer = 'As at 30 September 2025, 4 young people aged 16 or 17 were in unregulated homes.';

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/actions-${name}.png`, fullPage: true });

/** An officer records what is being done about two answers, keeps the actions up to date, and saves the action plan. */
describe('actions and the action plan', () => {
	let browser: Browser;
	let officer: { context: BrowserContext; page: Page };
	let statementId = '';

	beforeAll(async () => {
		browser = await launchChromium();
		officer = await newPage(browser, { acceptDownloads: true });
		const { page } = officer;
		await new ProfilePage(page).open();
		await ProfilePage.fill(page, officerSam);
		await page.goto(appUrl('/statements/new'));
		statementId = (await new NewStatementPage(page).create(statementDetails())).id;
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('an action with a due date that is not a date is refused, naming the field, and nothing is saved', async () => {
		const { page } = officer;
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-1-1');
		const actions = new ActionsSection(page);
		await expect.poll(() => textOf(actions.section)).toContain('No actions recorded for this answer yet.');
		await expect(axeViolations(page)).resolves.toEqual([]);
		const form = await actions.add();
		await expect(textOf(page.locator('#action-question'))).resolves.toMatch(/^1\.1 How many 16 and 17 years old/);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await form.fill({ ...late, text: '', day: '31', month: '2', year: '2026' });
		await page.getByRole('button', { name: 'Add action' }).click();
		await form.errorSummary.waitFor();
		await expect(form.errorSummary.getByRole('link').allTextContents()).resolves.toEqual([
			'Enter what will be done',
			'The due date must be a real date, for example 25 3 2026'
		]);
		// The summary has focus; its links go to the fields, and each field says what is wrong beside it.
		await expect(focused(page)).resolves.toMatchObject({ tag: 'div' });
		await form.errorSummary.getByRole('link', { name: /due date/ }).click();
		await expect(focused(page)).resolves.toMatchObject({ id: 'action-due-day' });
		await expect(textOf(page.locator('#action-due-error'))).resolves.toBe('Error: The due date must be a real date, for example 25 3 2026');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await shot(page, 'add-errors');
		// What was typed stays; nothing was stored.
		await expect(form.datePart('Day').inputValue()).resolves.toBe('31');
		await page.getByRole('link', { name: 'Cancel' }).click();
		await actions.section.getByText('No actions recorded for this answer yet.').waitFor();
		await question.editor.waitFor();
		// Back where the officer left off: the actions in view, clear of the sticky save bar.
		const inView = () => actions.section.getByRole('heading', { name: 'Actions' }).evaluate((h) => h.getBoundingClientRect().top > 40 && h.getBoundingClientRect().bottom < innerHeight);
		await expect.poll(inView).toBe(true);
		await page.screenshot({ path: '/tmp/actions-cancelled.png' });
	});

	test('the officer adds two actions to each of two questions, straight after typing the answer', async () => {
		const { page } = officer;
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-1-1');
		// Typed, and "Add an action" chosen at once: the answer is saved first, and the action on top of it.
		await question.write(answer);
		const actions = new ActionsSection(page);
		let form = await actions.add();
		await form.fill(late);
		await form.save('Add action');
		await expect(textOf(actions.banner)).resolves.toBe('Success Action added Go to the actions');
		await expect(focused(page)).resolves.toMatchObject({ id: 'action-saved' });
		await page.screenshot({ path: '/tmp/actions-after-add.png' });
		await page.getByRole('link', { name: 'Go to the actions' }).click();
		await expect(actions.cards.count()).resolves.toBe(1);
		await expect(question.editor.inputValue()).resolves.toBe(answer);
		await expect(page.locator('[data-testid="save-conflict"]').count()).resolves.toBe(0);
		form = await actions.add();
		await form.fill(onTrack);
		await form.save('Add action');
		await expect(actions.cards.count()).resolves.toBe(2);
		await expect(textOf(actions.value(1, 'Action'))).resolves.toBe(late.text);
		await expect(textOf(actions.value(1, 'Owner'))).resolves.toBe('Head of Placements');
		await expect(textOf(actions.value(1, 'Due'))).resolves.toBe('31 March 2026');
		await expect(textOf(actions.value(1, 'Status'))).resolves.toBe('Not started Overdue');
		await expect(textOf(actions.value(2, 'Due'))).resolves.toBe('30 June 2099');
		await expect(textOf(actions.value(2, 'Status'))).resolves.toBe('On track');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await shot(page, 'question');
		await actions.section.screenshot({ path: '/tmp/actions-section.png' });

		await question.open(statementId, 'careless-2-1');
		form = await actions.add();
		await form.fill(tricky);
		await form.save('Add action');
		form = await actions.add();
		await form.fill(dropped);
		await form.save('Add action');
		await expect(actions.cards.count()).resolves.toBe(2);
		await expect(textOf(actions.value(1, 'Due'))).resolves.toBe('Not set');
		await expect(actions.value(1, 'Action').innerText()).resolves.toBe(tricky.text);
	});

	test('one action is changed to At risk', async () => {
		const { page } = officer;
		await new QuestionPage(page).open(statementId, 'careless-2-1');
		const actions = new ActionsSection(page);
		const form = await actions.change(1);
		await expect(form.text.inputValue()).resolves.toBe(tricky.text);
		await expect(page.getByLabel('Owner (optional)').inputValue()).resolves.toBe('IRO Team Manager');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await page.getByRole('group', { name: 'Status' }).getByLabel('At risk').check();
		await shot(page, 'change');
		await form.save('Save changes');
		await expect(textOf(actions.banner)).resolves.toBe('Success Action changed Go to the actions');
		await expect(textOf(actions.value(1, 'Status'))).resolves.toBe('At risk');
		await expect(actions.cards.count()).resolves.toBe(2);
	});

	test('an action is removed only after the officer confirms it', async () => {
		const { page } = officer;
		await new QuestionPage(page).open(statementId, 'careless-2-1');
		const actions = new ActionsSection(page);
		await actions.remove(2);
		await expect(textOf(page.locator('.govuk-summary-list'))).resolves.toContain(dropped.text);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await shot(page, 'remove');
		await page.getByRole('link', { name: 'No, keep it' }).click();
		await actions.cards.nth(1).waitFor();
		await expect(actions.cards.count()).resolves.toBe(2);
		await actions.remove(2);
		await page.getByRole('button', { name: 'Yes, remove it' }).click();
		await actions.banner.waitFor();
		await expect(textOf(actions.banner)).resolves.toBe('Success Action removed Go to the actions');
		await expect(actions.cards.count()).resolves.toBe(1);
		await expect(textOf(actions.section)).not.toContain(dropped.text);
	});

	test('a form opened before the answer changed in another tab saves nothing until the officer has seen it', async () => {
		const { context, page } = officer;
		await new QuestionPage(page).open(statementId, 'careless-2-1');
		const actions = new ActionsSection(page);
		const form = await actions.change(1);
		// Meanwhile, in another tab, someone adds to the answer's text.
		const other = await context.newPage();
		const elsewhere = new QuestionPage(other);
		await elsewhere.open(statementId, 'careless-2-1');
		await elsewhere.write('Typed in another tab.');
		await elsewhere.editor.blur();
		await elsewhere.waitForSaved();
		await other.close();
		await form.text.fill(`${tricky.text} `);
		await page.getByRole('button', { name: 'Save changes' }).click();
		const notSaved = page.getByTestId('action-not-saved');
		await notSaved.waitFor();
		await expect(textOf(notSaved)).resolves.toContain('The answer was changed in another tab or window after this form was opened');
		await expect(axeViolations(page)).resolves.toEqual([]);
		// Saved again, knowingly: on top of the other tab's version, which is kept.
		await form.save('Save changes');
		await expect(new QuestionPage(page).editor.inputValue()).resolves.toBe('Typed in another tab.');
		await expect(textOf(actions.value(1, 'Status'))).resolves.toBe('At risk');
	});

	test('after a reload the actions and the answer are still there', async () => {
		const { page } = officer;
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-1-1');
		await page.reload();
		await question.editor.waitFor();
		const actions = new ActionsSection(page);
		await actions.cards.nth(1).waitFor();
		await expect(question.editor.inputValue()).resolves.toBe(answer);
		await expect((await actions.cards.all()).length).toBe(2);
		await question.open(statementId, 'careless-2-1');
		await actions.cards.first().waitFor();
		await expect(actions.cards.count()).resolves.toBe(1);
		await expect(textOf(actions.value(1, 'Status'))).resolves.toBe('At risk');
	});

	test('the action plan lists every action in question order, counts them, filters by status and links to each question', async () => {
		const { page } = officer;
		await page.goto(appUrl(`/statements/${statementId}`));
		await page.getByRole('link', { name: 'Action plan' }).click();
		const plan = new ActionPlanPage(page);
		await plan.heading.waitFor();
		await expect(textOf(plan.counts)).resolves.toBe('3 actions: 1 at risk, 1 overdue.');
		await expect(textOf(plan.showing)).resolves.toBe('All 3 actions');
		const rows = await plan.table();
		expect(rows.map((r) => r.slice(1))).toEqual([
			[late.text, 'Head of Placements', '31 March 2026', 'Not started Overdue'],
			[onTrack.text, 'Commissioning Manager', '30 June 2099', 'On track'],
			[tricky.text.replace(/\s+/g, ' '), 'IRO Team Manager', 'Not set', 'At risk']
		]);
		expect(rows[0]![0]).toMatch(/^Question 1\.1 How many 16 and 17/);
		// The question's text is given once, on its first action.
		expect(rows[1]![0]).toBe('Question 1.1');
		expect(rows[2]![0]).toMatch(/^Question 2\.1 How many children in care are placed out of area/);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await shot(page, 'plan');

		await plan.filter('At risk').check();
		await expect.poll(() => textOf(plan.showing)).toBe('Showing 1 of 3 actions: at risk');
		await plan.filter('Overdue').check();
		await expect.poll(() => textOf(plan.showing)).toBe('Showing 2 of 3 actions: at risk or overdue');
		await expect((await plan.table()).map((r) => r[1])).toEqual([late.text, tricky.text.replace(/\s+/g, ' ')]);
		await expect(textOf(page.locator('#save-scope'))).resolves.toBe('The files hold only the 2 actions shown (at risk or overdue). Clear the filters to save all 3.');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await shot(page, 'plan-filtered');
		// The filter is kept in the address, so it survives a reload and Back.
		await page.reload();
		await plan.counts.waitFor();
		await expect(plan.filter('Overdue').isChecked()).resolves.toBe(true);
		await expect(textOf(plan.showing)).resolves.toBe('Showing 2 of 3 actions: at risk or overdue');

		await plan.rows.nth(1).getByRole('link', { name: 'Question 2.1' }).click();
		await new ActionsSection(page).cards.first().waitFor();
		expect(new URL(page.url()).pathname).toMatch(/\/questions\/careless-2-1$/);
	});

	test('the filtered plan is saved as a PDF table', async () => {
		const { page } = officer;
		const plan = new ActionPlanPage(page);
		await plan.open(statementId, '?show=at-risk&show=overdue');
		const pdf = await download(page, 'Save as PDF');
		expect(pdf.name).toBe('anytown-borough-council-children-and-families-scrutiny-panel-2026-03-25-action-plan.pdf');
		expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
		const text = await pdfText(pdf.bytes);
		expect(text).toContain('Children and Families Scrutiny Panel');
		expect(text).toMatch(/Action plan – \d{1,2} \w+ \d{4}/);
		expect(text).toContain('Position statement against LGSCO areas of focus · Anytown Borough Council · Meeting on 25 March 2026');
		expect(text).toContain('3 actions: 1 at risk, 1 overdue. Showing 2 of 3 actions: at risk or overdue.');
		expect(text).toContain('Question Action Owner Due Status');
		expect(text).toContain(late.text);
		expect(text).toContain('31 March 2026 Not started Overdue');
		expect(text).toContain('Visit every child placed at a distance');
		expect(text).not.toContain(onTrack.text);
		expect(text).toContain('Page 1 of 1');
		await expect(textOf(page.getByRole('status').filter({ hasText: 'Saved to your downloads' }))).resolves.toBe(`Saved to your downloads as ${pdf.name}.`);
		// A picture of the first page, for a person to look at.
		writeFileSync('/tmp/actions-plan.pdf', pdf.bytes);
		if (existsSync('/usr/bin/pdftoppm')) execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '/tmp/actions-plan.pdf', '/tmp/actions-pdf'], { stdio: 'ignore' });
	});

	test('and the whole plan as a CSV file for Excel: BOM, quoted fields, text intact, a leading "=" made harmless', async () => {
		const { page } = officer;
		const plan = new ActionPlanPage(page);
		await plan.open(statementId);
		const csv = await download(page, 'Save as CSV for Excel');
		expect(csv.name).toBe('anytown-borough-council-children-and-families-scrutiny-panel-2026-03-25-action-plan.csv');
		expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = csv.bytes.toString('utf8').slice(1);
		expect(text.startsWith('"Question","Action","Owner","Due date","Status","Overdue","Exempt answer"\r\n')).toBe(true);
		const rows = parseCsv(text);
		expect(rows).toHaveLength(4);
		expect(rows.every((r) => r.length === 7)).toBe(true);
		expect(rows[1]!.slice(1)).toEqual([late.text, 'Head of Placements', '31/03/2026', 'Not started', 'Yes', '']);
		expect(rows[1]![0]).toMatch(/^1\.1 How many 16 and 17/);
		expect(rows[2]!.slice(1)).toEqual([onTrack.text, 'Commissioning Manager', '30/06/2099', 'On track', '', '']);
		expect(rows[3]!.slice(1)).toEqual([`'${tricky.text}`, 'IRO Team Manager', '', 'At risk', '', '']);
	});

	test('an answer kept after a clash with another tab keeps the action that tab added', async () => {
		const { context, page } = officer;
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-1-2');
		const other = await context.newPage();
		await other.goto(appUrl(`/statements/${statementId}/questions/careless-1-2/actions/new`));
		const form = new ActionsSection(other);
		await other.getByRole('heading', { level: 1, name: 'Add an action' }).waitFor();
		await other.getByLabel('What will be done').fill('Review the welfare checks with the housing service.');
		// This tab types; before its autosave's pause is over, the other tab adds an action.
		await question.write('Text typed in this tab.');
		await other.getByRole('button', { name: 'Add action' }).click();
		await form.banner.waitFor();
		const conflict = page.getByTestId('save-conflict');
		await conflict.waitFor();
		await conflict.getByRole('button', { name: 'Keep my version' }).click();
		await question.waitForSaved();
		await other.reload();
		await new QuestionPage(other).editor.waitFor();
		await expect(new QuestionPage(other).editor.inputValue()).resolves.toBe('Text typed in this tab.');
		await form.cards.first().waitFor();
		await expect(textOf(form.value(1, 'Action'))).resolves.toBe('Review the welfare checks with the housing service.');
		await other.close();
	});
});
