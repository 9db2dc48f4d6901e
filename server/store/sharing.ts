import type { Access, ShareRole } from '../../src/lib/domain/team/roles.ts';
import type { Queryable } from './database.ts';

/** A statement registered on the team server. */
export interface StatementRow {
	id: string;
	title: string;
}

/** One person a statement is shared with. */
export interface ShareRow {
	userId: string;
	email: string;
	name: string;
	role: ShareRole;
	exempt: boolean;
	sharedAt: Date;
}

/** A statement shared with someone, as their list shows it. */
export interface SharedStatement {
	id: string;
	title: string;
	role: ShareRole;
	exempt: boolean;
	coordinatorName: string | null;
	coordinatorEmail: string | null;
	sharedByName: string | null;
	sharedAt: Date;
}

/** The statement, if registered. */
export async function findStatement(db: Queryable, id: string): Promise<StatementRow | undefined> {
	const [row] = await db.query<StatementRow>('SELECT id, title FROM statements WHERE id = $1', [id]);
	return row;
}

/**
 * Registers a statement with `userId` as its coordinator; false when it is
 * already registered (then nothing changes).
 */
export async function registerStatement(db: Queryable, id: string, title: string, userId: string): Promise<boolean> {
	const rows = await db.query('INSERT INTO statements (id, title, created_by) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING RETURNING id', [
		id,
		title,
		userId
	]);
	if (rows.length === 0) return false;
	await db.query("INSERT INTO shares (statement_id, user_id, role, exempt, shared_by) VALUES ($1, $2, 'coordinator', true, $2)", [id, userId]);
	return true;
}

/** Keeps the statement's title as its coordinator last saved it. */
export async function renameStatement(db: Queryable, id: string, title: string): Promise<void> {
	await db.query('UPDATE statements SET title = $2 WHERE id = $1', [id, title]);
}

/** Removes a statement with its shares and documents. */
export async function deleteStatement(db: Queryable, id: string): Promise<void> {
	await db.query('DELETE FROM statements WHERE id = $1', [id]);
}

/** What `userId` may do with the statement, or undefined when it is not shared with them. */
export async function findAccess(db: Queryable, statementId: string, userId: string): Promise<Access | undefined> {
	const [row] = await db.query<Access>('SELECT role, exempt FROM shares WHERE statement_id = $1 AND user_id = $2', [statementId, userId]);
	return row;
}

/** Everyone the statement is shared with, the coordinator first. */
export async function listShares(db: Queryable, statementId: string): Promise<ShareRow[]> {
	return db.query<ShareRow>(
		`SELECT s.user_id AS "userId", u.email, u.name, s.role, s.exempt, s.shared_at AS "sharedAt"
		 FROM shares s JOIN users u ON u.id = s.user_id WHERE s.statement_id = $1
		 ORDER BY (s.role = 'coordinator') DESC, u.name, u.email`,
		[statementId]
	);
}

/** Shares the statement with `userId`, or changes their role; returns the access they had before. */
export async function putShare(
	db: Queryable,
	statementId: string,
	userId: string,
	access: Access,
	sharedBy: string
): Promise<Access | undefined> {
	const before = await findAccess(db, statementId, userId);
	await db.query(
		`INSERT INTO shares (statement_id, user_id, role, exempt, shared_by) VALUES ($1, $2, $3, $4, $5)
		 ON CONFLICT (statement_id, user_id) DO UPDATE SET role = $3, exempt = $4`,
		[statementId, userId, access.role, access.exempt, sharedBy]
	);
	return before;
}

/** Stops sharing the statement with `userId`; true when it was shared with them. */
export async function removeShare(db: Queryable, statementId: string, userId: string): Promise<boolean> {
	const rows = await db.query('DELETE FROM shares WHERE statement_id = $1 AND user_id = $2 RETURNING user_id', [statementId, userId]);
	return rows.length === 1;
}

/** Statements shared with `userId`, most recently shared first. */
export async function listSharedWith(db: Queryable, userId: string): Promise<SharedStatement[]> {
	return db.query<SharedStatement>(
		`SELECT st.id, st.title, s.role, s.exempt, s.shared_at AS "sharedAt",
		        c.name AS "coordinatorName", c.email AS "coordinatorEmail", b.name AS "sharedByName"
		 FROM shares s
		 JOIN statements st ON st.id = s.statement_id
		 LEFT JOIN shares cs ON cs.statement_id = st.id AND cs.role = 'coordinator'
		 LEFT JOIN users c ON c.id = cs.user_id
		 LEFT JOIN users b ON b.id = s.shared_by
		 WHERE s.user_id = $1
		 ORDER BY s.shared_at DESC`,
		[userId]
	);
}

/** Statements `userId` coordinates, named when their account is removed. */
export async function coordinatedBy(db: Queryable, userId: string): Promise<StatementRow[]> {
	return db.query<StatementRow>(
		`SELECT st.id, st.title FROM shares s JOIN statements st ON st.id = s.statement_id WHERE s.user_id = $1 AND s.role = 'coordinator' ORDER BY st.title`,
		[userId]
	);
}
