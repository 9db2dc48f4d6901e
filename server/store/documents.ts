import * as Y from 'yjs';
import type { Queryable } from './database.ts';

/** The stored Yjs state of a document, or null when it has none yet. */
export async function fetchDocument(db: Queryable, name: string): Promise<Uint8Array | null> {
	const [row] = await db.query<{ state: Uint8Array }>('SELECT state FROM documents WHERE name = $1', [name]);
	return row ? new Uint8Array(row.state) : null;
}

/**
 * Stores a document's state, merged with what is already stored, so two
 * server processes storing the same document never drop each other's
 * changes. The row is locked for the merge. A statement deleted meanwhile is
 * not brought back.
 */
export async function storeDocument(db: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> }, name: string, statementId: string, state: Uint8Array): Promise<void> {
	await db.transaction(async (tx) => {
		const [row] = await tx.query<{ state: Uint8Array }>('SELECT state FROM documents WHERE name = $1 FOR UPDATE', [name]);
		const merged = row ? mergeStates(new Uint8Array(row.state), state) : state;
		await tx.query(
			`INSERT INTO documents (name, statement_id, state, updated_at)
			 SELECT $1, $2, $3, now() WHERE EXISTS (SELECT 1 FROM statements WHERE id = $2)
			 ON CONFLICT (name) DO UPDATE SET state = $3, updated_at = now()`,
			[name, statementId, merged]
		);
	});
}

// Through a Y.Doc rather than Y.mergeUpdates, so deleted content is garbage-collected.
function mergeStates(stored: Uint8Array, current: Uint8Array): Uint8Array {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, stored);
	Y.applyUpdate(doc, current);
	const merged = Y.encodeStateAsUpdate(doc);
	doc.destroy();
	return merged;
}
