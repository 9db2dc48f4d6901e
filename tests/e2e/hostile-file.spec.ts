import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { openStatementFile } from './support/export-page.ts';
import { EXTRA, RICH_QUESTION, writeStatementFile } from './support/statement-file.ts';

/**
 * Markup that would run if any screen put it on the page as HTML: a script, an
 * image whose error handler sets a flag, a javascript: link and an iframe.
 * `tag` says which field it came from. Under 200 characters, so it fits every
 * name field of the file format.
 */
const hostile = (tag: string) =>
	`${tag} <script>alert('${tag}')</script><img src=x onerror="window.__pwned='${tag}'"><a href="javascript:window.__pwned='${tag}'">${tag}</a><iframe src="javascript:alert('${tag}')"></iframe>`;

/** For the text that is read as markdown (answers, notes): more ways in, and markdown's own link syntax. */
const hostileMarkdown = (tag: string) =>
	[
		hostile(tag),
		`[Read the report](javascript:window.__pwned='${tag}-md')`,
		`<details open ontoggle="window.__pwned='${tag}-toggle'"><summary>More</summary>x</details>`,
		`<svg onload="window.__pwned='${tag}-svg'"><script>window.__pwned='${tag}-svg'</script></svg>`,
		`<object data="javascript:window.__pwned='${tag}-object'"></object><embed src="javascript:alert(1)">`,
		`<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">Go</button></form>`,
		`<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='${tag}-mxss'">`,
		'',
		'| Column <img src=x onerror=alert(1)> | B |',
		'| --- | --- |',
		`| <script>alert(1)</script> | [x](javascript:alert(1)) |`
	].join('\n\n');

const fields: Record<string, string> = {
	title: 'ti',
	council: 'co',
	service: 'se',
	panel: 'pa',
	appendixLabel: 'ap',
	'coordinator name': 'cn',
	'coordinator designation': 'cd',
	'reporter name': 'rn',
	'reporter designation': 'rd',
	'figure indicator': 'fi',
	'figure source': 'fs',
	'action text': 'at',
	'action owner': 'ao',
	'councillor name': 'cl',
	'councillor designation': 'cg',
	'contributor name': 'kn',
	'contributor designation': 'kd',
	'contributor email': 'ke',
	'local area title': 'la',
	'local question text': 'lq',
	'recommendation item title': 'ri',
	'recommendation text': 'rt',
	'action taken': 'tk'
};
const tagOf = (field: string) => fields[field] ?? field.slice(0, 2);

