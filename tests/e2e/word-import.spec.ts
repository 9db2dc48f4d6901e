import { Paragraph } from 'docx';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bullet, cell, makeDocx, rich, row, table } from '../unit/domain/word-import/make-docx.ts';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { QuestionPage } from './support/pages.ts';
import { WordImportPage } from './support/word-import-page.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A council's appendix as Word holds it: area heading rows, a rating column, two reporters in one cell, a row of the panel's own. */
async function councilAppendix(): Promise<Buffer> {
	const bytes = await makeDocx([
		new Paragraph('Appendix 2: Position statement against LGSCO areas of focus'),
		table([
			row('Area of focus', 'Position Statement', 'Reporter', 'Designation', 'RAG'),
			row(cell('1. Accommodation for 16 and 17 year olds', { span: 5 })),
			row(
				['How many 16- and 17-year olds are in bed and breakfast', 'accommodation or in unregulated homes?'],
				[rich('No young person is in ', { bold: 'bed and breakfast' }, '. See ', { link: 'our sufficiency strategy', href: 'https://example.gov.uk/sufficiency' }, '.'), bullet('Two in supported lodgings'), bullet('One in a foyer')],
				['Data team / Brett Purdy', 'Jo Smith'],
				['Performance and Intelligence', 'Head of Service'],
				'Green'
			),
			row(cell('2. The placing of children in care', { span: 5 })),
			row('Average number of placement moves per child in care?', 'Children had 0.4 moves each on average in 2025.', 'Ann Lee', 'Placements Team Manager', 'Amber'),
			row(cell('6. Youth justice', { span: 5 })),
			row('How many children in care were cautioned or convicted this year?', 'Eleven, down from fifteen.', 'Raj Kaur', 'Youth Justice Manager', 'Red'),
			row('Notes for the panel', '', '', '', '')
		])
	]);
	return Buffer.from(bytes);
}

/** What a person reads in a part of the page, spaces as they see them. */
async function words(locator: Locator): Promise<string> {
	return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

async function shot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: `/tmp/word-import-${name}.png`, fullPage: true });
}

