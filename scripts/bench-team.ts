/**
 * The team server figures `npm run bench` reports, measured on real server
 * processes (`scripts/server.js`, as `npm run server` runs them):
 *
 * - fan-out: one answer written by one of 20 clients, split 10 and 10 across
 *   two processes sharing one PostgreSQL and one Redis, until all 20 clients'
 *   documents hold it; once per run, after a short warm-up;
 * - memory: one process with the embedded database, its resident set size
 *   idle (everyone signed in, nothing open), and again with 200 statements
 *   open (each main document holding the statement's details and a few
 *   answers) among 50 clients.
 *
 * The clients run in this process, each as the app would: one WebSocket
 * carrying all of its documents. Every process and temporary folder started
 * here is stopped and deleted before the functions return, even on failure.
 */

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { openDatabase, type DatabaseLocation } from '../server/store/database.ts';
import { migrate } from '../server/store/migrations.ts';
import { runTeamCommand } from '../server/team-commands.ts';
import { documentName } from '../src/lib/domain/team/documents.ts';
import { assessment, response } from '../tests/server/support/records.ts';
import { startServerProcess, type ServerProcess } from '../tests/server/support/server-process.ts';
import { startPostgres, startRedis, type RunningService } from '../tests/server/support/services.ts';
import { PASSWORD, registerStatement, share, signIn } from '../tests/server/support/team.ts';
import { CleanUps, median, percentile } from './bench-support.ts';

/** Clients in the fan-out figure, half on each process. */
const FANOUT_CLIENTS = 20;
/** Writes not counted, while connections and Redis subscriptions warm up. */
const FANOUT_WARMUP = 5;
/** Pause between two writes, so each is measured on its own. */
const FANOUT_GAP_MS = 30;

/** Statements open at once in the memory figure, and the clients that open them. */
const MEMORY_STATEMENTS = 200;
const MEMORY_CLIENTS = 50;
/** How many clients open each statement (so each client opens MEMORY_STATEMENTS * this / MEMORY_CLIENTS). */
const OPENERS_PER_STATEMENT = 2;
/** Answers in each statement's main document. */
const ANSWERS_PER_STATEMENT = 5;
/** Time for the server to settle (stores, collection) before its memory is read. */
const SETTLE_MS = 3000;

/** Give up on a client's document after this long. */
const SYNC_TIMEOUT_MS = 30_000;
/** Give up on one write reaching everyone after this long. */
const ARRIVAL_TIMEOUT_MS = 10_000;

const ANSWER_TEXT = [
	'We reviewed every placement made in the quarter against the sufficiency strategy.',
	'Figures are for Q3 with England and statistical neighbours beside them; the trend is improving but slower than planned.',
	'Two new homes open in the spring, and the travel budget for family time has been agreed with the service manager.',
	'A young person told us: "I want to stay near my school." We will report progress to the panel in the autumn.'
].join(' ');

/** The fan-out figure: milliseconds from one write until all clients hold it, one per run. */
export interface FanoutFigures {
	ms: number[];
	clients: number;
	processes: number;
	/** Each process's resident set size after the runs, in bytes (for the log: PostgreSQL, not PGlite). */
	rssBytes: number[];
}

/** The memory figures, in bytes of the server process's resident set. */
export interface MemoryFigures {
	/** Just started, before anyone signed in (for the log). */
	startedRssBytes: number;
	/** Everyone signed in, nothing open. */
	idleRssBytes: number;
	loadedRssBytes: number;
	/** After every client has gone again (not a reported figure; for the log). */
	afterRssBytes: number;
	statements: number;
	clients: number;
	documentConnections: number;
}

interface Person {
	email: string;
	name: string;
}

function people(count: number, prefix: string): Person[] {
	return Array.from({ length: count }, (_, i) => ({ email: `${prefix}${i + 1}@anytown.gov.uk`, name: `Bench Person ${i + 1}` }));
}

