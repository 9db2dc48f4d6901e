import { randomUUID } from 'node:crypto';
import type { Queryable } from './database.ts';

/** A person with an account on the team server. */
export interface User {
	id: string;
	email: string;
	name: string;
	admin: boolean;
}

/** A user with their password hash, for signing in. */
export interface UserWithPassword extends User {
	passwordHash: string;
}

/** Emails are compared without case or surrounding spaces. */
export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

const COLUMNS = 'id, email, name, admin, password_hash AS "passwordHash"';

/** Adds an account; throws when the email is taken. */
export async function insertUser(db: Queryable, user: Omit<UserWithPassword, 'id'>): Promise<User> {
	const id = randomUUID();
	await db.query('INSERT INTO users (id, email, name, admin, password_hash) VALUES ($1, $2, $3, $4, $5)', [
		id,
		normaliseEmail(user.email),
		user.name,
		user.admin,
		user.passwordHash
	]);
	return { id, email: normaliseEmail(user.email), name: user.name, admin: user.admin };
}

/** The account with this email, if any. */
export async function findUserByEmail(db: Queryable, email: string): Promise<UserWithPassword | undefined> {
	const [row] = await db.query<UserWithPassword>(`SELECT ${COLUMNS} FROM users WHERE email = $1`, [normaliseEmail(email)]);
	return row;
}

/** The account with this id, if any. */
export async function findUserById(db: Queryable, id: string): Promise<User | undefined> {
	const [row] = await db.query<User>('SELECT id, email, name, admin FROM users WHERE id = $1', [id]);
	return row;
}

/** Every account, by email. */
export async function listUsers(db: Queryable): Promise<(User & { createdAt: Date })[]> {
	return db.query('SELECT id, email, name, admin, created_at AS "createdAt" FROM users ORDER BY email');
}

/** Removes an account with its sessions and shares; true when there was one. */
export async function deleteUser(db: Queryable, email: string): Promise<User | undefined> {
	const [row] = await db.query<User>('DELETE FROM users WHERE email = $1 RETURNING id, email, name, admin', [normaliseEmail(email)]);
	return row;
}

/** Sets a new password and ends every session of the account. */
export async function setPassword(db: Queryable, email: string, passwordHash: string): Promise<User | undefined> {
	const [row] = await db.query<User>(
		'UPDATE users SET password_hash = $2, password_changed_at = now() WHERE email = $1 RETURNING id, email, name, admin',
		[normaliseEmail(email), passwordHash]
	);
	if (row) await db.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [row.id]);
	return row;
}
