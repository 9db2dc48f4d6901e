import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { appUrl, launchChromium, newPage } from './support/browser.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { QuestionPage } from './support/pages.ts';
import { EXAMPLE_FILE, EXAMPLE_ID, GlossaryPage, ReadingPage, openStatementFile } from './support/reading-page.ts';

const isHidden = (locator: { isHidden(): Promise<boolean> }) => locator.isHidden();

describe('a councillor reads a statement, with the jargon explained', () => {
	let browser: Browser;
	let page: Page;
	let reading: ReadingPage;

	beforeAll(async () => {
		browser = await launchChromium();
		({ page } = await newPage(browser));
		reading = new ReadingPage(page);
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('opens the officer’s file and reads the whole statement laid out like the panel paper', async () => {
		await openStatementFile(page, EXAMPLE_FILE);
		await page.getByRole('link', { name: 'Read the whole statement' }).click();
		await reading.contents.waitFor();
		expect(page.url()).toBe(appUrl(`/statements/${EXAMPLE_ID}/read`));

		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Position statement against LGSCO areas of focus');
		const top = await page.locator('main').innerText();
		expect(top).toContain('Anytown Borough Council · Children and Families Scrutiny Panel');
		expect(top).toContain('Appendix 2 · Meeting on 26 March 2026');

		// Contents: the five areas and their twenty questions, each linking to its heading.
		const contentLinks = reading.contents.getByRole('link');
		await expect(contentLinks.count()).resolves.toBe(25);
		await expect(contentLinks.first().textContent()).resolves.toBe('1. Accommodation for 16 and 17 year olds');
		const areaHeadings = await page.getByRole('heading', { level: 2 }).allTextContents();
		expect(areaHeadings).toEqual([
			'Contents',
			'1. Accommodation for 16 and 17 year olds',
			'2. The placing of children in care',
			'3. Learning from complaints',
			'4. Children in secure accommodation',
			'5. Children leaving care'
		]);
		const questionHeadings = page.getByRole('heading', { level: 3 });
		await expect(questionHeadings.count()).resolves.toBe(20);
		await expect(questionHeadings.first().innerText()).resolves.toMatch(/^1\.1\s+How many 16 and 17 years old are in bed and breakfast/);

		// Each question: verbatim text, the position, reporters with designations, rating, principles and status.
		const q21 = reading.question('2.1');
		const q21Text = await q21.innerText();
		expect(q21Text).toContain('112 children (38%) live more than 20 miles from home');
		expect(q21Text).toContain('Priya Shah, Head of Placements and Commissioning');
		expect(q21Text).toContain('Tom Reid, Service Manager, Children in Care');
		expect(q21Text).toContain('One to watch');
		expect(q21Text).toContain('Express their views; Safety and stability');
		expect(q21Text).toContain('Ready for review');
		// Every question is answered; the one exempt answer is labelled as such.
		await expect(reading.question('2.3').innerText()).resolves.toContain('178 of our 295 children in care (60%)');
		await expect(reading.question('2.5').innerText()).resolves.toContain('Exempt – Schedule 12A, paragraph 3');
		await expect(page.locator('.govuk-warning-text').innerText()).resolves.toContain('1 answer is exempt information');
	});

	test('reaches an explained term with Tab, opens it with Enter or Space, and closes it with Escape', async () => {
		// From the contents, Enter moves to question 3.1; the next Tab reaches its first term.
		await tabTo(page, /^3\.1 What concerns have independent reviewing officers raised/);
		await page.keyboard.press('Enter');
		await expect.poll(() => reading.focusedId()).toBe('question-careless-3-1');
		await page.keyboard.press('Tab');
		await expect(focused(page)).resolves.toMatchObject({ tag: 'button', name: 'IROs' });

		const iro = reading.term('IROs', reading.question('3.1'));
		const definition = await reading.definitionOf(iro);
		// Focus alone shows it (WCAG 1.4.13: on focus, not only on hover).
		await definition.waitFor();
		await expect(iro.getAttribute('aria-expanded')).resolves.toBe('true');
		await expect(definition.innerText()).resolves.toContain('independent reviewing officer');
		await expect(definition.innerText()).resolves.toContain('chairs each review of a child in care');

		await page.keyboard.press('Enter');
		await expect(definition.isVisible()).resolves.toBe(true);
		await expect(axeViolations(page)).resolves.toEqual([]);

		await page.keyboard.press('Escape');
		await expect(isHidden(definition)).resolves.toBe(true);
		await expect(iro.getAttribute('aria-expanded')).resolves.toBe('false');
		await expect(focused(page)).resolves.toMatchObject({ name: 'IROs' });

		await page.keyboard.press('Space');
		await expect(definition.isVisible()).resolves.toBe(true);
		// The link to the full entry is next in the tab order, inside the definition.
		await page.keyboard.press('Tab');
		await expect(focused(page)).resolves.toMatchObject({ tag: 'a', name: 'IRO in the glossary' });
		await page.keyboard.press('Escape');
		await expect(isHidden(definition)).resolves.toBe(true);
		await expect(focused(page)).resolves.toMatchObject({ name: 'IROs' });

		// Moving on closes it; only the first use in each answer is marked.
		await page.keyboard.press('Tab');
		await expect(isHidden(definition)).resolves.toBe(true);
		await expect(reading.question('3.1').locator('button.app-term').allTextContents()).resolves.toEqual(['IROs', 'care plans', 'pathway plans', 'Ofsted', 'advocate']);
	});

	test('shows a definition on hover that stays while the pointer is over it', async () => {
		const sn = reading.term('SN', reading.question('2.2'));
		const definition = await reading.definitionOf(sn);
		await sn.hover();
		await definition.waitFor();
		await definition.hover();
		await page.waitForTimeout(500);
		await expect(definition.isVisible()).resolves.toBe(true);
		await page.mouse.move(5, 5);
		await definition.waitFor({ state: 'hidden' });
	});

	test('moves between questions with j and k, and the keys can be turned off', async () => {
		await reading.page.getByRole('link', { name: /^2\.6 Do children in care have up to date personal education plans/ }).click();
		await expect.poll(() => reading.focusedId()).toBe('question-careless-2-6');
		await page.keyboard.press('j');
		await expect(reading.focusedId()).resolves.toBe('question-careless-2-7');
		await page.keyboard.press('j');
		await expect(reading.focusedId()).resolves.toBe('question-careless-2-8');
		await page.keyboard.press('k');
		await expect(reading.focusedId()).resolves.toBe('question-careless-2-7');
		// Across an area: from the last question of area 2 to the first of area 3.
		await page.getByRole('link', { name: 'Next question: 2.8' }).click();
		await expect.poll(() => reading.focusedId()).toBe('question-careless-2-8');
		await page.keyboard.press('j');
		await expect(reading.focusedId()).resolves.toBe('question-careless-3-1');

		await page.getByLabel('Use the j and k keys to move between questions').uncheck();
		await reading.page.getByRole('link', { name: /^2\.6 Do children/ }).click();
		await expect.poll(() => reading.focusedId()).toBe('question-careless-2-6');
		await page.keyboard.press('j');
		await expect(reading.focusedId()).resolves.toBe('question-careless-2-6');
		// The choice is remembered.
		await page.reload();
		await reading.contents.waitFor();
		await expect(page.getByLabel('Use the j and k keys to move between questions').isChecked()).resolves.toBe(false);
		await page.getByLabel('Use the j and k keys to move between questions').check();
	});

	test('labels an exempt answer and writes out link addresses when printed', async () => {
		const question = new QuestionPage(page);
		await question.open(EXAMPLE_ID, 'careless-2-2');
		await page.getByLabel('This answer is exempt: leave it out of the public agenda pack').check();
		await page.getByLabel('Reason for exemption').fill('Schedule 12A, paragraph 2');
		await page.getByLabel('Reason for exemption').blur();
		await question.waitForSaved();
		await question.open(EXAMPLE_ID, 'careless-2-7');
		await question.write('Our [sufficiency strategy](https://anytown.example/sufficiency) plans two new homes.');
		await question.editor.blur();
		await question.waitForSaved();

		await reading.open(EXAMPLE_ID);
		await expect(reading.question('2.2').innerText()).resolves.toContain('Exempt – Schedule 12A, paragraph 2');
		// 2.2, marked here, and the example's own exempt 2.5.
		await expect(page.locator('.govuk-warning-text').innerText()).resolves.toContain('2 answers are exempt information');

		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
		await expect(page.getByRole('link', { name: 'Next question: 1.2' }).isVisible()).resolves.toBe(false);
		const after = await page
			.getByRole('link', { name: 'sufficiency strategy' })
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toBe('" (https://anytown.example/sufficiency)"');
		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('.app-header').isVisible()).resolves.toBe(true);
	});

	test('has no accessibility problems with a definition open', async () => {
		const ofsted = reading.term('Ofsted', reading.question('1.2'));
		await ofsted.click();
		await expect((await reading.definitionOf(ofsted)).isVisible()).resolves.toBe(true);
		await expect(axeViolations(page)).resolves.toEqual([]);
		// A click elsewhere closes it (once the pointer's short grace period has passed).
		await page.getByRole('heading', { level: 1 }).click();
		await (await reading.definitionOf(ofsted)).waitFor({ state: 'hidden', timeout: 2000 });
	});

	test('follows a definition to its glossary entry', async () => {
		const pep = reading.term('personal education plan', reading.question('2.6'));
		await pep.click();
		await page.getByRole('link', { name: 'PEP in the glossary' }).click();
		await page.waitForURL(/\/glossary#pep$/);
		const entry = page.locator('[id="pep"]');
		await entry.waitFor();
		await expect(entry.evaluate((dt) => dt.matches(':target'))).resolves.toBe(true);
		const box = await entry.boundingBox();
		expect(box && box.y >= 0 && box.y < 400).toBe(true);
	});
});

describe('the glossary page', () => {
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		browser = await launchChromium();
		({ page } = await newPage(browser));
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('is in the header, lists every term A to Z and filters as you type, by keyboard', async () => {
		await page.goto(appUrl('/'));
		await page.getByRole('heading', { level: 1, name: 'Your position statements' }).waitFor();
		const glossary = new GlossaryPage(page);
		await tabTo(page, /^Glossary$/);
		await page.keyboard.press('Enter');
		await glossary.heading.waitFor();

		const all = await glossary.terms();
		expect(all.length).toBeGreaterThanOrEqual(45);
		expect(all).toEqual(expect.arrayContaining(['IRO', 'PEP', 'Staying Put', 'Looked after children', 'SSDA903']));
		expect(all).toEqual([...all].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
		await expect(page.getByRole('navigation', { name: 'Glossary A to Z' }).getByRole('link', { name: 'S', exact: true }).isVisible()).resolves.toBe(true);
		await expect(axeViolations(page)).resolves.toEqual([]);

		await tabTo(page, /^Search the glossary$/);
		await page.keyboard.type('CLA');
		await expect.poll(() => glossary.terms()).toEqual(expect.arrayContaining(['Looked after children']));
		await expect(glossary.terms()).resolves.not.toContain('Adoption');
		await expect.poll(() => glossary.count.textContent()).toMatch(/terms? match “CLA”/);

		await page.keyboard.press('Control+A');
		await page.keyboard.type('leaving care');
		await expect.poll(() => glossary.terms()).toEqual(expect.arrayContaining(['Care leaver', 'Pathway plan']));
		// A to Z links only letters that still have terms.
		await expect(page.getByRole('navigation', { name: 'Glossary A to Z' }).getByRole('link', { name: 'Z', exact: true }).count()).resolves.toBe(0);

		await page.keyboard.press('Control+A');
		await page.keyboard.type('zzzz');
		await expect.poll(() => glossary.terms()).toEqual([]);
		await expect.poll(() => glossary.count.textContent()).toContain('No terms match “zzzz”');
		await expect(axeViolations(page)).resolves.toEqual([]);

		// Escape clears a search box; every term comes back.
		await page.keyboard.press('Escape');
		await expect.poll(async () => (await glossary.terms()).length).toBe(all.length);
	});
});
