import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { documentName } from '../../src/lib/domain/team/documents.ts';
import { assessment, response } from './support/records.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';
import { createDatabase, startPostgres, startRedis, type RunningService } from './support/services.ts';
import { PASSWORD, api, connect, eventually, registerStatement, share, signIn, type TestClient } from './support/team.ts';

/**
 * The team server as a council runs it: real processes (`scripts/server.js`),
 * restarted, killed, two of them behind one Redis and one PostgreSQL.
 */

const STATEMENT = 'b7a1c2d3-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const main = documentName(STATEMENT, 'main');
const projectRoot = new URL('../..', import.meta.url).pathname;

const processes: ServerProcess[] = [];
const clients: TestClient[] = [];
const cleanUps: (() => Promise<void>)[] = [];

afterEach(async () => {
	for (const c of clients.splice(0)) c.destroy();
	for (const p of processes.splice(0)) await p.kill();
	for (const clean of cleanUps.splice(0)) await clean();
});

function team(env: Record<string, string>, ...argv: string[]): { code: number | null; out: string } {
	const run = spawnSync(process.execPath, ['scripts/team.js', ...argv], { cwd: projectRoot, env: { ...process.env, ...env }, input: `${PASSWORD}\n`, encoding: 'utf8' });
	return { code: run.status, out: run.stdout + run.stderr };
}

async function server(env: Record<string, string>): Promise<ServerProcess> {
	const started = await startServerProcess(env);
	processes.push(started);
	return started;
}

function client(at: { url: string }, token: string, name = main): TestClient {
	const c = connect(at, token, name);
	clients.push(c);
	return c;
}

function answerText(c: TestClient, questionId: string): string | undefined {
	return (c.doc.getMap('responses').get(`${STATEMENT.slice(0, 8)}-${questionId}`) as { statement?: string } | undefined)?.statement;
}

async function setUpTeam(env: Record<string, string>, at: { url: string }): Promise<{ alice: string; priya: string }> {
	const alice = (await signIn(at, 'alice@anytown.gov.uk')).accessToken;
	const priya = (await signIn(at, 'priya@anytown.gov.uk')).accessToken;
	await registerStatement(at, alice, STATEMENT);
	await share(at, alice, STATEMENT, 'priya@anytown.gov.uk', 'edit');
	const c = client(at, alice);
	await c.ready;
	c.doc.getMap('assessment').set('record', assessment(STATEMENT));
	await eventually(() => expect(c.provider.hasUnsyncedChanges).toBe(false));
	void env;
	return { alice, priya };
}

async function tempDir(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'team-data-'));
	cleanUps.push(() => rm(dir, { recursive: true, force: true }));
	return dir;
}

function addAccounts(env: Record<string, string>): void {
	for (const [email, name] of [
		['alice@anytown.gov.uk', 'Alice Ward'],
		['priya@anytown.gov.uk', 'Priya Shah']
	] as const) {
		const result = team(env, 'add-user', email, '--name', name);
		expect(result.out).toContain('Added');
	}
}

