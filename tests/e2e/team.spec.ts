import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServerProcess, type ServerProcess } from '../server/support/server-process.ts';
import { PASSWORD, registerStatement, share, signIn } from '../server/support/team.ts';
import { startTeam, type Team } from './support/team-pages.ts';
import { axeViolations } from './support/axe.ts';
import { launchChromium, newPage } from './support/browser.ts';

/**
 * The Team screen against a real team server process serving the built app,
 * as a council's officers use it: sign in, see what is shared, keep the
 * sign-in across a reload and with the server gone, sign out.
 */
describe('Your team server', () => {
	let browser: Browser;
	let page: Page;
	let team: Team;
	let server: ServerProcess;

	beforeAll(async () => {
		team = await startTeam([
			['alice@anytown.gov.uk', 'Alice Ward'],
			['priya@anytown.gov.uk', 'Priya Shah']
		]);
		server = team.server;
		browser = await launchChromium();
		({ page } = await newPage(browser));
	});

	afterAll(async () => {
		await browser?.close();
		await team?.stop();
	});

	test('fills in its own address, and says what is missing or wrong', async () => {
		await page.goto(`${server.url}/team`);
		await page.getByRole('heading', { level: 1, name: 'Your team server' }).waitFor();
		const address = page.getByLabel('Server address');
		await expect.poll(() => address.inputValue()).toBe(server.url);

		await page.getByRole('button', { name: 'Sign in' }).click();
		const summary = page.locator('.govuk-error-summary');
		await expect.poll(() => summary.textContent()).toContain('Enter your email address');
		expect(await summary.textContent()).toContain('Enter your password');
		expect(await axeViolations(page)).toEqual([]);

		await page.getByLabel('Email address').fill('alice@anytown.gov.uk');
		await page.getByLabel('Password').fill('not the password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect.poll(() => summary.textContent()).toContain('The email address or password is not right.');
	});

	test('signs in and lists the statements shared with the person', async () => {
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toBe('Alice Ward (alice@anytown.gov.uk)');
		await expect.poll(() => page.getByTestId('team-connection').textContent()).toBe('Connected to the team server');
		await page.getByText('Nothing has been shared with you yet.').waitFor();

		const priya = (await signIn(server, 'priya@anytown.gov.uk')).accessToken;
		await registerStatement(server, priya, 'c9d8e7f6-1a2b-4c3d-8e9f-0a1b2c3d4e5f', 'Children in care: position statement, January 2027');
		await share(server, priya, 'c9d8e7f6-1a2b-4c3d-8e9f-0a1b2c3d4e5f', 'alice@anytown.gov.uk', 'edit', true);

		await page.reload();
		const row = page.getByRole('row', { name: /Children in care: position statement, January 2027/ });
		await row.waitFor();
		expect(await row.textContent()).toContain('Can edit, see exempt answers');
		expect(await row.textContent()).toContain('Priya Shah');
		expect(await axeViolations(page)).toEqual([]);
	});

	test('with the team server gone, stays signed in and says since when it cannot be reached', async () => {
		await server.kill();
		await page.reload();
		await expect.poll(() => page.getByTestId('signed-in-as').textContent(), { timeout: 15_000 }).toBe('Alice Ward (alice@anytown.gov.uk)');
		await expect.poll(() => page.getByTestId('team-connection').textContent(), { timeout: 15_000 }).toMatch(/^Cannot reach the team server since \d{2}:\d{2}$/);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('signs out after asking, back to the sign-in form', async () => {
		server = await startServerProcess({ DATA_DIR: team.dataDir, BUILD_DIR: 'build', PORT: String(server.port) });
		team.server = server;
		await page.reload();
		await expect.poll(() => page.getByTestId('team-connection').textContent(), { timeout: 15_000 }).toBe('Connected to the team server');
		await page.getByRole('button', { name: 'Sign out' }).click();
		await page.getByText('Your own position statements stay on this device.').waitFor();
		await page.getByLabel('Keep a copy on this device').waitFor();
		await page.getByRole('button', { name: 'Sign out' }).click();
		await page.getByRole('button', { name: 'Sign in' }).waitFor();
		expect(await axeViolations(page)).toEqual([]);
	});
});
