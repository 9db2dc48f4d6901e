import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServerProcess } from '../server/support/server-process.ts';
import { launchChromium, newPage } from './support/browser.ts';
import { answerBox as editor, shareOnScreen, signInAt, startStatement, startTeam, writeAnswer as write, type Team } from './support/team-pages.ts';
import { goOffline } from './support/offline.ts';

const QUESTION = 'careless-2-1';
const people = [
	['alice@anytown.gov.uk', 'Alice Ward'],
	['priya@anytown.gov.uk', 'Priya Shah']
] as const;

/**
 * Two officers on their own laptops, through a real team server: a shared
 * statement appears on the reporter's device and answers travel both ways
 * while both are online.
 */
describe('a shared statement syncs between two devices', () => {
	let browser: Browser;
	let alice: { context: BrowserContext; page: Page };
	let priya: { context: BrowserContext; page: Page };
	let team: Team;
	let server: ServerProcess;
	let statementId = '';

	beforeAll(async () => {
		team = await startTeam(people);
		server = team.server;
		browser = await launchChromium();
		alice = await newPage(browser);
		priya = await newPage(browser);
	});

	afterAll(async () => {
		await browser?.close();
		await team?.stop();
	});

	test('the coordinator shares a statement and it appears on the reporter’s device with its answers', async () => {
		const { page } = alice;
		await signInAt(page, server.url, 'alice@anytown.gov.uk');
		statementId = await startStatement(page, server.url, 'Alice Ward');
		await page.goto(`${server.url}/statements/${statementId}/questions/${QUESTION}`);
		await write(page, 'Placement stability is 68% (Q2 2026/27), statistical neighbours 70%.');
		await shareOnScreen(page, server.url, statementId, 'priya@anytown.gov.uk', 'Can edit');

		await signInAt(priya.page, server.url, 'priya@anytown.gov.uk');
		await priya.page.goto(`${server.url}/`);
		await priya.page.getByRole('link', { name: 'Position statement against LGSCO areas of focus' }).waitFor({ timeout: 15_000 });
		await priya.page.getByText('by Alice Ward, on the team server').waitFor();
		await priya.page.goto(`${server.url}/statements/${statementId}/questions/${QUESTION}`);
		await expect.poll(() => editor(priya.page).inputValue(), { timeout: 10_000 }).toBe('Placement stability is 68% (Q2 2026/27), statistical neighbours 70%.');
	});

	test('an answer typed on one device reaches the other while both are online', async () => {
		await alice.page.goto(`${server.url}/statements/${statementId}/questions/${QUESTION}`);
		await editor(alice.page).waitFor();
		// Who is here: each sees the other on this answer, announced politely, focus left where it is.
		await expect.poll(() => alice.page.getByTestId('who-is-here').textContent(), { timeout: 10_000 }).toBe('Priya Shah is editing this answer.');
		await expect.poll(() => priya.page.getByTestId('who-is-here').textContent(), { timeout: 10_000 }).toBe('Alice Ward is editing this answer.');
		await write(priya.page, 'Placement stability is 71% (Q3 2026/27), above statistical neighbours (70%).');
		await expect.poll(() => editor(alice.page).inputValue(), { timeout: 10_000 }).toBe('Placement stability is 71% (Q3 2026/27), above statistical neighbours (70%).');

		await write(alice.page, 'Placement stability is 71% (Q3 2026/27), above statistical neighbours (70%). Agreed with the Head of Service.');
		await expect.poll(() => editor(priya.page).inputValue(), { timeout: 10_000 }).toContain('Agreed with the Head of Service.');

		// Once both hold the same answer, neither keeps sending it: count the sync updates each device sends for two seconds.
		await expect.poll(() => priya.page.getByTestId('sync-summary').textContent(), { timeout: 10_000 }).toContain('all changes synced');
		const updates = { count: 0 };
		const countUpdates = (ws: import('playwright-core').WebSocket) =>
			ws.on('framesent', ({ payload }) => {
				if (typeof payload === 'string') return;
				// A Hocuspocus message: the document's name (length byte, then the name), the message type, the sync step.
				const nameLength = payload[0] ?? 0;
				if (payload[1 + nameLength] === 0 && payload[2 + nameLength] === 2) updates.count++;
			});
		for (const page of [alice.page, priya.page]) page.on('websocket', countUpdates);
		await Promise.all([alice.page.reload(), priya.page.reload()]);
		await new Promise((resolve) => setTimeout(resolve, 2000));
		expect(updates.count).toBe(0);
	});
	test('the team server restarted mid-edit: both devices reconnect by themselves and nothing is lost', async () => {
		await write(priya.page, 'Written just before the server restarted.');
		await expect.poll(() => editor(alice.page).inputValue(), { timeout: 10_000 }).toBe('Written just before the server restarted.');
		server = await team.restart();
		await write(alice.page, 'Written after the restart.');
		await expect.poll(() => editor(priya.page).inputValue(), { timeout: 20_000 }).toBe('Written after the restart.');
		await expect.poll(() => priya.page.getByTestId('sync-summary').textContent(), { timeout: 20_000 }).toContain('all changes synced');
	});

	test('a laptop that loses the network says so at once, keeps typing, and sends on reconnecting', async () => {
		await goOffline(priya.context, priya.page);
		// Said at once, not when the socket times out.
		await expect.poll(() => priya.page.getByTestId('sync-summary').textContent(), { timeout: 3_000 }).toContain('cannot reach the team server');
		await write(priya.page, 'Written on the train with no signal.');
		await expect.poll(() => priya.page.getByTestId('sync-summary').textContent()).toContain('1 change waiting – cannot reach the team server');
		expect(await editor(alice.page).inputValue()).toBe('Written after the restart.');

		await priya.context.setOffline(false);
		await expect.poll(() => editor(alice.page).inputValue(), { timeout: 20_000 }).toBe('Written on the train with no signal.');
		await expect.poll(() => priya.page.getByTestId('sync-summary').textContent(), { timeout: 20_000 }).toContain('all changes synced');
	});
});

