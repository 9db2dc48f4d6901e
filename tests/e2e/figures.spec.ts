import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { FiguresSection, NotApplicableField } from './support/figure-pages.ts';
import { GapsPage } from './support/review-pages.ts';
import { ReadingPage } from './support/reading-page.ts';
import { OverviewPage, QuestionPage, StatementsPage } from './support/pages.ts';

const distance = 'Children placed more than 20 miles from home';
const stability = 'Children with 3 or more placements in the year';

describe('an officer quotes figures in an answer and marks a question that does not apply', () => {
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	let statementId = '';
	let figures: FiguresSection;

	beforeAll(async () => {
		browser = await launchChromium();
		({ context, page } = await newPage(browser));
		figures = new FiguresSection(page);
		const home = new StatementsPage(page);
		await home.open();
		const form = await home.startNew();
		statementId = (await form.create(statementDetails())).id;
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('a figure that is not a number, or a period that is not recognisable, is named and nothing is saved', async () => {
		const question = await new OverviewPage(page).openQuestion('2.1 How many children in care');
		await expect(figures.section.getByText('No figures added yet.').isVisible()).resolves.toBe(true);
		expect(await axeViolations(page)).toEqual([]);

		const form = await figures.add();
		expect(await axeViolations(page)).toEqual([]);
		await form.fill({ indicator: distance, value: 'twelve', unit: '%', period: 'lately', england: '25' });
		await form.save();

		await expect(form.errorSummary.getByRole('link').allTextContents()).resolves.toEqual([
			'The value must be a number, like 72, 1,204 or 12.5',
			'Enter the period as a year (2025-26), quarter (Q3 2025-26), month (March 2026) or date (as at 31 March 2026)'
		]);
		await expect(page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).resolves.toBe(true);
		await expect(page.locator('#figure-value-error').innerText()).resolves.toContain('The value must be a number');
		await expect(page.locator('#figure-period-error').innerText()).resolves.toContain('Enter the period as a year');
		await expect(page.title()).resolves.toMatch(/^Error: Add a figure/);
		// What was typed stays, so it can be corrected.
		await expect(form.field('Value').inputValue()).resolves.toBe('twelve');
		// The summary's link takes the user to the field.
		await form.errorSummary.getByRole('link', { name: /value must be a number/ }).click();
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('figure-value');
		expect(await axeViolations(page)).toEqual([]);

		// Nothing was stored: the question still has no figures.
		await page.getByRole('link', { name: 'Cancel' }).click();
		await question.editor.waitFor();
		await figures.section.getByText('No figures added yet.').waitFor();
	});

	test('a figure with its comparators shows as a table row and a labelled chart, and survives a reload', async () => {
		const form = await figures.add();
		await form.fill({
			indicator: distance,
			value: '38',
			unit: '%',
			period: 'as at 31 January 2026',
			statisticalNeighbours: '29',
			england: '25',
			region: '27',
			target: '30',
			direction: '↓ Going down',
			source: 'Placements dashboard'
		});
		await form.save();

		await figures.banner.waitFor();
		await expect(figures.banner.innerText()).resolves.toContain(`Figure added: ${distance}`);
		const check = async () => {
			await expect(figures.rows()).resolves.toEqual([
				[
					distance,
					'38%',
					'as at 31 January 2026',
					'Statistical neighbours: 29% England: 25% Region: 27% Target: 30%',
					'↓ Going down',
					'Placements dashboard',
					`Change ${distance} Remove ${distance}`
				]
			]);
			const chart = figures.chart(`${distance} (as at 31 January 2026)`);
			// Its accessible name is the title and a sentence with every value.
			await expect(chart.evaluate((svg) => svg.getAttribute('aria-labelledby'))).resolves.toMatch(/-title .*-desc$/);
			await expect(chart.locator('desc').textContent()).resolves.toBe(
				`${distance}, as at 31 January 2026: This council 38%; Statistical neighbours 29%; England 25%; Region 27%; Target 30%. ↓ Going down.`
			);
			// Every bar has its name and value written beside it, and the comparators' bars are hatched, not just coloured.
			await expect(chart.locator('text').allTextContents()).resolves.toEqual([
				'This council', '38%', 'Statistical neighbours', '29%', 'England', '25%', 'Region', '27%', 'Target', '30%'
			]);
			await expect(chart.locator('rect[fill^="url(#"]').count()).resolves.toBe(4);
		};
		await check();
		expect(await axeViolations(page)).toEqual([]);

		await page.reload();
		await new QuestionPage(page).editor.waitFor();
		await figures.table.waitFor();
		await check();
	});

	test('a figure is changed, another added, and one removed after confirming', async () => {
		let form = await figures.change(distance);
		await expect(form.field('Value').inputValue()).resolves.toBe('38');
		await expect(form.field('Region').inputValue()).resolves.toBe('27');
		expect(await axeViolations(page)).toEqual([]);
		await form.fill({ value: '36', region: '', direction: '→ No change' });
		await form.save();
		await figures.banner.waitFor();
		await expect(figures.banner.innerText()).resolves.toContain(`Figure changed: ${distance}`);
		await expect(figures.rows()).resolves.toEqual([
			[distance, '36%', 'as at 31 January 2026', 'Statistical neighbours: 29% England: 25% Target: 30%', '→ No change', 'Placements dashboard', `Change ${distance} Remove ${distance}`]
		]);

		form = await figures.add();
		await form.fill({ indicator: stability, value: '9', unit: '%', period: '2025-26', england: '10' });
		await form.save();
		await figures.banner.waitFor();
		await expect(figures.rows().then((rows) => rows.map((r) => r[0]))).resolves.toEqual([distance, stability]);

		await figures.remove(distance);
		await expect(page.locator('main').innerText()).resolves.toContain('36%');
		expect(await axeViolations(page)).toEqual([]);
		// "No, keep it" changes nothing.
		await page.getByRole('link', { name: 'No, keep it' }).click();
		await figures.table.waitFor();
		await expect(figures.rows().then((rows) => rows.length)).resolves.toBe(2);

		await figures.remove(distance);
		await page.getByRole('button', { name: 'Yes, remove this figure' }).click();
		await figures.banner.waitFor();
		await expect(figures.banner.innerText()).resolves.toContain(`Figure removed: ${distance}`);
		await expect(figures.rows().then((rows) => rows.map((r) => r[0]))).resolves.toEqual([stability]);
		await expect(figures.chart(distance).count()).resolves.toBe(0);
		expect(await axeViolations(page)).toEqual([]);

		// The councillor's reading view shows the figure too.
		const reading = new ReadingPage(page);
		await reading.open(statementId);
		const q21 = reading.question('2.1');
		await expect(q21.getByRole('table', { name: 'Figures quoted in answer 2.1' }).innerText()).resolves.toContain(stability);
		await expect(q21.getByRole('img', { name: `${stability} (2025-26)` }).count()).resolves.toBe(1);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('a figure saved in another tab shows at once in an idle tab, and survives a conflict with unsaved text', async () => {
		const first = new QuestionPage(page);
		await first.open(statementId, 'careless-2-2');
		const firstFigures = new FiguresSection(page);
		await firstFigures.section.getByText('No figures added yet.').waitFor();

		const otherPage = await context.newPage();
		const otherFigures = new FiguresSection(otherPage);
		await new QuestionPage(otherPage).open(statementId, 'careless-2-2');
		let form = await otherFigures.add();
		await form.fill({ indicator: 'Average placement moves', value: '1.4', period: 'Q2 2025-26', england: '1.2' });
		await form.save();
		await otherFigures.banner.waitFor();
		// The idle tab follows the save: its table shows the new figure without a reload.
		await firstFigures.table.getByRole('rowheader', { name: 'Average placement moves' }).waitFor();

		// Now the first tab has unsaved text when the other tab saves another figure.
		form = await otherFigures.add();
		await form.fill({ indicator: 'Children with a placement move in the year', value: '11', unit: '%', period: '2025-26' });
		await first.write('Moves are falling.');
		await form.save();
		await otherFigures.banner.waitFor();
		const conflict = page.getByTestId('save-conflict');
		await conflict.waitFor();
		await conflict.getByRole('button', { name: 'Keep my version' }).click();
		await first.waitForSaved();

		// Keeping the text did not drop the figure saved on its own screen.
		await otherPage.reload();
		await new QuestionPage(otherPage).editor.waitFor();
		await expect(new QuestionPage(otherPage).editor.inputValue()).resolves.toBe('Moves are falling.');
		await expect(otherFigures.rows().then((rows) => rows.map((r) => r[0]))).resolves.toEqual([
			'Average placement moves',
			'Children with a placement move in the year'
		]);
		await otherPage.close();
	});

	test('a question marked as not applying needs its reason, counts as answered and says so everywhere', async () => {
		const question = new QuestionPage(page);
		await question.open(statementId, 'careless-4-1');
		const na = new NotApplicableField(page);
		await expect(na.reason.count()).resolves.toBe(0);
		await na.checkbox.check();
		await na.reason.waitFor();
		expect(await axeViolations(page)).toEqual([]);

		// Put forward for review without a reason: saved, and the missing reason is named beside the field.
		await question.setStatus('Ready for review');
		await na.error.waitFor();
		await expect(na.error.innerText()).resolves.toContain('Enter why this question does not apply to the council');
		await question.waitForSaved();
		expect(await axeViolations(page)).toEqual([]);

		await na.reason.fill('The council has no secure children’s home and has placed no child in secure accommodation since 2023.');
		await na.reason.blur();
		await question.waitForSaved();
		await expect(na.error.count()).resolves.toBe(0);

		await page.reload();
		await na.reason.waitFor();
		await expect(na.checkbox.isChecked()).resolves.toBe(true);
		await expect(na.reason.inputValue()).resolves.toContain('no secure children’s home');

		await page.getByRole('link', { name: 'Back to all questions' }).click();
		const overview = new OverviewPage(page);
		await overview.waitFor();
		await expect(overview.progress.innerText()).resolves.toContain('2 of 20 answered (1 not applicable)');
		await expect(overview.status('careless-4-1').innerText()).resolves.toBe('Not applicable');
		await expect(page.locator('#why-careless-4-1').innerText()).resolves.toContain('Does not apply: The council has no secure children’s home');
		await expect(page.getByText('1 of 3 answered (1 not applicable), 0 agreed').count()).resolves.toBe(1);
		expect(await axeViolations(page)).toEqual([]);

		const reading = new ReadingPage(page);
		await reading.open(statementId);
		const q41 = await reading.question('4.1').innerText();
		expect(q41).toContain('Not applicable');
		expect(q41).toContain('Does not apply to this council: The council has no secure children’s home');
		expect(await axeViolations(page)).toEqual([]);

		// Gaps at a glance asks no figure or reporter of it.
		const gaps = new GapsPage(page);
		await gaps.open(statementId);
		const row = await gaps.row('careless-4-1').innerText();
		expect(row).not.toContain('No figure');
		expect(row).not.toContain('No reporter');
		expect(await axeViolations(page)).toEqual([]);
	});
});
