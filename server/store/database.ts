import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * The team server's one database connection: PGlite (PostgreSQL in
 * WebAssembly) in a data folder by default, or a real PostgreSQL server when
 * `DATABASE_URL` is set. Both run the same SQL with `$1` parameters.
 */

/** Runs SQL; a transaction's handle has the same shape. */
export interface Queryable {
	query<T>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

/** The database the store uses. */
export interface Database extends Queryable {
	readonly kind: 'pglite' | 'postgresql';
	/** Runs `work` in one transaction: all of it is kept, or none. */
	transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
	/** Runs several statements separated by semicolons (migrations). */
	exec(text: string): Promise<void>;
	/** Calls `onMessage` for every NOTIFY on `channel`, from any process using the database. */
	listen(channel: string, onMessage: (payload: string) => void): Promise<void>;
	notify(channel: string, payload: string): Promise<void>;
	close(): Promise<void>;
}

/** Where the data lives: a PostgreSQL URL, or else a folder for PGlite. */
export interface DatabaseLocation {
	databaseUrl?: string;
	dataDir: string;
}

/** Opens the database at `location`. */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
	return location.databaseUrl ? openPostgres(location.databaseUrl) : openPglite(location.dataDir);
}

/** Thrown when another process holds the data folder. */
export class DataDirInUseError extends Error {
	constructor(
		readonly dataDir: string,
		readonly pid: number
	) {
		super(`The data folder ${dataDir} is in use by process ${pid}.`);
		this.name = 'DataDirInUseError';
	}
}

async function openPglite(dataDir: string): Promise<Database> {
	await mkdir(dataDir, { recursive: true });
	// PGlite is one process's database: a second opener would corrupt it.
	const releaseLock = await lockDataDir(dataDir);
	let db: PGlite;
	try {
		db = await PGlite.create(join(dataDir, 'pglite'));
	} catch (error) {
		await releaseLock();
		throw error;
	}
	const query = async <T>(q: { query: PGlite['query'] }, text: string, params?: readonly unknown[]) =>
		(await q.query<T>(text, params ? [...params] : undefined)).rows;
	return {
		kind: 'pglite',
		query: (text, params) => query(db, text, params),
		transaction: (work) => db.transaction((tx) => work({ query: (text, params) => query(tx, text, params) })),
		exec: async (text) => {
			await db.exec(text);
		},
		listen: async (channel, onMessage) => {
			await db.listen(channel, onMessage);
		},
		notify: async (channel, payload) => {
			await db.query('SELECT pg_notify($1, $2)', [channel, payload]);
		},
		close: async () => {
			await db.close();
			await releaseLock();
		}
	};
}

async function openPostgres(url: string): Promise<Database> {
	const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
	// An idle client that loses its connection must not crash the server; the next query reports it.
	pool.on('error', (error) => console.error(`PostgreSQL: ${error.message}`));
	await pool.query('SELECT 1');
	const listeners: { stop(): Promise<void> }[] = [];
	const query = async <T>(q: pg.Pool | pg.PoolClient, text: string, params?: readonly unknown[]) =>
		(await q.query(text, params ? [...params] : undefined)).rows as T[];
	return {
		kind: 'postgresql',
		query: (text, params) => query(pool, text, params),
		transaction: async (work) => {
			const client = await pool.connect();
			// A connection the database ends while this transaction holds it (not mid-query) reports it as an 'error'
			// event, which would end the process unheard: keep it, and let the next query fail instead.
			let lost: Error | undefined;
			const onLost = (error: Error) => {
				lost = error;
				console.error(`PostgreSQL (in a transaction): ${error.message}`);
			};
			client.on('error', onLost);
			try {
				await client.query('BEGIN');
				const result = await work({ query: (text, params) => query(client, text, params) });
				await client.query('COMMIT');
				return result;
			} catch (error) {
				await client.query('ROLLBACK').catch(() => undefined);
				throw error;
			} finally {
				client.off('error', onLost);
				// A lost connection is closed rather than handed out again.
				client.release(lost ?? false);
			}
		},
		exec: async (text) => {
			await pool.query(text);
		},
		listen: async (channel, onMessage) => {
			const listener = keepListening(url, channel, onMessage);
			listeners.push(listener);
			await listener.ready;
		},
		notify: async (channel, payload) => {
			await pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
		},
		close: async () => {
			for (const listener of listeners.splice(0)) await listener.stop();
			await pool.end();
		}
	};
}

/** A dedicated connection for LISTEN that comes back by itself when PostgreSQL does. */
function keepListening(url: string, channel: string, onMessage: (payload: string) => void): { ready: Promise<void>; stop(): Promise<void> } {
	let client: pg.Client | undefined;
	let stopped = false;
	const connect = async () => {
		const next = new pg.Client({ connectionString: url });
		next.on('notification', (message) => {
			if (message.channel === channel) onMessage(message.payload ?? '');
		});
		next.on('error', (error) => console.error(`PostgreSQL (listening for ${channel}): ${error.message}`));
		next.on('end', () => {
			if (!stopped) retry();
		});
		await next.connect();
		await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
		client = next;
	};
	const retry = () =>
		setTimeout(() => {
			if (!stopped) connect().catch(() => retry());
		}, 2000).unref();
	return {
		ready: connect(),
		stop: async () => {
			stopped = true;
			await client?.end().catch(() => undefined);
		}
	};
}

/** Takes the data folder for this process, or throws DataDirInUseError; returns the release. */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
	const lockFile = join(dataDir, 'server.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const handle = await open(lockFile, 'wx');
			await handle.writeFile(String(process.pid));
			await handle.close();
			return () => rm(lockFile, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
			if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) throw new DataDirInUseError(dataDir, pid);
			// Left by a process that was killed: take it over.
			await rm(lockFile, { force: true });
		}
	}
	throw new Error(`Cannot take the lock on ${dataDir}.`);
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
