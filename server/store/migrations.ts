import type { Database } from './database.ts';

/**
 * Every schema version the team server has shipped, oldest first. A version
 * is only ever added, never edited: a council's database may be at any of
 * them. tests/server/migrations.test.ts builds a database at each older
 * version and upgrades it.
 */
export const migrations: readonly { version: number; name: string; sql: string }[] = [
	{
		version: 1,
		name: 'accounts',
		sql: `
			CREATE TABLE users (
				id text PRIMARY KEY,
				email text NOT NULL UNIQUE,
				name text NOT NULL,
				password_hash text NOT NULL,
				admin boolean NOT NULL DEFAULT false,
				created_at timestamptz NOT NULL DEFAULT now(),
				password_changed_at timestamptz NOT NULL DEFAULT now()
			);
			CREATE TABLE sessions (
				id text PRIMARY KEY,
				user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				refresh_hash text NOT NULL,
				created_at timestamptz NOT NULL DEFAULT now(),
				expires_at timestamptz NOT NULL,
				revoked_at timestamptz
			);
			CREATE INDEX sessions_user ON sessions(user_id);
			CREATE TABLE sign_in_failures (
				email text PRIMARY KEY,
				failures integer NOT NULL,
				last_failure_at timestamptz NOT NULL,
				locked_until timestamptz
			);
			CREATE TABLE audit_log (
				id bigserial PRIMARY KEY,
				at timestamptz NOT NULL DEFAULT now(),
				event text NOT NULL,
				actor text,
				subject text,
				detail jsonb NOT NULL DEFAULT '{}'
			);
			CREATE TABLE server_secrets (
				name text PRIMARY KEY,
				value text NOT NULL
			);
		`
	},
	{
		version: 2,
		name: 'sharing and documents',
		sql: `
			CREATE TABLE statements (
				id text PRIMARY KEY,
				title text NOT NULL,
				created_by text REFERENCES users(id) ON DELETE SET NULL,
				created_at timestamptz NOT NULL DEFAULT now()
			);
			CREATE TABLE shares (
				statement_id text NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
				user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				role text NOT NULL CHECK (role IN ('coordinator', 'edit', 'comment', 'read')),
				exempt boolean NOT NULL DEFAULT false,
				shared_by text REFERENCES users(id) ON DELETE SET NULL,
				shared_at timestamptz NOT NULL DEFAULT now(),
				PRIMARY KEY (statement_id, user_id)
			);
			CREATE INDEX shares_user ON shares(user_id);
			CREATE TABLE documents (
				name text PRIMARY KEY,
				statement_id text NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
				state bytea NOT NULL,
				updated_at timestamptz NOT NULL DEFAULT now()
			);
		`
	},
	{
		version: 3,
		name: 'document update log',
		sql: `
			CREATE TABLE document_updates (
				id bigserial PRIMARY KEY,
				name text NOT NULL,
				statement_id text NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
				bytes bytea NOT NULL,
				at timestamptz NOT NULL DEFAULT now()
			);
			CREATE INDEX document_updates_name ON document_updates(name, id);
		`
	}
];

/** The newest schema version. */
export const LATEST_VERSION = migrations.at(-1)?.version ?? 0;

/**
 * Brings the database up to `target` (the newest by default) in one
 * transaction, so a failure leaves it as it was.
 * Several processes starting at once take turns through an advisory lock.
 */
export async function migrate(db: Database, target = LATEST_VERSION): Promise<{ from: number; to: number }> {
	return db.transaction(async (tx) => {
		await tx.query('SELECT pg_advisory_xact_lock(7207)');
		await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
		const [row] = await tx.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
		const from = row?.version ?? 0;
		if (from > LATEST_VERSION) {
			throw new Error(`The database is at schema version ${from}, newer than this server (${LATEST_VERSION}): update the server.`);
		}
		for (const migration of migrations) {
			if (migration.version <= from || migration.version > target) continue;
			for (const statement of splitStatements(migration.sql)) await tx.query(statement);
			await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
		}
		return { from, to: Math.max(from, Math.min(target, LATEST_VERSION)) };
	});
}

// Our migrations hold no semicolons inside strings or functions, so a plain split is enough.
function splitStatements(sql: string): string[] {
	return sql
		.split(';')
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}