/** Adds accounts straight into the database (as `npm run team -- add-user` does) before the server runs. */
async function addAccounts(location: DatabaseLocation, accounts: readonly Person[]): Promise<void> {
	const db = await openDatabase(location);
	try {
		await migrate(db);
		await Promise.all(
			accounts.map(async ({ email, name }) => {
				const result = await runTeamCommand(db, ['add-user', email, '--name', name], {
					readPassword: async () => PASSWORD,
					announceAccessChange: async () => undefined
				});
				if (result.code !== 0) throw new Error(result.out);
			})
		);
	} finally {
		await db.close();
	}
}

/** One device: one WebSocket to one server, carrying any number of documents. */
class Client {
	readonly socket: HocuspocusProviderWebsocket;
	readonly docs = new Map<string, { doc: Y.Doc; provider: HocuspocusProvider }>();
	private destroyed = false;

	constructor(
		server: { url: string },
		private readonly token: string
	) {
		this.socket = new HocuspocusProviderWebsocket({ url: server.url.replace(/^http/, 'ws'), WebSocketPolyfill: WebSocket, maxAttempts: 1 });
	}

	/** Opens `name`; resolves with its document once synced with the server. */
	open(name: string): Promise<Y.Doc> {
		const doc = new Y.Doc();
		return new Promise<Y.Doc>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`${name} did not sync within ${SYNC_TIMEOUT_MS / 1000} s`)), SYNC_TIMEOUT_MS);
			const provider = new HocuspocusProvider({
				websocketProvider: this.socket,
				name,
				document: doc,
				token: this.token,
				onSynced: () => {
					clearTimeout(timer);
					resolve(doc);
				},
				onAuthenticationFailed: ({ reason }) => {
					clearTimeout(timer);
					reject(new Error(`${name} refused: ${reason}`));
				}
			});
			this.docs.set(name, { doc, provider });
			// A provider given a shared socket does not attach by itself.
			provider.attach();
		});
	}

	/** Resolves once the server has acknowledged everything sent on `name`. */
	async sent(name: string): Promise<void> {
		const open = this.docs.get(name);
		if (!open) throw new Error(`${name} is not open`);
		await until(() => !open.provider.hasUnsyncedChanges, SYNC_TIMEOUT_MS, `${name}'s changes were not acknowledged`);
	}

	destroy(): void {
		if (this.destroyed) return;
		this.destroyed = true;
		for (const { provider } of this.docs.values()) provider.destroy();
		this.docs.clear();
		this.socket.destroy();
	}
}

function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
	const deadline = performance.now() + timeoutMs;
	while (!check()) {
		if (performance.now() > deadline) throw new Error(`${what} within ${timeoutMs / 1000} s`);
		await delay(10);
	}
}

/** Runs `work` on every item, at most `limit` at a time. */
async function inBatches<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			await work(items[index] as T, index);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The process's resident set size now, in bytes (Linux: /proc/<pid>/status). */
function rssBytes(pid: number): number {
	const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	if (!match?.[1]) throw new Error(`No VmRSS for process ${pid}`);
	return Number(match[1]) * 1024;
}

function answerId(statementId: string, questionId: string): string {
	return `${statementId.slice(0, 8)}-${questionId}`;
}

/**
 * Two server processes on one PostgreSQL and one Redis, FANOUT_CLIENTS
 * clients of one statement split between them; `runs` writes, each by the
 * next client in turn (so half start on each process), timed until every
 * client's document holds the answer.
 */
