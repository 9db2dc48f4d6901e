import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { docxText, ExportPage, markExempt, openStatementFile, pdfPages } from './support/export-page.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { QuestionPage } from './support/pages.ts';
import { goOffline } from './support/offline.ts';
import { download, textOf } from './support/review-pages.ts';

const EXAMPLE = 'examples/anytown-position-statement.json';
const CATEGORY = 'Schedule 12A, paragraph 3';

interface ExampleResponse {
	questionId: string;
	statement: string;
	status: string;
	exempt: boolean;
}
const example = (JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { data: { assessment: Record<string, string>; responses: ExampleResponse[] } }).data;
const answered = example.responses.filter((r) => r.statement.trim() !== '');
const open = answered.filter((r) => !r.exempt);
/** The answer this spec marks exempt, one that stays public, and one it clears so that a question is unanswered whatever the example holds. */
const exemptAnswer = open.at(-1)!;
const publicAnswer = open[0]!;
const clearedAnswer = open[1]!;

/** `<council>-<panel>-<yyyy-mm-dd>-position-statement`, as the issue specifies it. */
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const baseName = `${slug(example.assessment.council!)}-${slug(example.assessment.panel!)}-${example.assessment.meetingDate}-position-statement`;

/** "careless-2-1" → "2.1". */
const questionNumber = (id: string) => id.replace(/^careless-/, '').replace('-', '.');

