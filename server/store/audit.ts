import type { Queryable } from './database.ts';

/** What the audit log records. */
export type AuditEvent =
	| 'sign-in'
	| 'sign-in-failed'
	| 'sign-in-locked'
	| 'sign-out'
	| 'user-added'
	| 'user-removed'
	| 'password-reset'
	| 'statement-registered'
	| 'statement-deleted'
	| 'share-added'
	| 'share-changed'
	| 'share-removed'
	| 'share-left'
	| 'update-refused';

/** One line of the audit log. */
export interface AuditEntry {
	id: string;
	at: Date;
	event: AuditEvent;
	actor: string | null;
	subject: string | null;
	detail: Record<string, unknown>;
}

/** Appends to the audit log. `actor` and `subject` are emails or ids, as the event needs. */
export async function audit(
	db: Queryable,
	event: AuditEvent,
	entry: { actor?: string | null; subject?: string | null; detail?: Record<string, unknown> } = {}
): Promise<void> {
	await db.query('INSERT INTO audit_log (event, actor, subject, detail) VALUES ($1, $2, $3, $4)', [
		event,
		entry.actor ?? null,
		entry.subject ?? null,
		JSON.stringify(entry.detail ?? {})
	]);
}

/** The newest `limit` entries, newest first. */
export async function listAudit(db: Queryable, limit = 100): Promise<AuditEntry[]> {
	return db.query<AuditEntry>('SELECT id::text AS id, at, event, actor, subject, detail FROM audit_log ORDER BY audit_log.id DESC LIMIT $1', [limit]);
}