export async function measureFanout(buildDir: string, runs: number): Promise<FanoutFigures> {
	const cleanUps = new CleanUps();
	try {
		const [postgresStart, redisStart] = await Promise.allSettled([startPostgres(), startRedis()]);
		for (const started of [postgresStart, redisStart]) if (started.status === 'fulfilled') cleanUps.add(() => started.value.stop());
		if (postgresStart.status === 'rejected') throw postgresStart.reason;
		if (redisStart.status === 'rejected') throw redisStart.reason;
		const postgres: RunningService = postgresStart.value;
		const redis: RunningService = redisStart.value;

		const team = people(FANOUT_CLIENTS, 'fanout');
		await addAccounts({ databaseUrl: postgres.url, dataDir: '' }, team);

		const env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, BUILD_DIR: buildDir };
		const starts = await Promise.allSettled([startServerProcess(env), startServerProcess(env)]);
		for (const started of starts) if (started.status === 'fulfilled') cleanUps.add(() => started.value.kill());
		const servers: ServerProcess[] = [];
		for (const started of starts) {
			if (started.status === 'rejected') throw started.reason;
			servers.push(started.value);
		}
		const [one, two] = servers as [ServerProcess, ServerProcess];

		const statementId = randomUUID();
		const name = documentName(statementId, 'main');
		const tokens = await Promise.all(team.map(async (person) => (await signIn(one, person.email)).accessToken));
		const coordinatorToken = tokens[0] as string;
		await registerStatement(one, coordinatorToken, statementId, 'Fan-out bench');
		for (const person of team.slice(1)) await share(one, coordinatorToken, statementId, person.email, 'edit');

		const clients = tokens.map((token, i) => new Client(i < FANOUT_CLIENTS / 2 ? one : two, token));
		cleanUps.add(() => clients.forEach((c) => c.destroy()));
		const docs = await Promise.all(clients.map((c) => c.open(name)));
		const coordinatorDoc = docs[0] as Y.Doc;
		coordinatorDoc.getMap('assessment').set('record', assessment(statementId));
		await until(() => docs.every((d) => d.getMap('assessment').has('record')), SYNC_TIMEOUT_MS, "The statement's details did not reach every client");

		const ms: number[] = [];
		for (let run = 0; run < FANOUT_WARMUP + runs; run++) {
			const writer = docs[run % docs.length] as Y.Doc;
			const key = answerId(statementId, `fanout-${run}`);
			const arrivals = docs.map(
				(doc) =>
					new Promise<number>((resolve, reject) => {
						const map = doc.getMap('responses');
						const timer = setTimeout(() => {
							map.unobserve(observer);
							reject(new Error(`Write ${run} did not reach every client within ${ARRIVAL_TIMEOUT_MS / 1000} s`));
						}, ARRIVAL_TIMEOUT_MS);
						const observer = (event: Y.YMapEvent<unknown>) => {
							if (!event.keysChanged.has(key)) return;
							const at = performance.now();
							clearTimeout(timer);
							map.unobserve(observer);
							resolve(at);
						};
						map.observe(observer);
					})
			);
			const start = performance.now();
			writer.getMap('responses').set(key, response(statementId, `fanout-${run}`, `${ANSWER_TEXT} (write ${run})`));
			const last = Math.max(...(await Promise.all(arrivals)));
			if (run >= FANOUT_WARMUP) ms.push(last - start);
			await delay(FANOUT_GAP_MS);
		}
		return { ms, clients: FANOUT_CLIENTS, processes: servers.length, rssBytes: servers.map((s) => rssBytes(s.pid)) };
	} finally {
		await cleanUps.run();
	}
}

/**
 * One server process with the embedded database in a temporary folder: its
 * memory idle, then with MEMORY_STATEMENTS statements open among
 * MEMORY_CLIENTS clients (each statement opened by OPENERS_PER_STATEMENT of
 * them), after everything is synced and a settle.
 */
