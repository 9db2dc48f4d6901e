import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServerProcess, type ServerProcess } from '../server/support/server-process.ts';
import { PASSWORD } from '../server/support/team.ts';
import { launchChromium, newPage } from './support/browser.ts';
import { statementDetails } from './support/factories.ts';
import { NewStatementPage } from './support/pages.ts';

const QUESTION = 'careless-2-1';
const people = [
	['alice@anytown.gov.uk', 'Alice Ward'],
	['priya@anytown.gov.uk', 'Priya Shah']
] as const;

async function signInAt(page: Page, url: string, email: string): Promise<void> {
	await page.goto(`${url}/team`);
	await expect.poll(() => page.getByLabel('Server address').inputValue()).toBe(url);
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.getByTestId('signed-in-as').waitFor();
}

function editor(page: Page) {
	return page.getByRole('textbox', { name: 'Position statement' });
}

async function write(page: Page, text: string): Promise<void> {
	await editor(page).click();
	await editor(page).fill(text);
	await page.locator('.app-save-status[data-save-state="saved"]').waitFor();
}

/**
 * Two officers on their own laptops, through a real team server: a shared
 * statement appears on the reporter's device and answers travel both ways
 * while both are online.
 */
describe('a shared statement syncs between two devices', () => {
	let browser: Browser;
	let alice: { context: BrowserContext; page: Page };
	let priya: { context: BrowserContext; page: Page };
	let server: ServerProcess;
	let dataDir = '';
	let statementId = '';

	beforeAll(async () => {
		dataDir = await mkdtemp(join(tmpdir(), 'sync-e2e-'));
		for (const [email, name] of people) {
			spawnSync(process.execPath, ['scripts/team.js', 'add-user', email, '--name', name], { env: { ...process.env, DATA_DIR: dataDir }, input: `${PASSWORD}\n` });
		}
		server = await startServerProcess({ DATA_DIR: dataDir, BUILD_DIR: 'build' });
		browser = await launchChromium();
		alice = await newPage(browser);
		priya = await newPage(browser);
	});

	afterAll(async () => {
		await browser?.close();
		await server?.kill();
		await rm(dataDir, { recursive: true, force: true });
	});

	test('the coordinator shares a statement and it appears on the reporter’s device with its answers', async () => {
		const { page } = alice;
		await signInAt(page, server.url, 'alice@anytown.gov.uk');
		await page.goto(`${server.url}/statements/new`);
		statementId = (await new NewStatementPage(page).create(statementDetails({ coordinatorName: 'Alice Ward' }))).id;
		await page.goto(`${server.url}/statements/${statementId}/questions/${QUESTION}`);
		await write(page, 'Placement stability is 68% (Q2 2026/27), statistical neighbours 70%.');
		await page.goto(`${server.url}/statements/${statementId}/share`);
		await page.getByLabel('Email address').fill('priya@anytown.gov.uk');
		await page.getByLabel('Can edit').check();
		await page.getByRole('button', { name: 'Share' }).click();
		await page.getByText('Shared with priya@anytown.gov.uk').waitFor();

		await signInAt(priya.page, server.url, 'priya@anytown.gov.uk');
		await priya.page.goto(`${server.url}/`);
		await priya.page.getByRole('link', { name: 'Position statement against LGSCO areas of focus' }).waitFor({ timeout: 15_000 });
		await priya.page.goto(`${server.url}/statements/${statementId}/questions/${QUESTION}`);
		await expect.poll(() => editor(priya.page).inputValue(), { timeout: 10_000 }).toBe('Placement stability is 68% (Q2 2026/27), statistical neighbours 70%.');
	});

	test('an answer typed on one device reaches the other while both are online', async () => {
		await alice.page.goto(`${server.url}/statements/${statementId}/questions/${QUESTION}`);
		await editor(alice.page).waitFor();
		await write(priya.page, 'Placement stability is 71% (Q3 2026/27), above statistical neighbours (70%).');
		await expect.poll(() => editor(alice.page).inputValue(), { timeout: 10_000 }).toBe('Placement stability is 71% (Q3 2026/27), above statistical neighbours (70%).');

		await write(alice.page, 'Placement stability is 71% (Q3 2026/27), above statistical neighbours (70%). Agreed with the Head of Service.');
		await expect.poll(() => editor(priya.page).inputValue(), { timeout: 10_000 }).toContain('Agreed with the Head of Service.');
	});
});
