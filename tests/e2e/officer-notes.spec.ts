import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { HistoryPage } from './support/history-page.ts';
import { officerAnswers, officerSharesStatement } from './support/journeys.ts';
import { statementDetails } from './support/factories.ts';
import { NewStatementPage, QuestionPage } from './support/pages.ts';
import { councillorJo, download, GapsPage, NotesPanel, OpenFilePage, ProfilePage, textOf } from './support/review-pages.ts';

const title = 'Position statement against LGSCO areas of focus';
const question = 'Who checks the unregulated homes?';
const challenge = 'England is 6% but what about statistical neighbours?';
const request = 'Please send the list of new homes with their opening dates.';

/** The officer's side: a councillor's notes come back as a file, are merged, answered and resolved. */
describe('an officer takes in a councillor’s notes', () => {
	let browser: Browser;
	let officer: { context: BrowserContext; page: Page };
	let statementId = '';
	let notesPath = '';

	beforeAll(async () => {
		browser = await launchChromium();
		officer = await newPage(browser, { acceptDownloads: true });
		const shared = await officerSharesStatement(officer.page);
		statementId = shared.statementId;

		// The councillor, on her own laptop, says who she is in the notes panel itself and writes three notes.
		const councillor = await newPage(browser, { acceptDownloads: true });
		const open = new OpenFilePage(councillor.page);
		await open.open();
		await open.choose(shared.path);
		await councillor.page.getByRole('button', { name: 'Add this statement' }).click();
		await councillor.page.getByRole('heading', { level: 2, name: 'Progress' }).waitFor();
		await new QuestionPage(councillor.page).open(statementId, officerAnswers.complete.id);
		const notes = new NotesPanel(councillor.page);
		await notes.section.getByRole('heading', { name: 'Before you add a note' }).waitFor();
		await ProfilePage.fill(notes.section, councillorJo);
		await notes.add('Question to ask at the meeting', question);
		await notes.add('Challenge', challenge);
		await new QuestionPage(councillor.page).open(statementId, officerAnswers.noReporter.id);
		await notes.add('Further information requested', request);
		await councillor.page.goto(appUrl(`/statements/${statementId}`));
		notesPath = (await download(councillor.page, 'Save your notes as a file')).path;
		await councillor.context.close();
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('an answer typed before anyone has said who they are is saved, and then they are asked', async () => {
		const fresh = await newPage(browser);
		const { page } = fresh;
		await page.goto(appUrl('/statements/new'));
		const id = (await new NewStatementPage(page).create(statementDetails())).id;
		const answer = new QuestionPage(page);
		await answer.open(id, 'careless-1-2');
		await expect(page.getByTestId('profile-prompt').count()).resolves.toBe(0);
		await answer.write('Typed before saying who I am.');
		await answer.waitForSaved();
		await page.getByTestId('profile-prompt').getByRole('link', { name: 'Say who you are' }).click();
		await new ProfilePage(page).heading.waitFor();
		await ProfilePage.fill(page, { name: 'Alex Morgan', role: 'Officer', designation: 'Placements Team Manager' });
		await answer.editor.waitFor();
		await expect(answer.editor.inputValue()).resolves.toBe('Typed before saying who I am.');
		await expect(page.getByTestId('profile-prompt').count()).resolves.toBe(0);
		await answer.write('Typed before saying who I am. And after.');
		await answer.waitForSaved();
		const history = new HistoryPage(page);
		await history.open(id, 'careless-1-2');
		await expect(history.rows.nth(0).textContent()).resolves.toContain('Alex Morgan, Placements Team Manager');
		await expect(history.rows.nth(1).textContent()).resolves.toContain('Not recorded');
		await fresh.context.close();
	});

	test('the history shows who saved each version of an answer', async () => {
		const history = new HistoryPage(officer.page);
		await history.open(statementId, officerAnswers.complete.id);
		await expect(history.rows.first().textContent()).resolves.toContain('Sam Patel, Head of Service');
		await expect(ProfilePage.who(officer.page).textContent()).resolves.toContain('You are using this device as Sam Patel, Head of Service');
	});

	test('opening the notes file says whose notes they are and that answers will not change', async () => {
		const { page } = officer;
		const open = new OpenFilePage(page);
		await open.open();
		await open.choose(notesPath);
		await page.locator('#notes-plan-summary').waitFor();
		await expect(textOf(page.locator('#notes-plan-summary'))).resolves.toBe(`3 notes from Cllr Jo Lee (councillor) for “${title}”; answers will not change.`);
		await expect(textOf(open.plan)).resolves.toContain('3 notes are new to this device and will be added');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await page.getByRole('button', { name: 'Add these notes' }).click();
		await page.getByRole('heading', { level: 2, name: 'Progress' }).waitFor();
	});

	test('the notes are in, counted by area, and the answers are unchanged', async () => {
		const { page } = officer;
		await page.getByTestId('area-notes-careless-1').waitFor();
		await expect(page.getByTestId('area-notes-careless-1').textContent()).resolves.toContain('1 question, 1 challenge open');
		await expect(page.getByTestId('area-notes-careless-2').textContent()).resolves.toContain('1 information request open');
		const answer = new QuestionPage(page);
		await answer.open(statementId, officerAnswers.complete.id);
		await expect(answer.editor.inputValue()).resolves.toBe(officerAnswers.complete.text);
		await answer.open(statementId, officerAnswers.noReporter.id);
		await expect(answer.editor.inputValue()).resolves.toBe(officerAnswers.noReporter.text);
	});

	test('the officer replies to the challenge and resolves it; the counts change', async () => {
		const { page } = officer;
		await new QuestionPage(page).open(statementId, officerAnswers.complete.id);
		const notes = new NotesPanel(page);
		await notes.note(challenge).waitFor();
		await notes.reply(challenge, 'Statistical neighbours average **8%** (March 2026).');
		await notes.resolve(challenge);
		const resolved = notes.note(challenge);
		await expect(resolved.textContent()).resolves.toMatch(/Resolved by Sam Patel, Head of Service on \d+ \w+ \d{4} at \d\d:\d\d/);
		await expect(resolved.locator('.app-note__reply').textContent()).resolves.toContain('Sam Patel, Head of Service replied on');
		await expect(notes.summary.textContent()).resolves.toContain('2 notes: 1 question open');
		// Only the writer may change a note's text: the officer may not.
		await expect(notes.note(question).getByRole('button', { name: /^Change/ }).count()).resolves.toBe(0);
		await expect(axeViolations(page)).resolves.toEqual([]);

		await page.goto(appUrl(`/statements/${statementId}`));
		await page.getByTestId('area-notes-careless-1').waitFor();
		await expect(page.getByTestId('area-notes-careless-1').textContent()).resolves.toContain('1 question open');
		await expect(page.locator(`#notes-${officerAnswers.complete.id}`).textContent()).resolves.not.toContain('challenge');
	});

	test('gaps at a glance lists the answer without a reporter, and the principles matrix', async () => {
		const { page } = officer;
		await page.getByRole('link', { name: 'Gaps at a glance' }).click();
		const gaps = new GapsPage(page);
		await page.getByRole('heading', { level: 1, name: 'Gaps at a glance' }).waitFor();
		await expect(gaps.count('Answers with no reporter').textContent()).resolves.toContain('1 of 20');
		await expect(gaps.count('Questions not answered yet').textContent()).resolves.toContain('18 of 20');
		await expect(gaps.row(officerAnswers.noReporter.id).textContent()).resolves.toContain('No reporter');
		await expect(gaps.row(officerAnswers.noReporter.id).textContent()).resolves.toContain('1 open');
		await expect(gaps.row(officerAnswers.complete.id).textContent()).resolves.not.toContain('No reporter');
		await expect(axeViolations(page)).resolves.toEqual([]);

		await page.getByRole('link', { name: 'Show these answers with no reporter' }).click();
		await page.locator('#gaps-filter').waitFor();
		await expect(page.locator('#gaps-table tbody tr').count()).resolves.toBe(1);

		const matrix = page.getByRole('table', { name: /Whether each answer bears on each corporate parenting principle/ });
		const row = matrix.getByRole('row', { name: /^1\.1 / });
		await expect(row.getByRole('cell').allTextContents()).resolves.toContain('✓ Yes');
		await expect(page.locator('#uncovered-principles').textContent()).resolves.toMatch(/\d\. /);
	});

	test('a notes file for a statement that is not on the device is refused, naming the statement', async () => {
		const other = await newPage(browser);
		const open = new OpenFilePage(other.page);
		await open.open();
		await open.choose(notesPath);
		const refused = other.page.getByTestId('notes-refused');
		await refused.waitFor();
		await expect(textOf(refused)).resolves.toContain(`3 notes on the position statement “${title}”, which is not on this device`);
		await expect(other.page.getByRole('button', { name: 'Add these notes' }).count()).resolves.toBe(0);
		await expect(axeViolations(other.page)).resolves.toEqual([]);
		await other.context.close();
	});
});