export async function measureMemory(buildDir: string): Promise<MemoryFigures> {
	const cleanUps = new CleanUps();
	try {
		const dataDir = await mkdtemp(join(tmpdir(), 'bench-team-'));
		cleanUps.add(() => rm(dataDir, { recursive: true, force: true }));
		const [coordinator, ...members] = people(MEMORY_CLIENTS + 1, 'memory') as [Person, ...Person[]];
		await addAccounts({ dataDir }, [coordinator, ...members]);

		const server = await startServerProcess({ DATA_DIR: dataDir, BUILD_DIR: buildDir });
		cleanUps.add(() => server.kill());
		const startedRssBytes = rssBytes(server.pid);

		// Everyone signs in first: each sign-in's scrypt takes 32 MB, which the
		// process may keep, and is no part of what a document costs.
		const [coordinatorToken, ...tokens] = await Promise.all(
			[coordinator, ...members].map(async (person) => (await signIn(server, person.email)).accessToken)
		) as [string, ...string[]];
		await delay(SETTLE_MS);
		const idleRssBytes = rssBytes(server.pid);

		// The coordinator registers and shares every statement, fills its main document, and leaves.
		const ids = Array.from({ length: MEMORY_STATEMENTS }, () => randomUUID());
		const openers = (s: number) => Array.from({ length: OPENERS_PER_STATEMENT }, (_, k) => (s + k) % MEMORY_CLIENTS);
		await inBatches(ids, 8, async (id, s) => {
			await registerStatement(server, coordinatorToken, id, `Position statement ${s + 1}`);
			for (const m of openers(s)) await share(server, coordinatorToken, id, (members[m] as Person).email, 'edit');
		});
		const seeder = new Client(server, coordinatorToken);
		cleanUps.add(() => seeder.destroy());
		await inBatches(ids, 20, async (id) => {
			const name = documentName(id, 'main');
			const doc = await seeder.open(name);
			doc.transact(() => {
				doc.getMap('assessment').set('record', assessment(id));
				for (let q = 1; q <= ANSWERS_PER_STATEMENT; q++) {
					doc.getMap('responses').set(answerId(id, `q${q}`), response(id, `q${q}`, `${ANSWER_TEXT} (question ${q})`));
				}
			});
			await seeder.sent(name);
		});
		seeder.destroy();
		// The server stores and unloads what the coordinator left; the clients load it back.
		await delay(1000);

		const clients = tokens.map((token) => new Client(server, token));
		cleanUps.add(() => clients.forEach((c) => c.destroy()));
		const opened = await Promise.all(
			ids.flatMap((id, s) => openers(s).map((m) => (clients[m] as Client).open(documentName(id, 'main'))))
		);
		const whole = (doc: Y.Doc) => doc.getMap('assessment').has('record') && doc.getMap('responses').size === ANSWERS_PER_STATEMENT;
		await until(() => opened.every(whole), SYNC_TIMEOUT_MS, 'Not every client received its statements whole');
		await delay(SETTLE_MS);
		const loadedRssBytes = rssBytes(server.pid);

		for (const c of clients) c.destroy();
		await delay(SETTLE_MS);
		const afterRssBytes = rssBytes(server.pid);

		return {
			startedRssBytes,
			idleRssBytes,
			loadedRssBytes,
			afterRssBytes,
			statements: ids.length,
			clients: clients.length,
			documentConnections: opened.length
		};
	} finally {
		await cleanUps.run();
	}
}

/** How many writes the fan-out figures are taken from. */
const FANOUT_RUNS = 40;

function megabytes(bytes: number): string {
	return (bytes / 1024 / 1024).toFixed(0);
}

/** Measures and prints the team server's figures for `npm run bench`, one per line; details go to stderr. */
export async function printTeamFigures(buildDir: string): Promise<void> {
	const fanout = await measureFanout(buildDir, FANOUT_RUNS);
	console.log(`sync-fanout-median: ${median(fanout.ms).toFixed(1)} ms`);
	console.log(`sync-fanout-p95: ${percentile(fanout.ms, 95).toFixed(1)} ms`);
	console.error(
		`(fan-out: ${fanout.ms.length} writes after ${FANOUT_WARMUP} unmeasured, each to ${fanout.clients} clients on ${fanout.processes} processes; ` +
			`fastest ${Math.min(...fanout.ms).toFixed(1)} ms, slowest ${Math.max(...fanout.ms).toFixed(1)} ms; ` +
			`the processes, on PostgreSQL, hold ${fanout.rssBytes.map((b) => `${megabytes(b)} MB`).join(' and ')})`
	);

	const memory = await measureMemory(buildDir);
	console.log(`server-rss-idle: ${megabytes(memory.idleRssBytes)} MB`);
	console.log(`server-rss-200-docs: ${megabytes(memory.loadedRssBytes)} MB`);
	const perStatement = (memory.loadedRssBytes - memory.idleRssBytes) / memory.statements / 1024;
	console.error(
		`(memory: ${megabytes(memory.startedRssBytes)} MB just started, ${megabytes(memory.idleRssBytes)} MB once everyone had signed in, ` +
			`${megabytes(memory.loadedRssBytes)} MB with ${memory.statements} statements open over ${memory.documentConnections} document connections ` +
			`from ${memory.clients} clients, about ${perStatement.toFixed(0)} KB a statement; ${megabytes(memory.afterRssBytes)} MB once they had all left)`
	);
}
