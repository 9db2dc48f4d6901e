/**
 * A council team for browser tests: a real team server process serving the
 * built app, people with accounts, and the steps they take on the Team and
 * Share screens. Used by the team specs and the sync bench.
 */

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../../server/support/server-process.ts';
import { PASSWORD } from '../../server/support/team.ts';
import { statementDetails } from './factories.ts';
import { NewStatementPage } from './pages.ts';

/** A team server with its accounts; `restart` keeps its data and port. */
export interface Team {
	server: ServerProcess;
	dataDir: string;
	restart(): Promise<ServerProcess>;
	stop(): Promise<void>;
}

/** Adds the accounts (email, name) with `npm run team` and starts the server, serving `buildDir`, on a fresh data folder. */
export async function startTeam(people: readonly (readonly [string, string])[], buildDir = 'build'): Promise<Team> {
	const dataDir = await mkdtemp(join(tmpdir(), 'team-e2e-'));
	for (const [email, name] of people) {
		const added = spawnSync(process.execPath, ['scripts/team.js', 'add-user', email, '--name', name], {
			env: { ...process.env, DATA_DIR: dataDir },
			input: `${PASSWORD}\n`,
			encoding: 'utf8'
		});
		if (!added.stdout.includes('Added')) throw new Error(`Could not add ${email}: ${added.stdout}${added.stderr}`);
	}
	const team: Team = {
		server: await startServerProcess({ DATA_DIR: dataDir, BUILD_DIR: buildDir }),
		dataDir,
		restart: async () => {
			const port = team.server.port;
			await team.server.kill();
			team.server = await startServerProcess({ DATA_DIR: dataDir, BUILD_DIR: buildDir, PORT: String(port) });
			return team.server;
		},
		stop: async () => {
			await team.server.kill();
			await rm(dataDir, { recursive: true, force: true });
		}
	};
	return team;
}

/** Signs in on the Team screen, whose server address fills itself in. */
export async function signInAt(page: Page, url: string, email: string): Promise<void> {
	await page.goto(`${url}/team`);
	await page.waitForFunction((expected) => (document.getElementById('team-server-url') as HTMLInputElement | null)?.value === expected, url);
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.getByTestId('signed-in-as').waitFor();
}

/** The coordinator starts a position statement in the app the team server serves; returns its id. */
export async function startStatement(page: Page, url: string, coordinatorName: string): Promise<string> {
	await page.goto(`${url}/statements/new`);
	return (await new NewStatementPage(page).create(statementDetails({ coordinatorName }))).id;
}

/** Shares a statement on its Share screen and waits for the success banner. */
export async function shareOnScreen(
	page: Page,
	url: string,
	statementId: string,
	email: string,
	role: 'Can edit' | 'Can comment' | 'Can read',
	exempt = false
): Promise<void> {
	await page.goto(`${url}/statements/${statementId}/share`);
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel(role).check();
	if (exempt) await page.getByLabel('Can see exempt answers').check();
	await page.getByRole('button', { name: 'Share' }).click();
	await page.getByText(`Shared with ${email}`).waitFor();
}

/** The answer's editable box on a question page. */
export function answerBox(page: Page): Locator {
	return page.getByRole('textbox', { name: 'Position statement' });
}

/** Types an answer and waits until it is saved on the device. */
export async function writeAnswer(page: Page, text: string): Promise<void> {
	await answerBox(page).click();
	await answerBox(page).fill(text);
	await page.locator('.app-save-status[data-save-state="saved"]').waitFor();
}