describe('importing a position statement from Word', () => {
	let browser: Browser;
	let page: Page;
	let wordImport: WordImportPage;

	beforeAll(async () => {
		browser = await launchChromium();
		({ page } = await newPage(browser));
		wordImport = new WordImportPage(page);
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('a missing file and a file that is not a Word document are refused with a message linked to the field; nothing is saved', async () => {
		await wordImport.openFromHome();
		await expect(axeViolations(page)).resolves.toEqual([]);
		await page.getByRole('button', { name: 'Read the document' }).click();
		await wordImport.errorSummary.waitFor();
		await expect(words(wordImport.errorSummary)).resolves.toContain('Select the Word document to import');
		await expect(axeViolations(page)).resolves.toEqual([]);
		// The summary's link takes keyboard users to the field.
		await wordImport.errorSummary.getByRole('link', { name: 'Select the Word document to import' }).press('Enter');
		await expect(focused(page)).resolves.toMatchObject({ id: 'word-file' });

		await wordImport.read({ name: 'answers.csv', mimeType: 'text/csv', buffer: Buffer.from('Area of focus,Position statement\n') });
		await page.getByText('answers.csv is not a Word document. Choose a .docx file.').first().waitFor();
		await wordImport.read({ name: 'old-appendix.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(512).fill(0)]) });
		await page.getByText('old-appendix.doc is an older Word file (.doc)').first().waitFor();

		// A 50 MB file is refused by its size, before it is read.
		// (Written to a file: the browser is handed buffers up to 50 MB only.)
		const folder = mkdtempSync(join(tmpdir(), 'word-import-'));
		const huge = join(folder, 'huge.docx');
		writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024));
		await wordImport.read(huge);
		rmSync(folder, { recursive: true, force: true });
		await page.getByText('huge.docx is 50 MB. The file must be smaller than 20 MB').first().waitFor();

		await page.goto(appUrl('/'));
		await page.getByText('You have no position statements on this device yet.').waitFor();
	});

	test('a document with two statement tables asks which; a table whose questions match none of the sets says so', async () => {
		const bytes = await makeDocx([
			table([row('Question', 'Response'), row('What is the weather like?', 'Sunny.'), row('Is the car park open?', 'Yes.')]),
			new Paragraph('And last year’s:'),
			table([row('Area of focus', 'Position Statement'), row('How many placement moves does a child in care have on average?', 'Three.')])
		]);
		await wordImport.openFromHome();
		await wordImport.read({ name: 'Two tables.docx', mimeType: DOCX, buffer: Buffer.from(bytes) });
		await wordImport.heading('Choose the table').waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
		await wordImport.continue();
		await wordImport.errorSummary.getByRole('link', { name: 'Select the table that holds your position statement' }).waitFor();
		await page.getByLabel('Table 1').check();
		await wordImport.continue();
		await wordImport.heading('Check the rows').waitFor();
		await page.locator('#nothing-matched').waitFor();
		await expect(words(page.locator('#nothing-matched'))).resolves.toContain('No row matched a question of the question sets you chose');
	});

	test('each row shows its match and how sure; two rows on one question are refused; the import saves every chosen answer once confirmed', async () => {
		await wordImport.openFromHome();
		await wordImport.read({ name: 'Appendix 2.docx', mimeType: DOCX, buffer: await councilAppendix() });
		await wordImport.heading('Check the rows').waitFor();
		await expect(words(page.locator('main'))).resolves.toContain('In Appendix 2.docx we found 4 rows with a question: 1 matched for sure, 1 to check, and 2 that matched no question.');

		const first = wordImport.card(3);
		await expect(words(first)).resolves.toMatch(/Sure\s*Question 1\.1/);
		await expect(words(first)).resolves.toContain('Data team / Brett Purdy, Performance and Intelligence');
		await expect(words(first)).resolves.toContain('Going well or better (the document says "Green")');
		await expect(words(wordImport.card(5))).resolves.toMatch(/Check this\s*Question 2\.2/);
		await expect(wordImport.choice(5).inputValue()).resolves.toBe('careless-2-2');
		await expect(words(wordImport.card(7))).resolves.toContain('No match');
		await expect(wordImport.choice(7).inputValue()).resolves.toBe('local');
		// A row with no answer starts as "not a question".
		await expect(wordImport.choice(8).inputValue()).resolves.toBe('skip');
		await first.getByText('Show the answer').click();
		await first.getByRole('link', { name: 'our sufficiency strategy' }).waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
		await shot(page, 'review');

		// Two rows on one question: refused, the summary links to the second row's select.
		await wordImport.choice(5).selectOption('careless-1-1');
		await wordImport.continue();
		const problem = 'Rows 3 and 5 are both matched to question 1.1: choose another question for row 5, or "not a question"';
		await wordImport.errorSummary.getByRole('link', { name: problem }).waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
		await wordImport.errorSummary.getByRole('link', { name: problem }).click();
		await expect(focused(page)).resolves.toMatchObject({ id: 'row-5' });
		await wordImport.choice(5).selectOption('careless-2-2');
		// On by keyboard alone: Tab from the select to Continue, and Enter.
		await tabTo(page, /^Continue$/);
		await page.keyboard.press('Enter');

		await wordImport.heading('Details of the new statement').waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
		const overview = await wordImport.importWith(statementDetails(), 'Import 3 answers');
		await expect(words(overview.progress)).resolves.toMatch(/3 of 21/);

		const question = new QuestionPage(page);
		await question.open(overview.id, 'careless-1-1');
		await expect(question.editor.inputValue()).resolves.toContain('No young person is in **bed and breakfast**. See [our sufficiency strategy](https://example.gov.uk/sufficiency).');
		await expect(page.locator('#reporter-0-name').inputValue()).resolves.toBe('Data team / Brett Purdy');
		await expect(page.locator('#reporter-1-designation').inputValue()).resolves.toBe('Head of Service');
		await page.goto(appUrl(`/statements/${overview.id}/questions/careless-1-1/history`));
		// Nobody has said who they are on this device: the version says only where it came from.
		await page.getByText('Imported from Appendix 2.docx', { exact: true }).first().waitFor();

		// The panel's own question, under its Word area heading.
		await page.goto(appUrl(`/statements/${overview.id}`));
		await page.getByRole('link', { name: /How many children in care were cautioned or convicted this year\?/ }).waitFor();
		await page.getByText('Youth justice').first().waitFor();
	});
});
