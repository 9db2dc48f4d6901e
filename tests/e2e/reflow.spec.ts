import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { openStatementFile } from './support/export-page.ts';
import { EXTRA, RICH_QUESTION, writeStatementFile } from './support/statement-file.ts';

const WIDTH = 320;

/** A screen to visit: its name in failures, its address, and what shows once its content has loaded. */
interface Screen {
	name: string;
	path: string;
	ready?: string;
}

function screens(id: string): Screen[] {
	const s = `/statements/${id}`;
	const q = `${s}/questions/${RICH_QUESTION}`;
	return [
		{ name: 'home', path: '/', ready: '.app-statement-list__item' },
		{ name: 'start a new statement', path: '/statements/new' },
		{ name: 'open a file', path: '/open' },
		{ name: 'import from Word', path: '/import-word' },
		{ name: 'question sets', path: '/question-sets' },
		{ name: 'glossary', path: '/glossary' },
		{ name: 'who is using this device', path: '/profile' },
		{ name: 'your data', path: '/your-data', ready: '#persistence-result' },
		{ name: 'team server', path: '/team' },
		{ name: 'recommendations tracker', path: '/recommendations', ready: '#tracker-table tbody tr' },
		{ name: 'record a recommendation', path: `/recommendations/new?statement=${id}` },
		{ name: 'a recommendation', path: `/recommendations/${EXTRA.recommendationId}` },
		{ name: 'delete a recommendation', path: `/recommendations/${EXTRA.recommendationId}/delete` },
		{ name: 'overview', path: s, ready: '#progress-summary' },
		{ name: 'change details', path: `${s}/details` },
		{ name: 'delete the statement', path: `${s}/delete` },
		{ name: 'further scrutiny', path: `${s}/further-scrutiny` },
		{ name: 'add a contributor', path: `${s}/contributors/new` },
		{ name: 'add a question set', path: `${s}/question-sets/add` },
		{ name: 'compare editions', path: `${s}/question-sets/lgsco-careless-2020/compare?edition=2020-12` },
		{ name: 'the next statement', path: `${s}/next` },
		{ name: 'share', path: `${s}/share` },
		{ name: 'reading view', path: `${s}/read`, ready: 'figure, .app-figure-chart, table' },
		{ name: 'gaps at a glance', path: `${s}/gaps`, ready: 'table' },
		{ name: 'questions for the meeting', path: `${s}/meeting-questions` },
		{ name: 'action plan', path: `${s}/actions`, ready: 'table' },
		{ name: 'export', path: `${s}/export` },
		{ name: "the panel's own questions", path: `${s}/local-questions` },
		{ name: 'add an area', path: `${s}/local-questions/areas/new` },
		{ name: 'rename an area', path: `${s}/local-questions/areas/${EXTRA.localAreaId}` },
		{ name: 'add a local question', path: `${s}/local-questions/areas/${EXTRA.localAreaId}/questions/new` },
		{ name: 'remove an area', path: `${s}/local-questions/areas/${EXTRA.localAreaId}/remove` },
		{ name: 'change a local question', path: `${s}/local-questions/questions/${EXTRA.localQuestionId}` },
		{ name: 'remove a local question', path: `${s}/local-questions/questions/${EXTRA.localQuestionId}/remove` },
		{ name: 'a local question page', path: `${s}/questions/${EXTRA.localQuestionId}` },
		{ name: 'question page with figures, actions and notes', path: q, ready: 'table' },
		{ name: 'history of an answer', path: `${q}/history` },
		{ name: 'add a figure', path: `${q}/figures/new` },
		{ name: 'add an action', path: `${q}/actions/new` },
		{ name: 'statement not found', path: '/statements/00000000-0000-4000-8000-000000000000' }
	];
}

/** How wide the page is beyond the window, 0 when nothing scrolls sideways. */
async function overflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Visits a screen and waits for its heading and content. */
async function visit(page: Page, screen: Screen): Promise<void> {
	await page.goto(appUrl(screen.path));
	await page.getByRole('heading', { level: 1 }).first().waitFor();
	if (screen.ready) await page.locator(screen.ready).first().waitFor();
}

