/**
 * Real PostgreSQL and Redis for the team server's tests: Debian's binaries
 * (see scripts/ensure-services.js), each started in a fresh temporary folder
 * on a free loopback port, and stopped and deleted afterwards. Start-up is
 * bounded in time, and a test process that ends takes its servers with it:
 * an exit listener kills them, and on Linux the kernel does too
 * (`setpriv --pdeathsig`) when the process is killed without exiting, as
 * vitest does to its workers with SIGTERM. Folders such a death leaves behind
 * are deleted by the next start.
 */

import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { postgresBinDir, redisServerPath } from '../../../scripts/ensure-services.js';

/** A server started for the tests. */
export interface RunningService {
	/** Where to connect: `postgres://postgres@127.0.0.1:<port>/team` or `redis://127.0.0.1:<port>`. */
	url: string;
	/** How long it took to start, in milliseconds (initdb included for PostgreSQL). */
	startupMs: number;
	/** Stops the server (SIGKILL if it has not stopped within 10 s) and deletes its folder. Safe to call twice. */
	stop(): Promise<void>;
}

/** A PostgreSQL that can also go away and come back on the same port with its data. */
export interface RunningPostgres extends RunningService {
	/** Shuts PostgreSQL down, keeping its data: the database is gone until `resume`. */
	pause(): Promise<void>;
	/** Starts it again on the same port and waits until it answers. */
	resume(): Promise<void>;
}

const POSTGRES_READY_MS = 30_000;
const REDIS_READY_MS = 15_000;
const INITDB_MS = 60_000;
const STOP_MS = 10_000;

/** The servers still running, killed by the one exit listener if the test process exits first. */
const running = new Set<() => void>();
process.on('exit', () => {
	for (const kill of running) kill();
});

/**
 * Starts a throwaway PostgreSQL: initdb (trust, user `postgres`, UTF8,
 * locale C) in a new temporary folder, then `postgres` on a free port of
 * 127.0.0.1 only, with a database `team`. As root, both run as Debian's
 * `postgres` user, which owns the folder.
 */
