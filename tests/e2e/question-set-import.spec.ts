import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { focused } from './support/keyboard.ts';
import { NewStatementPage, OverviewPage, QuestionPage } from './support/pages.ts';

const LGSCO = 'LGSCO Careless (December 2020)';
const EXAMPLE = 'Example focus report';
const TEMPLATE = 'examples/question-set-template.json';
const NEXT_EDITION = 'tests/fixtures/files/question-set-template-2027-01.json';
const KEPT_ANSWER = 'Children tell their advocate or their independent reviewing officer; we act within five working days.';

/** The "Question sets" page: the sets in the app and on this device, and loading one from a file. */
class QuestionSetsPage {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await this.page.goto(appUrl('/question-sets'));
		await this.page.getByRole('heading', { level: 1, name: 'Question sets' }).waitFor();
	}

	/** The rows (set short titles and editions) of one of the page's tables, by its caption. */
	async rows(caption: string): Promise<string[]> {
		const table = this.page.locator('table').filter({ has: this.page.locator('caption', { hasText: caption }) });
		return table.locator('tbody tr').evaluateAll((rows) =>
			rows.map((r) => `${r.querySelector('th')?.firstChild?.textContent?.trim()} ${r.querySelectorAll('td')[0]?.textContent?.trim()}`)
		);
	}

	async choose(path: string): Promise<void> {
		await this.page.getByLabel('Choose a question set file').setInputFiles(path);
	}

	get errorSummary() {
		return this.page.locator('.govuk-error-summary');
	}

	get preview() {
		return this.page.getByTestId('set-preview');
	}
}

async function shot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: `/tmp/sets-${name}.png`, fullPage: true });
}