describe('one process with the embedded database', () => {
	it('a restart keeps accounts, sharing and documents', async () => {
		const env = { DATA_DIR: await tempDir() };
		addAccounts(env);
		const first = await server(env);
		const { priya } = await setUpTeam(env, first);
		const p = client(first, priya);
		await p.ready;
		p.doc.getMap('responses').set(`${STATEMENT.slice(0, 8)}-q1`, response(STATEMENT, 'q1', 'Written before the restart'));
		await eventually(() => expect(p.provider.hasUnsyncedChanges).toBe(false));
		p.destroy();
		await first.stop();

		const second = await server(env);
		const again = (await signIn(second, 'priya@anytown.gov.uk')).accessToken;
		const { body } = await api(second, 'GET', '/api/statements', { token: again });
		expect(body.statements).toMatchObject([{ id: STATEMENT, role: 'edit', coordinatorName: 'Alice Ward' }]);
		const back = client(second, again);
		await back.ready;
		expect(answerText(back, 'q1')).toBe('Written before the restart');
	});

	it('killed before it stores, it loses nothing it acknowledged', async () => {
		// Stores are put off for a minute: only the update log can bring the answers back.
		const env = { DATA_DIR: await tempDir(), STORE_DEBOUNCE_MS: '60000' };
		addAccounts(env);
		const first = await server(env);
		const { priya } = await setUpTeam(env, first);
		const p = client(first, priya);
		await p.ready;
		for (let i = 0; i < 40; i++) p.doc.getMap('responses').set(`${STATEMENT.slice(0, 8)}-q${i}`, response(STATEMENT, `q${i}`, `Answer ${i}`));
		await eventually(() => expect(p.provider.hasUnsyncedChanges).toBe(false));
		p.destroy();
		await first.kill();

		const second = await server(env);
		const observer = client(second, (await signIn(second, 'alice@anytown.gov.uk')).accessToken);
		await observer.ready;
		expect(observer.doc.getMap('responses').size).toBe(40);
		expect(answerText(observer, 'q39')).toBe('Answer 39');
	});

	it('killed mid-write, it comes back whole, and the apps send what it missed', async () => {
		const env = { DATA_DIR: await tempDir() };
		addAccounts(env);
		const first = await server(env);
		const { priya } = await setUpTeam(env, first);
		const p = client(first, priya);
		await p.ready;
		// A stream of saves; the process is killed while they are arriving.
		for (let i = 0; i < 40; i++) p.doc.getMap('responses').set(`${STATEMENT.slice(0, 8)}-q${i}`, response(STATEMENT, `q${i}`, `Answer ${i}`));
		await new Promise((resolve) => setTimeout(resolve, 30));
		await first.kill();

		const second = await server({ ...env, PORT: String(first.port) });
		// The same device reconnects by itself (the provider retries) and sends what the server lacks.
		const observer = client(second, (await signIn(second, 'alice@anytown.gov.uk')).accessToken);
		await observer.ready;
		await eventually(() => expect(observer.doc.getMap('responses').size).toBe(40), 20_000).catch((error) => {
			// What the reconnecting device and the server saw, to tell a lost update from a slow one.
			console.error('Reconnecting device:', { refusals: p.refusals, synced: p.provider.isSynced, authenticated: p.provider.isAuthenticated }, '\nServer:', second.output());
			throw error;
		});
		expect(answerText(observer, 'q39')).toBe('Answer 39');
	});
});

