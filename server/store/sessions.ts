import { randomBytes } from 'node:crypto';
import type { Queryable } from './database.ts';

/** A signed-in device: its refresh token's hash, and whether it has been signed out. */
export interface SessionRow {
	id: string;
	userId: string;
	refreshHash: string;
	expiresAt: Date;
	revokedAt: Date | null;
}

const COLUMNS = 'id, user_id AS "userId", refresh_hash AS "refreshHash", expires_at AS "expiresAt", revoked_at AS "revokedAt"';

/** Records a new session. */
export async function insertSession(db: Queryable, session: Omit<SessionRow, 'revokedAt'>): Promise<void> {
	await db.query('INSERT INTO sessions (id, user_id, refresh_hash, expires_at) VALUES ($1, $2, $3, $4)', [
		session.id,
		session.userId,
		session.refreshHash,
		session.expiresAt
	]);
}

/** The session, if it exists. */
export async function findSession(db: Queryable, id: string): Promise<SessionRow | undefined> {
	const [row] = await db.query<SessionRow>(`SELECT ${COLUMNS} FROM sessions WHERE id = $1`, [id]);
	return row;
}

/**
 * Swaps the session's refresh token for a new one, only if `oldHash` is the
 * current one (so a token is used once); returns false when it was not.
 */
export async function rotateRefresh(db: Queryable, id: string, oldHash: string, newHash: string, expiresAt: Date): Promise<boolean> {
	const rows = await db.query(
		'UPDATE sessions SET refresh_hash = $3, expires_at = $4 WHERE id = $1 AND refresh_hash = $2 AND revoked_at IS NULL AND expires_at > now() RETURNING id',
		[id, oldHash, newHash, expiresAt]
	);
	return rows.length === 1;
}

/** Ends a session (signing out, or a refresh token used twice). */
export async function revokeSession(db: Queryable, id: string): Promise<void> {
	await db.query('UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
}

/** Failed sign-ins in a row for one email, known or not. */
export interface FailureRow {
	failures: number;
	lastFailureAt: Date;
	lockedUntil: Date | null;
}

/** The email's run of failed sign-ins, if any. */
export async function findFailures(db: Queryable, email: string): Promise<FailureRow | undefined> {
	const [row] = await db.query<FailureRow>(
		'SELECT failures, last_failure_at AS "lastFailureAt", locked_until AS "lockedUntil" FROM sign_in_failures WHERE email = $1',
		[email]
	);
	return row;
}

/**
 * Counts one more failed sign-in for the email, atomically (parallel guesses
 * all count): a run restarts after `windowSeconds` without failures, and
 * reaching `lockAfter` failures locks the email for `lockSeconds`.
 */
export async function recordFailure(
	db: Queryable,
	email: string,
	rule: { windowSeconds: number; lockAfter: number; lockSeconds: number }
): Promise<FailureRow> {
	const [row] = await db.query<FailureRow>(
		`INSERT INTO sign_in_failures AS f (email, failures, last_failure_at, locked_until) VALUES ($1, 1, now(), NULL)
		 ON CONFLICT (email) DO UPDATE SET
		   failures = CASE WHEN f.last_failure_at < now() - make_interval(secs => $2) THEN 1 ELSE f.failures + 1 END,
		   last_failure_at = now(),
		   locked_until = CASE
		     WHEN f.last_failure_at >= now() - make_interval(secs => $2) AND f.failures + 1 >= $3 THEN now() + make_interval(secs => $4)
		     ELSE f.locked_until END
		 RETURNING failures, last_failure_at AS "lastFailureAt", locked_until AS "lockedUntil"`,
		[email, rule.windowSeconds, rule.lockAfter, rule.lockSeconds]
	);
	if (!row) throw new Error('The failed sign-in was not recorded.');
	return row;
}

/** Forgets the email's failed sign-ins (after one succeeds). */
export async function clearFailures(db: Queryable, email: string): Promise<void> {
	await db.query('DELETE FROM sign_in_failures WHERE email = $1', [email]);
}

/**
 * The key that signs tokens, made on first use and kept in the database, so
 * every server process behind a load balancer signs and checks alike.
 */
export async function signingSecret(db: Queryable): Promise<Uint8Array> {
	await db.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
		'token-signing-key',
		randomBytes(32).toString('base64')
	]);
	const [row] = await db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', ['token-signing-key']);
	if (!row) throw new Error('The token signing key is missing.');
	return new Uint8Array(Buffer.from(row.value, 'base64'));
}