describe('loading a question set from a file and moving a statement to its next edition', () => {
	let browser: Browser;
	let page: Page;
	let sets: QuestionSetsPage;
	let statementId = '';

	beforeAll(async () => {
		browser = await launchChromium();
		({ page } = await newPage(browser));
		sets = new QuestionSetsPage(page);
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('the page lists the sets that come with the app, linked from the header', async () => {
		await page.goto(appUrl('/'));
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question sets' }).click();
		await page.getByRole('heading', { level: 1, name: 'Question sets' }).waitFor();
		await expect(sets.rows('Sets that come with the app')).resolves.toEqual([
			`${LGSCO} 2020-12`,
			'LGA/NCB 10 questions (June 2012) 2012-06',
			'LGA corporate parenting lines of enquiry (2017) 2017'
		]);
		await expect(page.getByText('No question sets have been loaded on this device yet.').isVisible()).resolves.toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, '1-library');
	});

	test('a bad file is refused with one line per problem, each naming its place, and nothing is saved', async () => {
		await sets.choose('tests/fixtures/files/question-set-bad-fields.json');
		await sets.errorSummary.waitFor();
		await expect(sets.errorSummary.getByRole('heading').textContent()).resolves.toBe('This file cannot be loaded');
		const lines = await sets.errorSummary.getByRole('listitem').allTextContents();
		expect(lines).toEqual([
			'data.edition: is missing',
			'data.areas[0].questions[0].id: expected an id of lower-case letters, digits and hyphens',
			expect.stringMatching(/^data\.areas\[0\]\.questions\[1\]\.principleIds\[0\]: expected one of .*got "be-kind"$/),
			'data.areas[1].questions: must not be empty'
		]);
		await expect(focused(page)).resolves.toMatchObject({ tag: 'div' });
		await expect(page.locator('.govuk-error-message').textContent()).resolves.toContain('The file has 4 problems, listed above. Nothing has been saved.');
		await expect(page.getByRole('button', { name: 'Load this question set' }).count()).resolves.toBe(0);
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, '2-errors');
		// The summary's links take the user to the file input.
		await sets.errorSummary.getByRole('link').first().click();
		await expect(focused(page)).resolves.toMatchObject({ tag: 'input', name: 'Choose a question set file' });

		await page.reload();
		await page.getByRole('heading', { level: 1, name: 'Question sets' }).waitFor();
		await expect(page.getByText('No question sets have been loaded on this device yet.').isVisible()).resolves.toBe(true);
	});

	test('the template is previewed, then loaded when asked', async () => {
		await sets.choose(TEMPLATE);
		await sets.preview.waitFor();
		await expect(sets.preview.textContent()).resolves.toBe(`${EXAMPLE} (edition 2026-01): 2 areas, 4 questions`);
		await expect(sets.errorSummary.count()).resolves.toBe(0);
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, '3-preview');

		await page.getByRole('button', { name: 'Load this question set' }).click();
		await page.getByText(`${EXAMPLE} (edition 2026-01) has been loaded`).waitFor();
		await expect(sets.rows('Sets loaded from files')).resolves.toEqual([`${EXAMPLE} 2026-01`]);
		expect(await axeViolations(page)).toEqual([]);

		// The same file again: nothing to save.
		await sets.choose(TEMPLATE);
		await page.getByText('This edition is already on this device, exactly as in this file. Nothing needed saving.').waitFor();
		await expect(page.getByRole('button', { name: 'Load this question set' }).count()).resolves.toBe(0);
	});

	test('a new statement can use the Ombudsman’s questions and the loaded set, each with its areas', async () => {
		await page.goto(appUrl('/statements/new'));
		const form = new NewStatementPage(page);
		await form.heading.waitFor();
		await form.questionSets.getByLabel(EXAMPLE).waitFor();
		await expect(form.questionSets.getByRole('checkbox').count()).resolves.toBe(4);
		expect(await axeViolations(page)).toEqual([]);
		await form.fill(statementDetails());
		await form.chooseQuestionSets([LGSCO, EXAMPLE]);
		await form.submit();
		const overview = new OverviewPage(page);
		await overview.waitFor();
		statementId = overview.id;

		await expect(overview.progress.textContent()).resolves.toContain('0 of 24 answered');
		await expect(page.getByRole('heading', { level: 2, name: /^(LGSCO|Example)/ }).allTextContents()).resolves.toEqual([LGSCO, EXAMPLE]);
		await expect(overview.areaHeadings.allTextContents().then((t) => t.map((s) => s.trim()).slice(4))).resolves.toEqual([
			'5. Children leaving care',
			'6. Keeping in touch with children in care',
			'7. Planning for adulthood'
		]);
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, '4-overview');
	});

	test('a question in the loaded set is answered like any other', async () => {
		const question = new QuestionPage(page);
		await question.open(statementId, 'example-1-2');
		await expect(page.getByText(`From ${EXAMPLE}, Example Ombudsman, page 12.`).isVisible()).resolves.toBe(true);
		await question.write(KEPT_ANSWER);
		await question.waitForSaved();
		expect(await axeViolations(page)).toEqual([]);
		await question.open(statementId, 'example-2-2');
		await question.write('Care leavers want advice on housing from the age of 16.');
		await question.waitForSaved();
	});

	test('loading a newer edition changes no statement', async () => {
		await sets.open();
		await sets.choose(NEXT_EDITION);
		await sets.preview.waitFor();
		await expect(page.getByText('This device also has edition 2026-01 of this set.').isVisible()).resolves.toBe(true);
		await page.getByRole('button', { name: 'Load this question set' }).click();
		await page.getByText(`${EXAMPLE} (edition 2027-01) has been loaded`).waitFor();
		await expect(sets.rows('Sets loaded from files')).resolves.toEqual([`${EXAMPLE} 2027-01`, `${EXAMPLE} 2026-01`]);
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, '5-two-editions');

		await page.goto(appUrl(`/statements/${statementId}`));
		const overview = new OverviewPage(page);
		await overview.waitFor();
		await expect(overview.progress.textContent()).resolves.toContain('2 of 24 answered');
		await expect(page.getByRole('heading', { name: '7. Planning for adulthood' }).isVisible()).resolves.toBe(true);
	});

	test('the details page says a newer edition is here, and the comparison shows what differs', async () => {
		await page.goto(appUrl(`/statements/${statementId}/details`));
		const notice = page.getByTestId('newer-edition');
		await notice.waitFor();
		await expect(notice.textContent()).resolves.toContain(`Edition 2027-01 of ${EXAMPLE} is on this device. This statement uses edition 2026-01.`);
		await expect(page.locator('dl').last().locator('dt').allTextContents()).resolves.toEqual([LGSCO, EXAMPLE]);
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, '6-details');

		await notice.getByRole('link', { name: `Compare editions of ${EXAMPLE}` }).click();
		await page.getByRole('heading', { level: 1, name: `Compare editions of ${EXAMPLE}` }).waitFor();
		await expect(page.getByTestId('added').textContent()).resolves.toContain('How many care leavers are in education, employment or training');
		await expect(page.getByTestId('removed').textContent()).resolves.toContain('What do care leavers say about the advice they get on finding a home?');
		await expect(page.getByTestId('diff').locator('ins').textContent()).resolves.toContain('where they used to live');
		await expect(page.getByTestId('renamed').textContent()).resolves.toBe('Planning for adulthood is now called Preparing for adulthood');
		await expect(page.getByTestId('dropped-answers').textContent()).resolves.toContain('1 answer is to a question edition 2027-01 drops');
		await expect(page.getByText('It stays saved with this statement on this device').isVisible()).resolves.toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, '7-compare');
	});

	test('choosing the new edition changes the overview and keeps the answer to a kept question', async () => {
		await page.getByRole('button', { name: 'Use edition 2027-01 for this statement' }).click();
		const overview = new OverviewPage(page);
		await overview.waitFor();
		await page.getByText(`This statement now uses edition 2027-01 of ${EXAMPLE}`).waitFor();
		await expect(page.getByRole('heading', { name: '7. Preparing for adulthood' }).isVisible()).resolves.toBe(true);
		await expect(page.getByRole('link', { name: /^7\.2 How many care leavers are in education/ }).isVisible()).resolves.toBe(true);
		await expect(page.getByRole('link', { name: /What do care leavers say about the advice/ }).count()).resolves.toBe(0);
		await expect(overview.progress.textContent()).resolves.toContain('1 of 24 answered');
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, '8-new-edition');

		const question = await overview.openQuestion('6.2 How do children in care tell us');
		await expect(question.editor.inputValue()).resolves.toBe(KEPT_ANSWER);
	});

	test('another set can be added to the statement from its details page', async () => {
		await page.goto(appUrl(`/statements/${statementId}/details`));
		// The edition it left is still on the device, to change back to.
		await page.getByRole('link', { name: `Compare with edition 2026-01 of ${EXAMPLE}` }).waitFor();
		await expect(page.getByTestId('newer-edition').count()).resolves.toBe(0);
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, '10-details-after');
		await page.getByRole('link', { name: 'Add a question set to this statement' }).click();
		await page.getByRole('heading', { level: 1, name: 'Add a question set' }).waitFor();
		const choices = page.getByRole('group', { name: 'Which question set do you want to add?' });
		await expect(choices.getByRole('radio').count()).resolves.toBe(2);
		await page.getByRole('button', { name: 'Add question set' }).click();
		await expect(page.locator('.govuk-error-summary').getByRole('link').allTextContents()).resolves.toEqual(['Select a question set to add']);
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, '9-add');

		await choices.getByLabel('LGA/NCB 10 questions (June 2012)').check();
		await page.getByRole('button', { name: 'Add question set' }).click();
		const overview = new OverviewPage(page);
		await overview.waitFor();
		await page.getByText('LGA/NCB 10 questions (June 2012) has been added to this statement').waitFor();
		await expect(page.getByRole('heading', { level: 2, name: /^(LG|Example)/ }).allTextContents()).resolves.toEqual([
			LGSCO,
			EXAMPLE,
			'LGA/NCB 10 questions (June 2012)'
		]);
	});

	test('removing a set from the device leaves the statement as it is', async () => {
		await sets.open();
		await page.getByRole('button', { name: `Remove ${EXAMPLE}, edition 2026-01` }).click();
		await page.getByRole('heading', { name: `Remove ${EXAMPLE}, edition 2026-01?` }).waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Yes, remove it' }).click();
		await page.getByText(`${EXAMPLE} (edition 2026-01) has been removed from this device`).waitFor();
		await expect(sets.rows('Sets loaded from files')).resolves.toEqual([`${EXAMPLE} 2027-01`]);

		await page.goto(appUrl(`/statements/${statementId}`));
		await new OverviewPage(page).waitFor();
		await expect(page.getByRole('heading', { name: '7. Preparing for adulthood' }).isVisible()).resolves.toBe(true);
	});
});