/** What the app's own content holds that could run: found inside the header, main content and footer. */
async function runnable(frame: Page | Frame, within: string): Promise<string[]> {
	return frame.evaluate((selector) => {
		const found: string[] = [];
		for (const root of document.querySelectorAll(selector)) {
			for (const el of root.querySelectorAll('*')) {
				const tag = el.tagName.toLowerCase();
				// The export screen's own preview of the web page: a sandboxed frame of the generated page, checked separately.
				const ownPreview = tag === 'iframe' && el.getAttribute('title') === 'Preview of the web page' && el.getAttribute('sandbox') === '';
				if (['script', 'object', 'embed'].includes(tag) || (tag === 'iframe' && !ownPreview)) found.push(`<${tag}>`);
				for (const attr of el.getAttributeNames()) {
					const value = el.getAttribute(attr) ?? '';
					if (attr.startsWith('on')) found.push(`<${tag} ${attr}>`);
					if (/^\s*javascript:/i.test(value)) found.push(`<${tag} ${attr}="${value.slice(0, 30)}">`);
				}
			}
		}
		return found;
	}, within);
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** A statement file with hostile markup in every kind of text runs nothing on any screen. */
describe('a statement file with hostile markup in its text', () => {
	let browser: Browser;
	let page: Page;
	let statementId = '';
	let file: ReturnType<typeof writeStatementFile>;
	const dialogs: string[] = [];

	beforeAll(async () => {
		browser = await launchChromium();
		({ page } = await newPage(browser));
		page.on('dialog', (dialog) => {
			dialogs.push(`${page.url()}: ${dialog.message()}`);
			void dialog.dismiss();
		});
		file = writeStatementFile({
			details: (field) => hostile(tagOf(field)),
			answer: (questionId) => hostileMarkdown(`an-${questionId}`),
			person: (field) => hostile(tagOf(field)),
			item: (field) =>
				field === 'figure unit' ? '<img src=x onerror=alert(1)>' : field === 'figure period' ? '<script>alert(1)</script><img src=x onerror=alert(1)>' : hostile(tagOf(field)),
			other: (field) => (field === 'note text' || field === 'reply text' ? hostileMarkdown(field === 'note text' ? 'nt' : 'rp') : hostile(tagOf(field)))
		});
		statementId = await openStatementFile(page, file.path);
	});

	afterAll(async () => {
		await browser?.close();
	});

	/** Visits a screen and checks that nothing ran and nothing that could run is on it. */
	async function visitSafely(name: string, path: string, ready?: string): Promise<void> {
		await page.goto(appUrl(path));
		await page.getByRole('heading', { level: 1 }).first().waitFor();
		if (ready) await page.locator(ready).first().waitFor();
		expect(await runnable(page, 'header, main, footer'), name).toEqual([]);
		expect(await pwned(page), name).toBeUndefined();
		expect(dialogs, name).toEqual([]);
	}

	test('the overview shows the hostile title and names as text, and nothing runs', async () => {
		await visitSafely('overview', `/statements/${statementId}`, '#progress-summary');
		const heading = await page.getByRole('heading', { level: 1 }).textContent();
		expect(heading).toContain(`ti <script>alert('ti')</script><img src=x onerror="window.__pwned='ti'">`);
		await expect(page.locator('main').textContent()).resolves.toContain(`kn <script>alert('kn')</script>`);
	});

	test('the home screen and every question page of one area, with figures, actions and notes', async () => {
		await visitSafely('home', '/', '.app-statement-list__item');
		for (let n = 1; n <= 8; n += 1) {
			await visitSafely(`question 2.${n}`, `/statements/${statementId}/questions/careless-2-${n}`, '.app-preview');
		}
		// What the officer sees: the answer's words, the figures and the note as text, the link without its javascript: address.
		await visitSafely('question with a note', `/statements/${statementId}/questions/${RICH_QUESTION}`, '.app-note');
		await expect(page.locator('.app-preview').textContent()).resolves.toContain('Read the report');
		await expect(page.locator('main').textContent()).resolves.toContain(`fi <script>alert('fi')</script>`);
		await expect(page.locator('.app-note').first().textContent()).resolves.toContain('Read the report');
		await visitSafely("the panel's own question", `/statements/${statementId}/questions/${EXTRA.localQuestionId}`);
	});

	test('the reading view, history, gaps, action plan and meeting questions', async () => {
		await visitSafely('reading view', `/statements/${statementId}/read`, '.app-markdown');
		await visitSafely('history', `/statements/${statementId}/questions/${RICH_QUESTION}/history`, 'table');
		await visitSafely('gaps', `/statements/${statementId}/gaps`, 'table');
		await visitSafely('action plan', `/statements/${statementId}/actions`, 'table');
		await visitSafely('questions for the meeting', `/statements/${statementId}/meeting-questions`);
		await visitSafely('further scrutiny', `/statements/${statementId}/further-scrutiny`);
		await visitSafely('change details', `/statements/${statementId}/details`);
		await visitSafely("the panel's own questions", `/statements/${statementId}/local-questions`);
		await visitSafely('change a figure', `/statements/${statementId}/questions/${RICH_QUESTION}/figures/${file.figureId}`);
		await expect(page.getByLabel('Indicator').inputValue()).resolves.toContain(`<script>alert('fi')</script>`);
		await visitSafely('change an action', `/statements/${statementId}/questions/${RICH_QUESTION}/actions/${file.actionId}`);
	});

	test('the export screen, with the web page preview', async () => {
		await visitSafely('export', `/statements/${statementId}/export`);
		await page.getByRole('group', { name: 'Format' }).getByLabel('Web page (HTML) for the council website').check();
		await page.getByRole('group', { name: 'Version' }).getByLabel('Exempt', { exact: true }).check();
		const preview = page.locator('iframe[title="Preview of the web page"]');
		await preview.waitFor();
		await expect(preview.getAttribute('sandbox')).resolves.toBe('');
		const frame = await (await preview.elementHandle())?.contentFrame();
		if (!frame) throw new Error('The preview frame has no document');
		await frame.locator('h1').waitFor();
		await expect(frame.locator('h1').textContent()).resolves.toContain(`<script>alert('ti')</script>`);
		expect(await runnable(frame, 'body'), 'the web page export').toEqual([]);
		expect(await runnable(page, 'header, main, footer'), 'export').toEqual([]);
		expect(await pwned(page)).toBeUndefined();
		expect(dialogs).toEqual([]);
	});

	test('the recommendations tracker and one recommendation', async () => {
		await visitSafely('recommendations tracker', '/recommendations', '#tracker-table tbody tr');
		await visitSafely('a recommendation', `/recommendations/${EXTRA.recommendationId}`);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(`ri <script>alert('ri')</script>`);
	});
});
