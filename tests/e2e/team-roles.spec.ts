import { readFile } from 'node:fs/promises';
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
	['jo@anytown.gov.uk', 'Cllr Jo Bloggs'],
	['priya@anytown.gov.uk', 'Priya Shah']
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
		await shareOnScreen(page, server.url, statementId, 'priya@anytown.gov.uk', 'Can edit');
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

	test('sees every saved version of an answer but is offered no restore, and a restore link says who can', async () => {
		await alice.page.goto(question(OPEN));
		await answerBox(alice.page).fill('Most children live within 20 miles of home (81%, March 2026). Nine live further away.');
		await alice.page.locator('.app-save-status[data-save-state="saved"]').waitFor();

		await jo.page.goto(`${question(OPEN)}/history`);
		const versions = jo.page.getByRole('table', { name: 'Saved versions, newest first' }).locator('tbody tr');
		await expect.poll(() => versions.count(), { timeout: 15_000 }).toBe(2);
		expect(await jo.page.getByRole('link', { name: /^Restore this version/ }).count()).toBe(0);
		expect(await axeViolations(jo.page)).toEqual([]);

		await jo.page.goto(`${question(OPEN)}/history?restore=anything`);
		await jo.page.getByRole('heading', { level: 1, name: 'You cannot change this' }).waitFor();
		expect(await jo.page.getByRole('button', { name: /^Restore version/ }).count()).toBe(0);
		expect(await axeViolations(jo.page)).toEqual([]);
	});

	test('sees “Withheld: exempt”, and nothing of the exempt answer is on her device or in any message', async () => {
		await jo.page.goto(question(EXEMPT));
		await jo.page.getByTestId('withheld').waitFor();
		expect(await jo.page.getByTestId('withheld').textContent()).toContain('Withheld: exempt.');
		const stored = await everythingStored(jo.page);
		expect(stored).toContain('Most children live within 20 miles');
		expect(stored).not.toContain('deficit of £1.2m');
		// Only the exemption relied on travels, as the public copy prints it.
		expect(await jo.page.getByTestId('withheld').textContent()).toContain('exempt information (Schedule 12A, paragraph 3)');
		expect(joReceived.join('\n')).not.toContain('deficit of');
		expect(await axeViolations(jo.page)).toEqual([]);
	});

	test('sees only what she may change: the overview offers no details, questions or recording, and those screens say who can', async () => {
		const overview = `${server.url}/statements/${statementId}`;
		await jo.page.goto(overview);
		await jo.page.getByTestId('shared-with-you').waitFor();
		await expect.poll(() => jo.page.locator(`#status-${EXEMPT}`).textContent(), { timeout: 10_000 }).toContain('Withheld: exempt');
		for (const name of ['Change details or rename', "Add the panel's own questions", 'Write opportunities for further scrutiny']) {
			expect({ name, links: await jo.page.getByRole('link', { name }).count() }).toEqual({ name, links: 0 });
		}
		await jo.page.getByRole('link', { name: 'Remove this position statement from this device' }).waitFor();
		expect(await axeViolations(jo.page)).toEqual([]);

		await jo.page.goto(`${overview}/details`);
		await jo.page.getByRole('heading', { level: 1, name: 'You cannot change this' }).waitFor();
		expect(await jo.page.locator('main').textContent()).toContain('Its coordinator, Alice Ward, changes its details');
		expect(await jo.page.getByLabel('Title').count()).toBe(0);
		expect(await axeViolations(jo.page)).toEqual([]);
	});

	test('reads the whole statement and exports the public version, the exempt answer marked exempt', async () => {
		await jo.page.goto(`${server.url}/statements/${statementId}/read`);
		await jo.page.getByTestId('withheld').waitFor();
		expect(await jo.page.getByTestId('withheld').textContent()).toContain('Withheld: exempt');

		await jo.page.goto(`${server.url}/statements/${statementId}/export`);
		await expect.poll(() => jo.page.locator('#version-public-only').textContent()).toContain('1 exempt answer is not shared with you');
		expect(await jo.page.getByLabel('Exempt', { exact: true }).count()).toBe(0);
		expect(await axeViolations(jo.page)).toEqual([]);
		await jo.page.getByLabel('Web page (HTML) for the council website').check();
		const [file] = await Promise.all([jo.page.waitForEvent('download'), jo.page.getByRole('button', { name: 'Export', exact: true }).click()]);
		const html = await readFile((await file.path()) ?? '', 'utf8');
		expect(html).toContain('Most children live within 20 miles');
		expect(html).toContain('Exempt information – not for publication');
		expect(html).not.toContain('deficit of');
	});

	test('an answer marked exempt after it reached her device leaves it, with its saved versions', async () => {
		await alice.page.goto(question(OPEN));
		await alice.page.getByLabel('This answer is exempt: leave it out of the public agenda pack').check();
		await alice.page.getByLabel('Reason for exemption').fill('Schedule 12A, paragraph 1');
		await alice.page.getByLabel('Reason for exemption').blur();
		await alice.page.locator('.app-save-status[data-save-state="saved"]').waitFor();

		await jo.page.goto(question(OPEN));
		await jo.page.getByTestId('withheld').waitFor({ timeout: 15_000 });
		await expect.poll(() => everythingStored(jo.page), { timeout: 10_000 }).not.toContain('Most children live within 20 miles');
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

	test('an officer who removes it from her device stops it being shared with her, and it does not come back', async () => {
		const priya = await newPage(browser);
		await signInAt(priya.page, server.url, 'priya@anytown.gov.uk');
		await priya.page.goto(`${server.url}/`);
		await priya.page.getByRole('link', { name: TITLE }).waitFor({ timeout: 15_000 });
		await priya.page.goto(`${server.url}/statements/${statementId}`);
		await priya.page.getByRole('link', { name: 'Remove this position statement from this device' }).click();
		await priya.page.getByTestId('leave-shared').waitFor();
		expect(await priya.page.getByTestId('leave-shared').textContent()).toContain('Removing it also stops it being shared with you');
		expect(await axeViolations(priya.page)).toEqual([]);
		await priya.page.getByRole('button', { name: 'Yes, remove it' }).click();
		await priya.page.waitForURL(`${server.url}/`);

		await alice.page.goto(`${server.url}/statements/${statementId}/share`);
		await alice.page.getByRole('button', { name: 'Remove Cllr Jo Bloggs' }).waitFor();
		expect(await alice.page.getByRole('button', { name: 'Remove Priya Shah' }).count()).toBe(0);

		// A reload syncs again from the start: the statement stays gone.
		await priya.page.reload();
		await expect.poll(() => priya.page.getByTestId('sync-summary').textContent(), { timeout: 10_000 }).toContain('all changes synced');
		await priya.page.goto(`${server.url}/statements/${statementId}`);
		await priya.page.getByRole('heading', { level: 1, name: 'Position statement not found' }).waitFor();
		await priya.context.close();
	});

	test('when the coordinator deletes it, it leaves the team server; the councillor is told and her copy stays', async () => {
		await alice.page.goto(`${server.url}/statements/${statementId}/delete`);
		await alice.page.getByTestId('delete-shared').waitFor();
		expect(await axeViolations(alice.page)).toEqual([]);
		await alice.page.getByRole('button', { name: 'Yes, delete it' }).click();
		await alice.page.waitForURL(`${server.url}/`);
		await alice.page.goto(`${server.url}/team`);
		await alice.page.getByText('Nothing has been shared with you yet.').waitFor({ timeout: 10_000 });

		await jo.page.goto(`${server.url}/statements/${statementId}`);
		await jo.page.getByTestId('no-longer-shared').waitFor({ timeout: 15_000 });
		expect(await jo.page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
		expect(await axeViolations(jo.page)).toEqual([]);
	});
});