describe('two devices change the same answer while apart', () => {
	let browser: Browser;
	let alice: { context: BrowserContext; page: Page };
	let priya: { context: BrowserContext; page: Page };
	let team: Team;
	let server: ServerProcess;
	let statementId = '';
	const question = () => `${server.url}/statements/${statementId}/questions/${QUESTION}`;

	beforeAll(async () => {
		team = await startTeam(people);
		server = team.server;
		browser = await launchChromium();
		alice = await newPage(browser);
		priya = await newPage(browser);
		await signInAt(alice.page, server.url, 'alice@anytown.gov.uk');
		statementId = await startStatement(alice.page, server.url, 'Alice Ward');
		await alice.page.goto(question());
		await write(alice.page, 'The first version, agreed by both.');
		await shareOnScreen(alice.page, server.url, statementId, 'priya@anytown.gov.uk', 'Can edit');
		await signInAt(priya.page, server.url, 'priya@anytown.gov.uk');
		await priya.page.goto(`${server.url}/`);
		await priya.page.getByRole('link', { name: 'Position statement against LGSCO areas of focus' }).waitFor({ timeout: 15_000 });
	});

	afterAll(async () => {
		await browser?.close();
		await team?.stop();
	});

	test('the second to reconnect chooses, and neither version is lost', async () => {
		await alice.page.goto(question());
		await priya.page.goto(question());
		await expect.poll(() => editor(priya.page).inputValue(), { timeout: 10_000 }).toBe('The first version, agreed by both.');
		// Both start from the same, settled state.
		for (const { page } of [alice, priya]) {
			await expect.poll(() => page.getByTestId('sync-summary').textContent(), { timeout: 20_000 }).toContain('all changes synced');
		}

		// Both lose the team server (it stops); Priya's laptop also goes offline, so Alice syncs first when it is back.
		await goOffline(priya.context, priya.page);
		await team.server.kill();
		for (const { page } of [alice, priya]) {
			await expect.poll(() => page.getByTestId('sync-summary').textContent(), { timeout: 15_000 }).toContain('cannot reach the team server');
		}
		await write(alice.page, 'Alice’s version, written on the train.');
		await write(priya.page, 'Priya’s version, written at home.');
		// Each laptop says its saved answer waits to be sent, also after a reload while offline.
		await priya.page.reload();
		await editor(priya.page).waitFor();
		for (const { page } of [alice, priya]) {
			await expect.poll(() => page.getByTestId('sync-summary').textContent(), { timeout: 15_000 }).toContain('1 change waiting – cannot reach the team server');
		}

		server = await team.restart();
		await expect.poll(() => alice.page.getByTestId('sync-summary').textContent(), { timeout: 30_000 }).toContain('all changes synced');
		await priya.context.setOffline(false);

		const conflict = priya.page.getByTestId('save-conflict');
		await conflict.waitFor({ timeout: 20_000 });
		expect(await conflict.textContent()).toContain('This answer was also changed by');
		expect(await conflict.textContent()).toContain('Alice’s version, written on the train.');
		expect(await editor(priya.page).inputValue()).toBe('Priya’s version, written at home.');

		await priya.page.getByRole('button', { name: 'Keep my version' }).click();
		await expect.poll(() => editor(alice.page).inputValue(), { timeout: 15_000 }).toBe('Priya’s version, written at home.');

		// Alice's words are still there, in the answer's saved history on both devices.
		for (const page of [alice.page, priya.page]) {
			await page.goto(`${question()}/history`);
			await page.getByRole('heading', { name: 'Changes from version 2 to version 3', exact: true }).waitFor({ timeout: 10_000 });
			const history = await page.locator('main').textContent();
			// Version 2 is Alice's, version 3 Priya's: the comparison shows the words of both.
			expect(history).toContain('[removed: Alice][added: Priya]’s version, written [removed: on the train][added: at home]');
		}
	});
});
