import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../server/passwords.ts';
import { openDatabase, type Database } from '../../server/store/database.ts';
import { LATEST_VERSION, migrate, migrations } from '../../server/store/migrations.ts';
import { findAccess, listSharedWith, putShare, registerStatement } from '../../server/store/sharing.ts';
import { findUserByEmail } from '../../server/store/users.ts';
import { createDatabase, startPostgres, type RunningService } from './support/services.ts';
import { PASSWORD, startTestServer } from './support/team.ts';

/**
 * A council's database may be at any schema version the server has
 * shipped. For both the embedded database (PGlite) and a real PostgreSQL:
 * a database built at version 1 with an account in it is upgraded to the
 * newest version and keeps the account; upgrading again changes nothing;
 * a database newer than the server is refused.
 */

let postgres: RunningService | undefined;
const folders: string[] = [];
let databases = 0;

beforeAll(async () => {
	postgres = await startPostgres();
});

afterAll(async () => {
	await postgres?.stop();
	for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** Where a fresh, empty database is. */
type Location = { dataDir: string; databaseUrl?: string };

const kinds: [string, () => Promise<Location>][] = [
	[
		'the embedded database',
		async () => {
			const dataDir = await mkdtemp(join(tmpdir(), 'team-migrations-'));
			folders.push(dataDir);
			return { dataDir };
		}
	],
	[
		'PostgreSQL',
		async () => {
			if (!postgres) throw new Error('PostgreSQL did not start');
			return { dataDir: '', databaseUrl: await createDatabase(postgres.url, `migrations_${++databases}`) };
		}
	]
];

async function tables(db: Database): Promise<string[]> {
	const rows = await db.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
	return rows.map((row) => row.name);
}

async function versions(db: Database): Promise<{ version: number; name: string }[]> {
	return db.query('SELECT version, name FROM schema_migrations ORDER BY version');
}

describe.each(kinds)('%s', (_kind, fresh) => {
	const open = async () => openDatabase(await fresh());

	it('has every version in order, the newest last', () => {
		expect(migrations.map((m) => m.version)).toEqual(migrations.map((_m, i) => i + 1));
		expect(LATEST_VERSION).toBe(migrations.length);
		expect(LATEST_VERSION).toBeGreaterThanOrEqual(2);
	});

	it('upgrades a version-1 database with an account in it, keeping the account', async () => {
		const db = await open();
		try {
			expect(await migrate(db, 1)).toEqual({ from: 0, to: 1 });
			expect(await tables(db)).toEqual(['audit_log', 'schema_migrations', 'server_secrets', 'sessions', 'sign_in_failures', 'users']);

			// An account as version 1 stored it.
			const id = randomUUID();
			const hash = await hashPassword(PASSWORD);
			await db.query('INSERT INTO users (id, email, name, password_hash, admin) VALUES ($1, $2, $3, $4, $5)', [id, 'alice@anytown.gov.uk', 'Alice Ward', hash, true]);
			await db.query('INSERT INTO sessions (id, user_id, refresh_hash, expires_at) VALUES ($1, $2, $3, $4)', ['s-1', id, 'hash', new Date(Date.now() + 86_400_000)]);

			expect(await migrate(db)).toEqual({ from: 1, to: LATEST_VERSION });
			expect((await versions(db)).map((v) => v.version)).toEqual(migrations.map((m) => m.version));

			const alice = await findUserByEmail(db, 'alice@anytown.gov.uk');
			expect(alice).toMatchObject({ id, email: 'alice@anytown.gov.uk', name: 'Alice Ward', admin: true });
			expect(await verifyPassword(PASSWORD, alice?.passwordHash ?? '')).toBe(true);
			expect(await db.query('SELECT id FROM sessions WHERE user_id = $1', [id])).toEqual([{ id: 's-1' }]);

			// The tables of version 2 work with the old account.
			const priyaId = randomUUID();
			await db.query('INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [priyaId, 'priya@anytown.gov.uk', 'Priya Shah', hash]);
			expect(await registerStatement(db, 'statement-1', 'Children in care 2026', id)).toBe(true);
			expect(await registerStatement(db, 'statement-1', 'Taken over', priyaId)).toBe(false);
			await putShare(db, 'statement-1', priyaId, { role: 'edit', exempt: false }, id);
			expect(await findAccess(db, 'statement-1', id)).toEqual({ role: 'coordinator', exempt: true });
			expect(await findAccess(db, 'statement-1', priyaId)).toEqual({ role: 'edit', exempt: false });
			expect(await listSharedWith(db, priyaId)).toEqual([
				expect.objectContaining({ id: 'statement-1', title: 'Children in care 2026', role: 'edit', coordinatorName: 'Alice Ward', sharedByName: 'Alice Ward' })
			]);
			await db.query('INSERT INTO documents (name, statement_id, state) VALUES ($1, $2, $3)', ['statement/statement-1', 'statement-1', new Uint8Array([0, 0])]);
			// A removed statement takes its shares and documents with it.
			await db.query('DELETE FROM statements WHERE id = $1', ['statement-1']);
			expect(await db.query('SELECT 1 FROM shares UNION ALL SELECT 1 FROM documents')).toEqual([]);
		} finally {
			await db.close();
		}
	});

	it('migrating again changes nothing', async () => {
		const db = await open();
		try {
			expect(await migrate(db)).toEqual({ from: 0, to: LATEST_VERSION });
			await db.query('INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [randomUUID(), 'jo@anytown.gov.uk', 'Cllr Jo Bloggs', 'x']);
			const before = { versions: await versions(db), tables: await tables(db), applied: await db.query('SELECT version, applied_at FROM schema_migrations ORDER BY version') };

			expect(await migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
			expect(await migrate(db, 1)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });

			expect({ versions: await versions(db), tables: await tables(db), applied: await db.query('SELECT version, applied_at FROM schema_migrations ORDER BY version') }).toEqual(before);
			expect(await db.query('SELECT email FROM users')).toEqual([{ email: 'jo@anytown.gov.uk' }]);
		} finally {
			await db.close();
		}
	});

	it('refuses a database newer than the server, naming both versions, and leaves it alone', async () => {
		const location = await fresh();
		const db = await openDatabase(location);
		const newer = LATEST_VERSION + 5;
		let before: string[];
		try {
			await migrate(db);
			await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [newer, 'from a newer server']);
			before = await tables(db);

			await expect(migrate(db)).rejects.toThrow(`The database is at schema version ${newer}, newer than this server (${LATEST_VERSION}): update the server.`);
			expect(await tables(db)).toEqual(before);
			expect((await versions(db)).at(-1)).toEqual({ version: newer, name: 'from a newer server' });
		} finally {
			await db.close();
		}

		// The server will not start on it, and lets go of it.
		await expect(startTestServer(location)).rejects.toThrow(`schema version ${newer}, newer than this server (${LATEST_VERSION})`);
		const again = await openDatabase(location);
		try {
			expect(await tables(again)).toEqual(before);
		} finally {
			await again.close();
		}
	});
});

describe('several servers starting at once on a new PostgreSQL database', () => {
	it('all migrate it, one after another, to the newest version once', async () => {
		if (!postgres) throw new Error('PostgreSQL did not start');
		// Each round is a new, empty database opened by four processes' worth of pools at the same moment.
		for (let round = 0; round < 5; round++) {
			const databaseUrl = await createDatabase(postgres.url, `starting_together_${round}`);
			const servers = await Promise.all([1, 2, 3, 4].map(() => openDatabase({ dataDir: '', databaseUrl })));
			try {
				const results = await Promise.allSettled(servers.map((db) => migrate(db)));
				const failures = results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message)] : []));
				expect(failures).toEqual([]);
				const upgrades = results.map((r) => (r.status === 'fulfilled' ? r.value : undefined));
				expect(upgrades.filter((u) => u?.from === 0)).toHaveLength(1);
				expect(upgrades.every((u) => u?.to === LATEST_VERSION)).toBe(true);
				expect((await versions(servers[0] as Database)).map((v) => v.version)).toEqual(migrations.map((m) => m.version));
			} finally {
				for (const db of servers) await db.close();
			}
		}
	});
});
