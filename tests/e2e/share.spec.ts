import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServerProcess } from '../server/support/server-process.ts';
import { axeViolations } from './support/axe.ts';
import { signInAt, startStatement, startTeam, type Team } from './support/team-pages.ts';
import { launchChromium, newPage } from './support/browser.ts';
import { NewRecommendationPage } from './support/recommendation-pages.ts';

const people = [
	['alice@anytown.gov.uk', 'Alice Ward'],
	['priya@anytown.gov.uk', 'Priya Shah'],
	['jo@anytown.gov.uk', 'Cllr Jo Bloggs']
] as const;

/**
 * The coordinator shares a statement on the team server: with a reporter who
 * can edit and see exempt answers, a councillor who can comment, then changes
 * and removes them; the reporter sees it shared with her.
 */
describe('Share this statement', () => {
	let browser: Browser;
	let alice: Page;
	let team: Team;
	let server: ServerProcess;
	let statementId = '';

	beforeAll(async () => {
		team = await startTeam(people);
		server = team.server;
		browser = await launchChromium();
		({ page: alice } = await newPage(browser));
		statementId = await startStatement(alice, server.url, 'Alice Ward');
	});

	afterAll(async () => {
		await browser?.close();
		await team?.stop();
	});

	test('asks a coordinator who is not signed in to sign in first', async () => {
		await alice.goto(`${server.url}/statements/${statementId}`);
		await alice.getByRole('link', { name: 'Share this statement' }).click();
		await alice.getByRole('heading', { level: 1, name: 'Share this statement' }).waitFor();
		await alice.getByRole('link', { name: 'Sign in to your team server' }).waitFor();
		expect(await alice.getByTestId('where-stored').textContent()).toContain('stored on this device only');
		expect(await axeViolations(alice)).toEqual([]);
	});

	test('shares with a reporter and a councillor, and says what is wrong', async () => {
		await signInAt(alice, server.url, 'alice@anytown.gov.uk');
		await alice.goto(`${server.url}/statements/${statementId}/share`);
		await alice.getByText('Not shared with anyone yet.').waitFor();
		// Signed in, the footer no longer says nothing leaves the device.
		await expect.poll(() => alice.getByTestId('where-stored').textContent()).toContain('Statements shared on your team server are also sent to it');

		await alice.getByRole('button', { name: 'Share' }).click();
		const summary = alice.locator('.govuk-error-summary');
		await expect.poll(() => summary.textContent()).toContain('Enter the email address of the person to share with');
		expect(await summary.textContent()).toContain('Choose what they can do');
		expect(await axeViolations(alice)).toEqual([]);

		await alice.getByLabel('Email address').fill('nobody@anytown.gov.uk');
		await alice.getByLabel('Can edit').check();
		await alice.getByRole('button', { name: 'Share' }).click();
		await expect.poll(() => summary.textContent()).toContain('No one with that email address has an account on this team server');

		await alice.getByLabel('Email address').fill('priya@anytown.gov.uk');
		await alice.getByLabel('Can see exempt answers').check();
		await alice.getByRole('button', { name: 'Share' }).click();
		await alice.getByText('Shared with priya@anytown.gov.uk').waitFor();
		await alice.getByLabel('Email address').fill('jo@anytown.gov.uk');
		await alice.getByLabel('Can comment').check();
		await alice.getByRole('button', { name: 'Share' }).click();
		await alice.getByText('Shared with jo@anytown.gov.uk').waitFor();

		const table = alice.getByRole('table', { name: 'Shared with' });
		await expect.poll(() => table.getByRole('row').count()).toBe(4);
		expect(await table.getByRole('row', { name: /Alice Ward/ }).textContent()).toContain('Coordinator; sees exempt answers');
		expect(await table.getByRole('row', { name: /Priya Shah/ }).textContent()).toContain('Can edit; sees exempt answers');
		expect(await table.getByRole('row', { name: /Cllr Jo Bloggs/ }).textContent()).toContain('Can comment');
		expect(await axeViolations(alice)).toEqual([]);
	});

	test('changes what someone can do', async () => {
		const table = alice.getByRole('table', { name: 'Shared with' });
		await alice.getByRole('button', { name: 'Change what Cllr Jo Bloggs can do' }).click();
		await expect.poll(() => alice.getByLabel('Email address').inputValue()).toBe('jo@anytown.gov.uk');
		await alice.getByLabel('Can read').check();
		await alice.getByRole('button', { name: 'Share' }).click();
		await expect.poll(() => table.getByRole('row', { name: /Cllr Jo Bloggs/ }).textContent()).toContain('Can read');
	});

	test('a councillor who can read follows a recommendation’s progress, and is offered no way to change or delete it', async () => {
		await alice.goto(`${server.url}/recommendations/new?statement=${statementId}`);
		const form = new NewRecommendationPage(alice);
		await form.heading.waitFor();
		// Recording asks who she is first, on this device.
		await alice.getByLabel('Your name').fill('Alice Ward');
		await alice.getByLabel('Officer').check();
		await alice.getByLabel('Designation').fill('Head of Service');
		await alice.getByRole('button', { name: 'Save and continue' }).click();
		await form.fill({ day: '12', month: '3', year: '2026', itemTitle: 'Children in care placed at a distance', text: 'Report the number placed over 20 miles away each quarter.' });
		const id = await form.save();

		const { page: jo } = await newPage(browser);
		await signInAt(jo, server.url, 'jo@anytown.gov.uk');
		await jo.goto(`${server.url}/recommendations/${id}`);
		await expect.poll(() => jo.getByTestId('read-only-recommendation').count(), { timeout: 15_000 }).toBe(1);
		expect(await jo.getByTestId('read-only-recommendation').textContent()).toMatch(/Its coordinator,\s+Alice Ward,/);
		expect(await jo.getByRole('heading', { name: 'Record progress' }).count()).toBe(0);
		expect(await jo.getByRole('link', { name: 'Delete this recommendation' }).count()).toBe(0);
		expect(await axeViolations(jo)).toEqual([]);

		await jo.goto(`${server.url}/recommendations/${id}/delete`);
		await jo.getByRole('heading', { level: 1, name: 'You cannot change this' }).waitFor();
		expect(await jo.getByRole('button', { name: 'Yes, delete it' }).count()).toBe(0);
		expect(await axeViolations(jo)).toEqual([]);
	});

	test('removes someone after asking', async () => {
		const table = alice.getByRole('table', { name: 'Shared with' });
		await alice.goto(`${server.url}/statements/${statementId}/share`);
		await table.getByRole('row', { name: /Cllr Jo Bloggs/ }).waitFor();
		await alice.getByRole('button', { name: 'Remove Cllr Jo Bloggs' }).click();
		await alice.getByRole('button', { name: 'Yes, remove Cllr Jo Bloggs' }).click();
		await alice.getByText('Cllr Jo Bloggs no longer has this statement').waitFor();
		await expect.poll(() => table.getByRole('row').count()).toBe(3);
	});

	test('the reporter sees the statement shared with her, and by whom', async () => {
		const { page: priya } = await newPage(browser);
		await signInAt(priya, server.url, 'priya@anytown.gov.uk');
		const row = priya.getByRole('row', { name: /Position statement/ });
		await row.waitFor();
		expect(await row.textContent()).toContain('Can edit, see exempt answers');
		expect(await row.textContent()).toContain('by Alice Ward');
	});
});