export async function startPostgres(): Promise<RunningPostgres> {
	const started = performance.now();
	const bin = postgresBinDir();
	const owner = postgresOwner();
	const dir = await makeFolder('team-pg-');
	const data = join(dir, 'data');
	const logPath = join(dir, 'postgres.log');
	try {
		if (owner) await chown(dir, owner.uid, owner.gid);
		await runToEnd(
			join(bin, 'initdb'),
			['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
			{ cwd: dir, owner, timeoutMs: INITDB_MS }
		);
	} catch (error) {
		await rm(dir, { recursive: true, force: true });
		throw error;
	}

	const port = await freePort();
	const args = [
		'-D', data,
		'-p', String(port),
		'-c', 'listen_addresses=127.0.0.1',
		'-k', dir,
		'-c', 'fsync=off',
		'-c', 'synchronous_commit=off',
		'-c', 'full_page_writes=off'
	];
	// SIGINT is PostgreSQL's fast shutdown; SIGQUIT, its immediate one, for an exiting test process.
	const launchPostgres = () => startServer(join(bin, 'postgres'), args, { dir, logPath, owner, stopSignal: 'SIGINT', exitSignal: 'SIGQUIT' });
	let server = launchPostgres();
	const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
	try {
		await waitUntil(() => acceptsQueries(adminUrl), server, POSTGRES_READY_MS, `PostgreSQL on port ${port}`);
		await createDatabase(adminUrl, 'team');
	} catch (error) {
		await server.stop();
		throw error;
	}
	return {
		url: `postgres://postgres@127.0.0.1:${port}/team`,
		startupMs: performance.now() - started,
		stop: () => server.stop(),
		pause: async () => {
			server.child.kill('SIGINT');
			await server.exited;
		},
		resume: async () => {
			server = launchPostgres();
			await waitUntil(() => acceptsQueries(adminUrl), server, POSTGRES_READY_MS, `PostgreSQL on port ${port}`);
		}
	};
}

/**
 * Creates a fresh, empty database `name` on the server `url` points at and
 * returns the url that connects to it. `name` is a plain identifier.
 */
export async function createDatabase(url: string, name: string): Promise<string> {
	if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a plain database name: ${JSON.stringify(name)}`);
	const admin = new URL(url);
	admin.pathname = '/postgres';
	const client = new pg.Client({ connectionString: admin.toString() });
	client.on('error', () => {});
	await client.connect();
	try {
		await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
	} finally {
		await client.end();
	}
	const fresh = new URL(url);
	fresh.pathname = `/${name}`;
	return fresh.toString();
}

/**
 * Starts a throwaway Redis on a free port of 127.0.0.1 only, in a new
 * temporary folder, with no persistence.
 */
export async function startRedis(): Promise<RunningService> {
	const started = performance.now();
	const binary = redisServerPath();
	const dir = await makeFolder('team-redis-');
	const port = await freePort();
	const args = [
		'--port', String(port),
		'--bind', '127.0.0.1',
		'--save', '',
		'--appendonly', 'no',
		'--dir', dir,
		'--daemonize', 'no',
		'--logfile', ''
	];
	const server = startServer(binary, args, { dir, logPath: join(dir, 'redis.log'), owner: null, stopSignal: 'SIGTERM', exitSignal: 'SIGKILL' });
	try {
		await waitUntil(() => answersPing(port), server, REDIS_READY_MS, `Redis on port ${port}`);
	} catch (error) {
		await server.stop();
		throw error;
	}
	return { url: `redis://127.0.0.1:${port}`, startupMs: performance.now() - started, stop: server.stop };
}

/** A user to run as. */
interface Owner {
	uid: number;
	gid: number;
}

/** The file in each server's folder naming the test process that owns it. */
const OWNER_FILE = 'owner.pid';

/**
 * A new temporary folder `<tmpdir>/<prefix>XXXXXX`, marked as ours. First
 * deletes those left by test processes that died without stopping their
 * servers.
 */
async function makeFolder(prefix: string): Promise<string> {
	for (const name of readdirSync(tmpdir())) {
		if (!name.startsWith(prefix)) continue;
		const folder = join(tmpdir(), name);
		let pid: number;
		try {
			pid = Number(readFileSync(join(folder, OWNER_FILE), 'utf8'));
		} catch {
			continue; // not ours, or just being made
		}
		if (pid > 0 && !isAlive(pid)) {
			try {
				rmSync(folder, { recursive: true, force: true });
			} catch {
				// Another user's: leave it.
			}
		}
	}
	const dir = await mkdtemp(join(tmpdir(), prefix));
	await writeFile(join(dir, OWNER_FILE), String(process.pid));
	return dir;
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

const SETPRIV = '/usr/bin/setpriv';

/**
 * How to spawn `program` so that it gets `deathSignal` from the kernel if
 * the test process dies, and runs as `owner`: through util-linux's setpriv,
 * which sets both up and then execs the program in its own place (so
 * signals sent to the child reach the server itself). `runuser` would stay
 * in between as a parent, and a SIGKILL to it would orphan the server.
 * Without setpriv (not Linux), Node switches the user itself.
 */
function launch(
	program: string,
	args: string[],
	owner: Owner | null,
	deathSignal: NodeJS.Signals
): { command: string; args: string[]; ids: { uid?: number; gid?: number } } {
	if (process.platform !== 'linux' || !existsSync(SETPRIV)) {
		return { command: program, args, ids: owner ? { uid: owner.uid, gid: owner.gid } : {} };
	}
	const user = owner ? [`--reuid=${owner.uid}`, `--regid=${owner.gid}`, '--init-groups'] : [];
	return { command: SETPRIV, args: [...user, `--pdeathsig=${deathSignal}`, '--', program, ...args], ids: {} };
}

/**
 * PostgreSQL refuses to run as root: as root, the `postgres` system user
 * Debian's package creates; otherwise null (run as ourselves).
 */
function postgresOwner(): Owner | null {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
	let entry: string;
	try {
		entry = execFileSync('getent', ['passwd', 'postgres'], { encoding: 'utf8' });
	} catch {
		throw new Error('PostgreSQL will not run as root, and there is no `postgres` user to run it as (Debian’s postgresql package creates one).');
	}
	const [, , uid, gid] = entry.trim().split(':');
	return { uid: Number(uid), gid: Number(gid) };
}

/** A port free on 127.0.0.1 just now, found by binding port 0. */
/** A free loopback port (released again, so start the server on it at once). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => (port ? resolve(port) : reject(new Error('Could not find a free port'))));
		});
	});
}

/** Runs a program to completion (bounded), throwing with its output if it fails. */
function runToEnd(
	program: string,
	args: string[],
	options: { cwd: string; owner: Owner | null; timeoutMs: number }
): Promise<void> {
	return new Promise((resolve, reject) => {
		const how = launch(program, args, options.owner, 'SIGKILL');
		const child = spawn(how.command, how.args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], ...how.ids });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const kill = () => child.kill('SIGKILL');
		running.add(kill);
		const timer = setTimeout(kill, options.timeoutMs);
		child.once('error', (error) => {
			clearTimeout(timer);
			running.delete(kill);
			reject(error);
		});
		child.once('close', (code, signal) => {
			clearTimeout(timer);
			running.delete(kill);
			if (code === 0) resolve();
			else reject(new Error(`${program} failed (${signal ?? `exit code ${code}`}):\n${output}`));
		});
	});
}

