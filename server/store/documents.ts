import * as Y from 'yjs';
import type { Queryable } from './database.ts';

/**
 * Documents are kept as a stored state plus a log of the updates accepted
 * since. Each update is logged before it is applied and acknowledged, so a
 * server killed between two stores loses nothing it told a device it had;
 * each store folds the log into the state.
 */

/** Logs an accepted update, before it is applied. */
export async function logUpdate(db: Queryable, name: string, statementId: string, update: Uint8Array): Promise<void> {
	await db.query(
		'INSERT INTO document_updates (name, statement_id, bytes) SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM statements WHERE id = $2)',
		[name, statementId, update]
	);
}

/** The document's stored state with every logged update since, or null when it has neither. */
export async function fetchDocument(db: Queryable, name: string): Promise<Uint8Array | null> {
	const [row] = await db.query<{ state: Uint8Array }>('SELECT state FROM documents WHERE name = $1', [name]);
	const log = await db.query<{ bytes: Uint8Array }>('SELECT bytes FROM document_updates WHERE name = $1 ORDER BY id', [name]);
	if (!row && log.length === 0) return null;
	return merge([...(row ? [row.state] : []), ...log.map((entry) => entry.bytes)]);
}

/**
 * Stores a document's state, merged with what is already stored and with the
 * logged updates, which are then dropped from the log; so two server
 * processes storing the same document never drop each other's changes. The
 * row is locked for the merge. A statement deleted meanwhile is not brought back.
 */
export async function storeDocument(
	db: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> },
	name: string,
	statementId: string,
	state: Uint8Array
): Promise<void> {
	await db.transaction(async (tx) => {
		const [row] = await tx.query<{ state: Uint8Array }>('SELECT state FROM documents WHERE name = $1 FOR UPDATE', [name]);
		const log = await tx.query<{ id: string; bytes: Uint8Array }>('SELECT id::text AS id, bytes FROM document_updates WHERE name = $1 ORDER BY id', [name]);
		const merged = merge([...(row ? [row.state] : []), ...log.map((entry) => entry.bytes), state]);
		await tx.query(
			`INSERT INTO documents (name, statement_id, state, updated_at)
			 SELECT $1, $2, $3, now() WHERE EXISTS (SELECT 1 FROM statements WHERE id = $2)
			 ON CONFLICT (name) DO UPDATE SET state = $3, updated_at = now()`,
			[name, statementId, merged]
		);
		if (log.length > 0) await tx.query('DELETE FROM document_updates WHERE id = ANY($1::bigint[])', [log.map((entry) => entry.id)]);
	});
}

// Through a Y.Doc rather than Y.mergeUpdates, so deleted content is garbage-collected.
function merge(states: readonly Uint8Array[]): Uint8Array {
	const doc = new Y.Doc();
	for (const state of states) Y.applyUpdate(doc, new Uint8Array(state));
	const merged = Y.encodeStateAsUpdate(doc);
	doc.destroy();
	return merged;
}
