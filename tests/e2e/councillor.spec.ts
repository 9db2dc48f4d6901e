import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { officerAnswers, officerSharesStatement } from './support/journeys.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { goOffline } from './support/offline.ts';
import { QuestionPage } from './support/pages.ts';
import {
	councillorJo,
	download,
	MeetingQuestionsPage,
	NotesPanel,
	OpenFilePage,
	pdfText,
	ProfilePage
} from './support/review-pages.ts';

/** A councillor's review: she opens the officer's file, challenges answers and takes questions to the meeting. */
describe('a councillor reviews a position statement', () => {
	let browser: Browser;
	let councillor: { context: BrowserContext; page: Page };
	let statementId = '';
	let statementPath = '';
	const question = 'How many of these young people chose where they live?';
	const challenge = 'There is no comparison with **statistical neighbours**.';

	beforeAll(async () => {
		browser = await launchChromium();
		const officer = await newPage(browser, { acceptDownloads: true });
		({ statementId, path: statementPath } = await officerSharesStatement(officer.page));
		await officer.context.close();
		councillor = await newPage(browser, { acceptDownloads: true });
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('she says who she is, after seeing what a missing detail looks like', async () => {
		const { page } = councillor;
		await page.goto(appUrl('/'));
		await expect(ProfilePage.who(page).textContent()).resolves.toContain('Say who is using this device');
		const profile = new ProfilePage(page);
		await page.getByRole('link', { name: 'Say who is using this device' }).click();
		await profile.heading.waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
		await page.getByRole('button', { name: 'Save and continue' }).click();
		await profile.errorSummary.waitFor();
		await expect(profile.errorSummary.textContent()).resolves.toContain('Enter your name');
		await expect(profile.errorSummary.textContent()).resolves.toContain('Select whether you are an officer or a councillor');
		await expect(axeViolations(page)).resolves.toEqual([]);
		await ProfilePage.fill(page, councillorJo);
		// Back where she started, named in the header.
		await page.getByRole('heading', { level: 1, name: 'Your position statements' }).waitFor();
		// The header follows the stored profile live, a moment after the save.
		await expect.poll(() => ProfilePage.who(page).textContent()).toMatch(/You are using this device as Cllr Jo Lee \(councillor\)\s*–\s*change/);
	});

	test('she opens the statement the officer sent', async () => {
		const { page } = councillor;
		const open = new OpenFilePage(page);
		await open.open();
		await open.choose(statementPath);
		await page.getByRole('button', { name: 'Add this statement' }).click();
		await page.getByRole('heading', { level: 2, name: 'Progress' }).waitFor();
		await expect(page.locator('#progress-summary').textContent()).resolves.toContain('2 of 20 answered');
	});

	test('she adds a question for the meeting and a challenge using only the keyboard', async () => {
		const { page } = councillor;
		await new QuestionPage(page).open(statementId, officerAnswers.complete.id);
		await tabTo(page, /^Question to ask at the meeting$/, 120);
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await expect(focused(page)).resolves.toMatchObject({ name: 'Your note' });
		await page.keyboard.type(question);
		await page.keyboard.press('Tab');
		await expect(focused(page)).resolves.toMatchObject({ name: 'Add note' });
		await page.keyboard.press('Enter');
		const notes = new NotesPanel(page);
		await notes.note(question).waitFor();
		await page.getByText('Your note has been added.').waitFor();

		// Back up to the kinds (none chosen now, so Shift+Tab lands on the last), then up to "Challenge".
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		await expect(focused(page)).resolves.toMatchObject({ name: 'Satisfied' });
		await page.keyboard.press('ArrowUp');
		await expect(focused(page)).resolves.toMatchObject({ name: 'Challenge' });
		await page.keyboard.press('Tab');
		await page.keyboard.type(challenge);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await notes.note('There is no comparison with').waitFor();

		await expect(notes.note(question).locator('.govuk-tag').textContent()).resolves.toBe('Question for the meeting');
		await expect(notes.note('There is no comparison').locator('.govuk-tag').textContent()).resolves.toBe('Challenge');
		// Markdown is shown as formatting, not as asterisks.
		await expect(notes.note('There is no comparison').locator('strong', { hasText: 'statistical neighbours' }).count()).resolves.toBe(1);
		await expect(notes.note(question).textContent()).resolves.toContain('Cllr Jo Lee (councillor)');
		await expect(notes.summary.textContent()).resolves.toContain('2 notes: 1 question, 1 challenge open');
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('an empty note is refused with a message that leads to the field', async () => {
		const { page } = councillor;
		const notes = new NotesPanel(page);
		await notes.section.getByRole('button', { name: 'Add note' }).click();
		await notes.errorSummary.waitFor();
		await expect(notes.errorSummary.textContent()).resolves.toContain('Select what kind of note this is');
		await notes.errorSummary.getByRole('link', { name: 'Enter your note' }).click();
		await expect(focused(page)).resolves.toMatchObject({ id: 'note-text' });
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('reading the whole statement, she sees her notes under each answer and adds another there', async () => {
		const { page } = councillor;
		await page.goto(appUrl(`/statements/${statementId}/read`));
		const first = page.getByRole('region', { name: 'Notes (2) on question 1.1' });
		await first.waitFor();
		await expect(first.textContent()).resolves.toContain(question);
		await expect(first.textContent()).resolves.toContain('1 question, 1 challenge open');
		const second = page.getByRole('region', { name: 'Notes on question 1.2' });
		await second.getByText('Add a note').click();
		await second.getByRole('radio', { name: 'Further information requested' }).check();
		await second.getByLabel('Your note').fill('What does the new supported lodgings scheme cost?');
		await second.getByRole('button', { name: 'Add note' }).click();
		await page.getByRole('region', { name: 'Notes (1) on question 1.2' }).getByText('What does the new supported lodgings scheme cost?').waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('the overview counts her open notes by area and by question', async () => {
		const { page } = councillor;
		await page.goto(appUrl(`/statements/${statementId}`));
		await page.getByTestId('area-notes-careless-1').waitFor();
		await expect(page.getByTestId('area-notes-careless-1').textContent()).resolves.toContain('1 question, 1 information request, 1 challenge open');
		await expect(page.locator(`#notes-${officerAnswers.complete.id}`).textContent()).resolves.toContain('1 question, 1 challenge open');
	});

	test('she takes the questions to the meeting: on screen, and as a PDF with her name, made offline', async () => {
		const { page } = councillor;
		await page.getByRole('link', { name: 'Questions for the meeting' }).click();
		const meeting = new MeetingQuestionsPage(page);
		await page.getByRole('heading', { level: 1, name: 'Questions for the meeting' }).waitFor();
		const entry = meeting.question('1.1');
		await entry.waitFor();
		await expect(entry.textContent()).resolves.toContain('The answer says: As at 30 September 2025, 4 young people');
		await expect(entry.textContent()).resolves.toContain(question);
		await expect(entry.textContent()).resolves.toContain('Cllr Jo Lee (councillor)');
		await expect(axeViolations(page)).resolves.toEqual([]);

		// On the train: the PDF is made from what is on the device, its code and fonts from the app's offline cache.
		await goOffline(councillor.context, page);
		const pdf = await download(page, 'Save as PDF');
		await councillor.context.setOffline(false);
		expect(pdf.name).toBe('anytown-borough-council-children-and-families-scrutiny-panel-2026-03-25-questions-for-the-meeting.pdf');
		const text = await pdfText(pdf.bytes);
		expect(text).toContain('Questions for the meeting');
		expect(text).toContain(question);
		expect(text).toContain('Question for the meeting – Cllr Jo Lee (councillor)');
		expect(text).toContain('There is no comparison with statistical neighbours.');
	});

	test('she saves just her notes as a file for the officer', async () => {
		const { page } = councillor;
		await page.goto(appUrl(`/statements/${statementId}`));
		const saved = await download(page, 'Save your notes as a file');
		expect(saved.name).toBe('anytown-borough-council-children-and-families-scrutiny-panel-2026-03-25-notes-cllr-jo-lee.json');
		const file = JSON.parse(saved.bytes.toString('utf8')) as { type: string; data: { assessmentId: string; notes: { text: string }[] } };
		expect(file.type).toBe('scrutiny-notes');
		expect(file.data.assessmentId).toBe(statementId);
		expect(file.data.notes.map((n) => n.text)).toEqual([question, challenge, 'What does the new supported lodgings scheme cost?']);
		await page.getByText(/^Saved 3 notes to your downloads/).waitFor();
	});
});