/** WCAG 1.4.10 Reflow: at 320 CSS pixels wide, nothing but a table's own box scrolls sideways. */
describe('every screen reflows at 320 pixels wide', () => {
	let browser: Browser;
	let page: Page;
	let statementId = '';

	beforeAll(async () => {
		browser = await launchChromium();
		({ page } = await newPage(browser, { viewport: { width: WIDTH, height: 640 } }));
		const file = writeStatementFile();
		await page.goto(appUrl('/profile'));
		statementId = await openStatementFile(page, file.path);
		expect(statementId).toBe(file.statementId);
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('with the example statement loaded, no screen is wider than the window, and each is axe-clean', async () => {
		const tooWide: string[] = [];
		const violations: string[] = [];
		for (const screen of screens(statementId)) {
			await visit(page, screen);
			const extra = await overflow(page);
			if (extra !== 0) tooWide.push(`${screen.name} (${screen.path}) is ${WIDTH + extra} px wide`);
			for (const violation of await axeViolations(page)) violations.push(`${screen.name}: ${violation}`);
		}
		expect(tooWide).toEqual([]);
		expect(violations).toEqual([]);
	});

	test('the web page preview on the export screen stays within the window', async () => {
		await visit(page, { name: 'export', path: `/statements/${statementId}/export` });
		await page.getByRole('group', { name: 'Format' }).getByLabel('Web page (HTML) for the council website').check();
		await page.locator('iframe[title="Preview of the web page"]').waitFor();
		expect(await overflow(page), 'export with the web page preview').toBe(0);
	});

	test('a table that scrolls does so inside its own box, which keyboard users can reach, and the screen stays axe-clean', async () => {
		for (const screen of [
			{ name: 'gaps at a glance', path: `/statements/${statementId}/gaps`, ready: 'table' },
			{ name: 'action plan', path: `/statements/${statementId}/actions`, ready: 'table' },
			{ name: 'question page', path: `/statements/${statementId}/questions/${RICH_QUESTION}`, ready: 'table' }
		]) {
			await visit(page, screen);
			const boxes = await page.evaluate(() =>
				[...document.querySelectorAll('main table')].map((table) => {
					let box: HTMLElement | null = table.parentElement;
					while (box && getComputedStyle(box).overflowX !== 'auto' && box.tagName !== 'MAIN') box = box.parentElement;
					const scrolls = table.getBoundingClientRect().width > (table.parentElement?.clientWidth ?? 0) + 1;
					return {
						scrolls,
						inBox: box !== null && box.tagName !== 'MAIN',
						boxWidth: box?.getBoundingClientRect().width ?? 0,
						focusable: box?.getAttribute('tabindex') === '0',
						named: box?.getAttribute('role') === 'region' && (box.getAttribute('aria-label') ?? '') !== ''
					};
				})
			);
			for (const box of boxes.filter((b) => b.scrolls)) {
				expect(box, screen.name).toMatchObject({ inBox: true, focusable: true, named: true });
				expect(box.boxWidth, screen.name).toBeLessThanOrEqual(WIDTH);
			}
			await expect(axeViolations(page), screen.name).resolves.toEqual([]);
		}
	});

	test('the question page says which principles it bears on, "(our suggestion)" set off by a space', async () => {
		await visit(page, { name: 'question page', path: `/statements/${statementId}/questions/${RICH_QUESTION}` });
		const sentence = page.getByText('This question bears on these corporate parenting principles');
		await expect(sentence.innerText()).resolves.toBe('This question bears on these corporate parenting principles (our suggestion):');
	});

	test('long unbroken words (a web address, a name typed without spaces) wrap instead of widening any screen', async () => {
		// Its own browser context: a fresh database, so this copy of the example does not meet the first.
		const { context, page: narrow } = await newPage(browser, { viewport: { width: WIDTH, height: 640 } });
		try {
			const long = (what: string) => `https://intranet.example.gov.uk/${what.replace(/\W/g, '')}/${'x'.repeat(120)}`.slice(0, 150);
			const file = writeStatementFile({
				details: (field) => (field === 'further scrutiny' ? long(field) : `${field} ${long(field)}`),
				answer: (questionId) => `See ${long(questionId)} for the figures.`,
				person: long,
				item: (field) => (field === 'figure unit' ? '%' : field === 'figure period' ? long(field).slice(0, 100) : long(field)),
				other: long
			});
			const id = await openStatementFile(narrow, file.path);
			const tooWide: string[] = [];
			for (const screen of screens(id)) {
				await visit(narrow, screen);
				const extra = await overflow(narrow);
				if (extra !== 0) tooWide.push(`${screen.name} (${screen.path}) is ${WIDTH + extra} px wide`);
			}
			expect(tooWide).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