/** A long-running server process and how to stop it. */
interface ServerProcess {
	child: ChildProcess;
	/** Resolves when the process has exited. */
	exited: Promise<void>;
	/** The server's log so far. */
	log(): string;
	stop(): Promise<void>;
}

/**
 * Spawns a server writing its output to `logPath`, never detached, and
 * killed with `exitSignal` if the test process ends first.
 */
function startServer(
	program: string,
	args: string[],
	options: { dir: string; logPath: string; owner: Owner | null; stopSignal: NodeJS.Signals; exitSignal: NodeJS.Signals }
): ServerProcess {
	const logFd = openSync(options.logPath, 'a');
	let child: ChildProcess;
	try {
		const how = launch(program, args, options.owner, options.exitSignal);
		child = spawn(how.command, how.args, {
			cwd: options.dir,
			stdio: ['ignore', logFd, logFd],
			detached: false,
			...how.ids
		});
	} finally {
		closeSync(logFd);
	}
	let hasExited = false;
	const exited = new Promise<void>((resolve) => {
		child.once('exit', () => resolve());
		child.once('error', () => resolve());
	}).then(() => {
		hasExited = true;
	});
	const killOnExit = () => {
		if (hasExited) return;
		child.kill(options.exitSignal);
		try {
			rmSync(options.dir, { recursive: true, force: true });
		} catch {
			// The server may still be writing there as it dies; the folder is in the temp dir.
		}
	};
	running.add(killOnExit);

	let stopping: Promise<void> | undefined;
	const stop = () =>
		(stopping ??= (async () => {
			if (!hasExited) {
				child.kill(options.stopSignal);
				let timer: NodeJS.Timeout | undefined;
				const inTime = await Promise.race([
					exited.then(() => true),
					new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), STOP_MS)))
				]);
				clearTimeout(timer);
				if (!inTime) {
					child.kill('SIGKILL');
					await exited;
				}
			}
			running.delete(killOnExit);
			await rm(options.dir, { recursive: true, force: true });
		})());

	return {
		child,
		exited,
		log: () => (existsSync(options.logPath) ? readFileSync(options.logPath, 'utf8') : ''),
		stop
	};
}

/**
 * Polls `ready` until it says yes, giving up after `limitMs` or as soon as
 * the server exits, with an error that includes the server's log.
 */
async function waitUntil(ready: () => Promise<boolean>, server: ServerProcess, limitMs: number, what: string): Promise<void> {
	const deadline = performance.now() + limitMs;
	let exited = false;
	void server.exited.then(() => (exited = true));
	while (!exited) {
		if (await ready()) return;
		if (performance.now() > deadline) {
			throw new Error(`${what} did not accept connections within ${limitMs / 1000} s. Its log:\n${server.log()}`);
		}
		await delay(100);
	}
	const { exitCode, signalCode } = server.child;
	throw new Error(`${what} exited (${signalCode ?? `exit code ${exitCode}`}) before accepting connections. Its log:\n${server.log()}`);
}

/** Whether PostgreSQL at `url` answers `SELECT 1`. */
async function acceptsQueries(url: string): Promise<boolean> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
	client.on('error', () => {});
	try {
		await client.connect();
		await client.query('SELECT 1');
		return true;
	} catch {
		return false;
	} finally {
		await client.end().catch(() => {});
	}
}

/** Whether Redis on `port` answers PING with +PONG, over a raw socket. */
export function answersPing(port: number, timeoutMs = 1_000): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect({ host: '127.0.0.1', port });
		let reply = '';
		const done = (answer: boolean) => {
			socket.destroy();
			resolve(answer);
		};
		socket.setTimeout(timeoutMs, () => done(false));
		socket.once('error', () => done(false));
		socket.once('connect', () => socket.write('PING\r\n'));
		socket.on('data', (chunk: Buffer) => {
			reply += chunk.toString();
			if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
		});
		socket.once('end', () => done(false));
	});
}

function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
