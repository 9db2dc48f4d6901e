import type { Transaction } from 'dexie';
import { getDatabase } from './db.ts';

/**
 * Tells listeners which statements changed, once each transaction that
 * changed them has been committed: the one place the database is observed
 * for sync (Dexie's table hooks, buffered per transaction).
 */

type Listener = (statementIds: ReadonlySet<string>) => void;
const listeners = new Set<Listener>();
const pending = new WeakMap<Transaction, Set<string>>();
let hooked = false;

function note(transaction: Transaction, statementId: unknown): void {
	if (typeof statementId !== 'string') return;
	let ids = pending.get(transaction);
	if (!ids) {
		const fresh = new Set<string>();
		ids = fresh;
		pending.set(transaction, fresh);
		transaction.on('complete', () => {
			for (const listener of listeners) listener(fresh);
		});
	}
	ids.add(statementId);
}

function hook(): void {
	if (hooked) return;
	hooked = true;
	const db = getDatabase();
	db.assessments.hook('creating', (_key, record, tx) => note(tx, record.id));
	db.assessments.hook('updating', (_changes, _key, record, tx) => note(tx, record.id));
	// A choice made between two versions of an answer lets this device's version be sent.
	db.settings.hook('deleting', (key, _record, tx) => {
		if (typeof key === 'string' && key.startsWith('sync-conflict:')) note(tx, key.split(':')[1]);
	});
	for (const table of [db.responses, db.revisions, db.notes, db.recommendations] as const) {
		table.hook('creating', (_key, record, tx) => note(tx, record.assessmentId));
		table.hook('updating', (_changes, _key, record, tx) => note(tx, record.assessmentId));
		table.hook('deleting', (_key, record, tx) => note(tx, record?.assessmentId));
	}
}

/** Calls `listener` with the ids of the statements each committed change touched; returns the way to stop. */
export function onStatementsChanged(listener: Listener): () => void {
	hook();
	listeners.add(listener);
	return () => listeners.delete(listener);
}