/** Six words from the first plain paragraph of an answer, without markdown, as a reader of the file sees them. */
function phrase(markdown: string): string {
	const line = markdown.split('\n').find((l) => l.trim() && !/^\s*([-*+>|#]|\d+\.)/.test(l)) ?? '';
	const plain = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
	return plain.split(' ').slice(0, 6).join(' ');
}

describe('exporting a statement for the panel papers', () => {
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	let screen: ExportPage;
	let statementId = '';

	beforeAll(async () => {
		browser = await launchChromium();
		({ context, page } = await newPage(browser, { acceptDownloads: true }));
		screen = new ExportPage(page);
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('the officer opens the example, marks one answer exempt and clears another', async () => {
		statementId = await openStatementFile(page, EXAMPLE);
		await markExempt(page, statementId, exemptAnswer.questionId, CATEGORY);
		const question = new QuestionPage(page);
		await question.open(statementId, clearedAnswer.questionId);
		await question.write('');
		await question.waitForSaved();
		expect(phrase(exemptAnswer.statement).split(' ')).toHaveLength(6);
	});

	test('the overview leads to the export screen, which says what is not answered or agreed and lets them go on', async () => {
		await page.goto(appUrl(`/statements/${statementId}`));
		await page.getByRole('button', { name: 'Export for the panel papers' }).click();
		await screen.heading.waitFor();

		const readiness = await textOf(screen.readiness);
		const unanswered = 20 - answered.length + 1;
		const notAgreed = answered.filter((r) => r !== clearedAnswer && r.status !== 'agreed').length;
		const unansweredHeading = unanswered === 1 ? '1 question is not answered' : `${unanswered} questions are not answered`;
		expect(readiness).toContain(unansweredHeading);
		const notAgreedHeading = notAgreed === 1 ? '1 answer is not yet agreed' : `${notAgreed} answers are not yet agreed`;
		if (notAgreed > 0) expect(readiness).toContain(notAgreedHeading);
		expect(readiness).toContain('You can still export.');
		// Lists longer than five start folded; opened, each question is a link to its page.
		const folded = screen.readiness.locator('details');
		await expect(folded.count()).resolves.toBe([unanswered, notAgreed].filter((n) => n > 5).length);
		for (const summary of await folded.locator('summary').all()) await summary.click();
		const list = screen.readiness.getByRole('list', { name: unansweredHeading });
		await expect(list.getByRole('link').count()).resolves.toBe(unanswered);
		await expect(textOf(list)).resolves.toContain(questionNumber(clearedAnswer.questionId));
		await expect(list.getByRole('link').first().getAttribute('href')).resolves.toMatch(new RegExp(`/statements/${statementId}/questions/careless-\\d-\\d+$`));
		const notAgreedList = screen.readiness.getByRole('list', { name: notAgreedHeading });
		await expect(notAgreedList.getByRole('link').count()).resolves.toBe(notAgreed);

		await expect(page.getByRole('group', { name: 'Format' }).getByLabel('PDF for the agenda pack').isChecked()).resolves.toBe(true);
		await expect(page.getByRole('group', { name: 'Version' }).getByLabel('Public', { exact: true }).isChecked()).resolves.toBe(true);
		await expect(screen.summaryPage.isChecked()).resolves.toBe(true);
		const exempt = answered.filter((r) => r.exempt).length + 1;
		await expect(textOf(page.locator('#version-group-hint'))).resolves.toContain(`${exempt === 1 ? '1 answer is' : `${exempt} answers are`} marked exempt`);
		await expect(textOf(screen.fileName)).resolves.toBe(`${baseName}.pdf`);
		await expect(axeViolations(page)).resolves.toEqual([]);
		// Hints are tied to their fields by id, so each id must be unique.
		const duplicateIds = await page.evaluate(() => {
			const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
			return ids.filter((id, i) => ids.indexOf(id) !== i);
		});
		expect(duplicateIds).toEqual([]);
	});

	test('a preview of the first page of the PDF is drawn, with a text alternative', async () => {
		await expect(screen.previewHasInk()).resolves.toBe(true);
		await expect(screen.previewPage.getAttribute('aria-label')).resolves.toMatch(/^Preview of page 1 of \d+$/);
	});

	test('the public PDF holds the answers, and a notice in place of the exempt one', async () => {
		const file = await screen.export();
		expect(file.name).toBe(`${baseName}.pdf`);
		await expect(textOf(screen.success)).resolves.toContain(`Downloaded ${baseName}.pdf`);
		await expect(focused(page)).resolves.toMatchObject({ id: 'export-done' });

		const pages = await pdfPages(file.bytes);
		const text = pages.join('\n');
		expect(text).toContain(example.assessment.council);
		expect(text).toContain('Page 1 of');
		expect(text).toContain(phrase(publicAnswer.statement));
		expect(text).toContain('Exempt information – not for publication');
		expect(text).not.toContain(phrase(exemptAnswer.statement));
		expect(text).not.toContain('EXEMPT – NOT FOR PUBLICATION');
	});

	test('the exempt PDF says so on every page and holds the exempt answer', async () => {
		await screen.chooseVersion('Exempt');
		await expect(textOf(screen.exemptWarning)).resolves.toContain(CATEGORY);
		await expect(textOf(screen.fileName)).resolves.toBe(`${baseName}-exempt.pdf`);
		await expect(axeViolations(page)).resolves.toEqual([]);

		const file = await screen.export();
		expect(file.name).toBe(`${baseName}-exempt.pdf`);
		const pages = await pdfPages(file.bytes);
		expect(pages.length).toBeGreaterThan(1);
		for (const [i, text] of pages.entries()) expect(text, `page ${i + 1}`).toContain('EXEMPT – NOT FOR PUBLICATION');
		expect(pages.join('\n')).toContain(phrase(exemptAnswer.statement));
		await expect(axeViolations(page)).resolves.toEqual([]);
	});

	test('the Word document is a real .docx holding the answers', async () => {
		await screen.chooseVersion('Public');
		await screen.chooseFormat('Word document');
		await expect(textOf(screen.fileName)).resolves.toBe(`${baseName}.docx`);
		const file = await screen.export();
		expect(file.name).toBe(`${baseName}.docx`);
		const { files, text } = await docxText(file.bytes);
		expect(files).toContain('word/document.xml');
		expect(text).toContain(phrase(publicAnswer.statement));
		expect(text).not.toContain(phrase(exemptAnswer.statement));
	});

	test('the web page shows in a sandboxed preview, downloads, and passes axe on its own', async () => {
		await screen.chooseFormat('Web page (HTML) for the council website');
		await screen.previewFrame.waitFor();
		await expect(screen.previewFrame.getAttribute('sandbox')).resolves.toBe('');
		await expect(axeViolations(page)).resolves.toEqual([]);
		const file = await screen.export();
		expect(file.name).toBe(`${baseName}.html`);

		const reader = await context.newPage();
		await reader.setContent(file.bytes.toString('utf8'));
		await expect(textOf(reader.locator('body'))).resolves.toContain(phrase(publicAnswer.statement));
		await expect(textOf(reader.locator('body'))).resolves.not.toContain(phrase(exemptAnswer.statement));
		await expect(axeViolations(reader)).resolves.toEqual([]);
		await reader.close();
	});

	test('everything can be done with the keyboard', async () => {
		await screen.open(statementId);
		await tabTo(page, /^PDF for the agenda pack$/);
		await page.keyboard.press('ArrowDown');
		await expect(page.getByLabel('Word document').isChecked()).resolves.toBe(true);
		await tabTo(page, /^Include a summary page$/);
		await page.keyboard.press('Space');
		await expect(screen.summaryPage.isChecked()).resolves.toBe(false);
		await tabTo(page, /^Export$/);
		const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		expect(file.suggestedFilename()).toBe(`${baseName}.docx`);
	});
});

describe('exporting with the network off after one visit', () => {
	let browser: Browser;

	beforeAll(async () => {
		browser = await launchChromium();
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('the PDF, its preview and the Word file are made offline', async () => {
		// Only the home page is visited online: the export code, the fonts and pdf.js come from the precache.
		const { context, page } = await newPage(browser, { acceptDownloads: true });
		await page.goto(appUrl('/'));
		await page.getByRole('heading', { level: 1, name: 'Your position statements' }).waitFor();
		await goOffline(context, page);

		const id = await openStatementFile(page, EXAMPLE);
		const screen = new ExportPage(page);
		await screen.open(id);
		await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);
		await expect(screen.previewHasInk()).resolves.toBe(true);

		const pdf = await screen.export();
		expect(pdf.name).toBe(`${baseName}.pdf`);
		expect((await pdfPages(pdf.bytes)).join('\n')).toContain(phrase(publicAnswer.statement));

		await screen.chooseFormat('Word document');
		const docx = await download(page, page.getByRole('button', { name: 'Export', exact: true }));
		expect((await docxText(docx.bytes)).text).toContain(phrase(publicAnswer.statement));
		await context.close();
	});
});

describe('when the file cannot be made', () => {
	let browser: Browser;

	beforeAll(async () => {
		browser = await launchChromium();
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('the screen says so, says what to do, and offers the other formats', async () => {
		// The fonts cannot be read (no service worker here to answer from its cache), so no PDF can be made.
		const { context, page } = await newPage(browser, { acceptDownloads: true, serviceWorkers: 'block' });
		await page.route('**/fonts/*.ttf', (route) => route.abort());
		const id = await openStatementFile(page, EXAMPLE);
		const screen = new ExportPage(page);
		await screen.open(id);
		await page.locator('#preview-status', { hasText: 'The preview could not be shown' }).waitFor();

		await page.getByRole('button', { name: 'Export', exact: true }).click();
		const failure = page.locator('#export-failure');
		await failure.waitFor();
		await expect(textOf(failure)).resolves.toMatch(/^The PDF could not be made Nothing was downloaded\. .*Press Export again\..*choose another format/);
		await expect(focused(page)).resolves.toMatchObject({ id: 'export-failure' });
		await expect(screen.success.count()).resolves.toBe(0);
		await expect(axeViolations(page)).resolves.toEqual([]);

		// The web page needs no fonts, so it still downloads, and the failure goes.
		await screen.chooseFormat('Web page (HTML) for the council website');
		const file = await screen.export();
		expect(file.name).toBe(`${baseName}.html`);
		await expect(failure.count()).resolves.toBe(0);
		await context.close();
	});
});
