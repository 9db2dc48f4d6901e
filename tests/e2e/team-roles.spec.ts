import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServerProcess } from '../server/support/server-process.ts';
import { axeViolations } from './support/axe.ts';
import { answerBox, shareOnScreen, signInAt, startStatement, startTeam, type Team } from './support/team-pages.ts';
import { launchChromium, newPage } from './support/browser.ts';

const OPEN = 'careless-2-1';
const EXEMPT = 'careless-2-2';
const EXEMPT_TEXT = 'The provider named in Part 2 has a deficit of £1.2m.';
const TITLE = 'Position statement against LGSCO areas of focus';
const people = [
	['alice@anytown.gov.uk', 'Alice Ward'],
	['jo@anytown.gov.uk', 'Cllr Jo Bloggs']
] as const;

/** Everything in the page's IndexedDB databases, as text. */
async function everythingStored(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const out: unknown[] = [];
		for (const { name } of await indexedDB.databases()) {
			if (!name) continue;
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			for (const store of Array.from(db.objectStoreNames)) {
				const all = await new Promise<unknown[]>((resolve, reject) => {
					const request = db.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => resolve(request.result as unknown[]);
					request.onerror = () => reject(request.error);
				});
				out.push(all);
			}
			db.close();
		}
		return JSON.stringify(out);
	});
}

/**
 * A councillor who can comment: the answers read-only, an exempt answer
 * withheld with nothing of it on her device, a note the coordinator sees at
 * once; then her access is removed and she is told, her copy kept.
 */
describe('a councillor on a shared statement', () => {
	let browser: Browser;
	let alice: { context: BrowserContext; page: Page };
	let jo: { context: BrowserContext; page: Page };
	let team: Team;
	let server: ServerProcess;
	let statementId = '';
	const question = (id: string) => `${server.url}/statements/${statementId}/questions/${id}`;
	const joReceived: string[] = [];

	beforeAll(async () => {
		team = await startTeam(people);
		server = team.server;
		browser = await launchChromium();
		alice = await newPage(browser);
		jo = await newPage(browser);
		jo.page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => joReceived.push(typeof payload === 'string' ? payload : payload.toString('utf8'))));

		const page = alice.page;
		await signInAt(page, server.url, 'alice@anytown.gov.uk');
		statementId = await startStatement(page, server.url, 'Alice Ward');
		await page.goto(question(OPEN));
		await answerBox(page).fill('Most children live within 20 miles of home (81%, March 2026).');
		await page.locator('.app-save-status[data-save-state="saved"]').waitFor();
		await page.goto(question(EXEMPT));
		await answerBox(page).fill(EXEMPT_TEXT);
		await page.getByLabel('This answer is exempt: leave it out of the public agenda pack').check();
		await page.getByLabel('Reason for exemption').fill('Schedule 12A, paragraph 3');
		await page.getByLabel('Reason for exemption').blur();
		await page.locator('.app-save-status[data-save-state="saved"]').waitFor();
		await shareOnScreen(page, server.url, statementId, 'jo@anytown.gov.uk', 'Can comment');
		await signInAt(jo.page, server.url, 'jo@anytown.gov.uk');
		await jo.page.goto(`${server.url}/`);
		await jo.page.getByRole('link', { name: TITLE }).waitFor({ timeout: 15_000 });
	});

	afterAll(async () => {
		await browser?.close();
		await team?.stop();
	});

	test('reads the answer without a box to change it, and is told what she can do', async () => {
		await jo.page.goto(`${server.url}/statements/${statementId}`);
		await expect.poll(() => jo.page.getByTestId('shared-with-you').textContent()).toContain('by Alice Ward: you can comment');
		await jo.page.goto(question(OPEN));
		await expect.poll(() => jo.page.getByTestId('read-only-answer').textContent(), { timeout: 10_000 }).toContain('Most children live within 20 miles');
		expect(await answerBox(jo.page).count()).toBe(0);
		expect(await axeViolations(jo.page)).toEqual([]);
	});

	test('sees “Withheld: exempt”, and nothing of the exempt answer is on her device or in any message', async () => {
		await jo.page.goto(question(EXEMPT));
		await jo.page.getByTestId('withheld').waitFor();
		expect(await jo.page.getByTestId('withheld').textContent()).toContain('Withheld: exempt.');
		const stored = await everythingStored(jo.page);
		expect(stored).toContain('Most children live within 20 miles');
		expect(stored).not.toContain('deficit of £1.2m');
		expect(stored).not.toContain('Schedule 12A, paragraph 3');
		expect(joReceived.join('\n')).not.toContain('deficit of');
		expect(await axeViolations(jo.page)).toEqual([]);
	});

	test('her note reaches the coordinator while he is reading', async () => {
		await alice.page.goto(question(OPEN));
		await jo.page.goto(question(OPEN));
		// She says who she is once; her name comes from her sign-in.
		const notes = jo.page.locator('#notes-profile-name').locator('xpath=ancestor::form');
		await expect.poll(() => jo.page.locator('#notes-profile-name').inputValue()).toBe('Cllr Jo Bloggs');
		await notes.getByRole('radio', { name: 'Councillor' }).check();
		await notes.getByRole('button', { name: 'Save and add a note' }).click();
		await jo.page.getByRole('radio', { name: 'Challenge' }).check();
		await jo.page.getByLabel('Your note').fill('What is the figure for statistical neighbours?');
		await jo.page.getByRole('button', { name: 'Add note' }).click();
		await alice.page.getByText('What is the figure for statistical neighbours?').waitFor({ timeout: 10_000 });
	});

	test('when her access is removed she is told, and her copy stays', async () => {
		await alice.page.goto(`${server.url}/statements/${statementId}/share`);
		await alice.page.getByRole('button', { name: 'Remove Cllr Jo Bloggs' }).click();
		await alice.page.getByRole('button', { name: 'Yes, remove Cllr Jo Bloggs' }).click();
		await alice.page.getByText('Cllr Jo Bloggs no longer has this statement').waitFor();

		await jo.page.goto(`${server.url}/statements/${statementId}`);
		await jo.page.getByTestId('no-longer-shared').waitFor({ timeout: 15_000 });
		expect(await jo.page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
		expect(await axeViolations(jo.page)).toEqual([]);
	});
});