describe('two processes, one PostgreSQL, one Redis', () => {
	let postgres: RunningService;
	let redis: RunningService;

	beforeAll(async () => {
		[postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
	});
	afterAll(async () => {
		await Promise.all([postgres?.stop(), redis?.stop()]);
	});

	it('an edit from a client of one process reaches a client of the other, and both are stored', async () => {
		const env = { DATABASE_URL: await createDatabase(postgres.url, 'twoprocesses'), REDIS_URL: redis.url };
		addAccounts(env);
		const [one, two] = await Promise.all([server(env), server(env)]);
		const { alice, priya } = await setUpTeam(env, one);
		const a = client(one, alice);
		const p = client(two, priya);
		await Promise.all([a.ready, p.ready]);
		p.doc.getMap('responses').set(`${STATEMENT.slice(0, 8)}-q1`, response(STATEMENT, 'q1', 'Typed on the second process'));
		await eventually(() => expect(answerText(a, 'q1')).toBe('Typed on the second process'));
		a.doc.getMap('responses').set(`${STATEMENT.slice(0, 8)}-q2`, response(STATEMENT, 'q2', 'Typed on the first process'));
		await eventually(() => expect(answerText(p, 'q2')).toBe('Typed on the first process'));

		// Both processes stop; a third, fresh one reads both answers from PostgreSQL.
		for (const c of clients.splice(0)) c.destroy();
		await Promise.all([one.stop(), two.stop()]);
		const three = await server(env);
		const reader = client(three, (await signIn(three, 'alice@anytown.gov.uk')).accessToken);
		await reader.ready;
		expect(answerText(reader, 'q1')).toBe('Typed on the second process');
		expect(answerText(reader, 'q2')).toBe('Typed on the first process');
	});

	it('removing a person on one process closes their connection on the other', async () => {
		const env = { DATABASE_URL: await createDatabase(postgres.url, 'removal'), REDIS_URL: redis.url };
		addAccounts(env);
		const [one, two] = await Promise.all([server(env), server(env)]);
		const { alice, priya } = await setUpTeam(env, one);
		const p = client(two, priya);
		await p.ready;
		const closed = p.nextClose();
		const { status } = await api(one, 'DELETE', `/api/statements/${STATEMENT}/shares/priya@anytown.gov.uk`, { token: alice });
		expect(status).toBe(200);
		expect(await closed).toBe('access-changed');
	});

	it('with Redis gone, each process still serves its own clients and stores their work', async () => {
		const ownRedis = await startRedis();
		const env = { DATABASE_URL: await createDatabase(postgres.url, 'redisgone'), REDIS_URL: ownRedis.url };
		addAccounts(env);
		const one = await server(env);
		const { alice, priya } = await setUpTeam(env, one);
		const a = client(one, alice);
		const p = client(one, priya);
		await Promise.all([a.ready, p.ready]);
		await ownRedis.stop();
		p.doc.getMap('responses').set(`${STATEMENT.slice(0, 8)}-q1`, response(STATEMENT, 'q1', 'Typed while Redis was down'));
		await eventually(() => expect(answerText(a, 'q1')).toBe('Typed while Redis was down'));
		// A document nobody had open still opens.
		const panel = client(one, alice, documentName(STATEMENT, 'panel'));
		await panel.ready;
		for (const c of clients.splice(0)) c.destroy();
		await one.stop();

		const again = await server({ ...env, REDIS_URL: '' });
		const reader = client(again, (await signIn(again, 'alice@anytown.gov.uk')).accessToken);
		await reader.ready;
		expect(answerText(reader, 'q1')).toBe('Typed while Redis was down');
	});

	it('with the database gone, /healthz and the API say so, edits wait in memory and are stored when it is back', async () => {
		const ownPostgres = await startPostgres();
		cleanUps.push(() => ownPostgres.stop());
		const env = { DATABASE_URL: ownPostgres.url };
		addAccounts(env);
		const one = await server(env);
		const { alice, priya } = await setUpTeam(env, one);
		const p = client(one, priya);
		const a = client(one, alice);
		await Promise.all([p.ready, a.ready]);
		await ownPostgres.pause();
		const health = await fetch(`${one.url}/healthz`).catch((error: unknown) => {
			throw new Error(`The server stopped answering: ${String(error)}\n${one.output()}`);
		});
		expect(health.status).toBe(503);
		expect((await api(one, 'GET', '/api/statements', { token: alice })).status).toBe(503);
		p.doc.getMap('responses').set(`${STATEMENT.slice(0, 8)}-q1`, response(STATEMENT, 'q1', 'Typed while the database was down'));
		await eventually(() => expect(answerText(a, 'q1')).toBe('Typed while the database was down'));
		await eventually(() => expect(one.output()).toContain('Cannot store'), 10_000);
		await ownPostgres.resume();
		await eventually(async () => expect((await fetch(`${one.url}/healthz`)).status).toBe(200), 20_000);
		// The retry stores it: a fresh process reading the database sees the answer.
		await eventually(async () => {
			const check = await startServerProcess(env);
			try {
				const reader = connect(check, (await signIn(check, 'alice@anytown.gov.uk')).accessToken, main);
				await reader.ready;
				const text = answerText(reader, 'q1');
				reader.destroy();
				expect(text).toBe('Typed while the database was down');
			} finally {
				await check.kill();
			}
		}, 30_000);
	});
});
