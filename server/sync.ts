import { Database as DatabaseExtension } from '@hocuspocus/extension-database';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import {
	Hocuspocus,
	type Connection,
	type Extension,
	type afterLoadDocumentPayload,
	type beforeHandleMessagePayload,
	type onAuthenticatePayload,
	type onAwarenessUpdatePayload,
	type onChangePayload
} from '@hocuspocus/server';
import IORedis from 'ioredis';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { parseDocumentName, type DocumentAddress } from '../src/lib/domain/team/documents.ts';
import { documentPermission, type Access } from '../src/lib/domain/team/roles.ts';
import { checkUpdate } from '../src/lib/domain/team/update-check.ts';
import type { Auth } from './auth.ts';
import type { Limits } from './config.ts';
import { audit } from './store/audit.ts';
import type { Database } from './store/database.ts';
import { fetchDocument, logUpdate, storeDocument } from './store/documents.ts';
import { findAccess } from './store/sharing.ts';

/**
 * The sync endpoint: Hocuspocus with our hooks. Every connection is checked
 * against the statement's sharing (`onAuthenticate`; people who may only read
 * get a read-only connection), every update against the record rules before
 * it is applied (`beforeHandleMessage`), and documents are kept in the
 * database, merged on each store.
 */

/** What we keep on each connection, from its sign-in and sharing. */
export interface ConnectionContext {
	userId: string;
	sessionId: string;
	email: string;
	name: string;
	address: DocumentAddress;
	access: Access;
}

/** Options for the sync endpoint. */
export interface SyncOptions {
	db: Database;
	auth: Auth;
	limits: Limits;
	/** With a Redis URL, several server processes serve the same documents. */
	redisUrl?: string;
	/** Milliseconds to wait after a change before storing it. */
	storeDebounceMs?: number;
}

/** The database channel on which access changes are announced to every server process. */
export const ACCESS_CHANNEL = 'access_changed';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** A refusal Hocuspocus sends to the client. */
function refusal(code: number, reason: string): { code: number; reason: string } {
	return { code, reason };
}

/** The sync endpoint and a way to store every open document at once. */
export interface Sync {
	hocuspocus: Hocuspocus;
	/** Stores every document in memory now (before shutting down). */
	storeAll(): Promise<void>;
}

/** Creates the Hocuspocus instance (it listens through the HTTP server's upgrade). */
export function createSync(options: SyncOptions): Sync {
	const { db, auth, limits } = options;
	const unsaved = new Set<string>();
	const retries = new Map<string, NodeJS.Timeout>();

	const guard: Extension = {
		extensionName: 'access',
		priority: 1000,
		async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<ConnectionContext> {
			const address = parseDocumentName(documentName);
			if (!address) throw refusal(4404, 'not-found');
			const identity = await auth.verify(token);
			if (!identity) throw refusal(4401, 'unauthorized');
			const access = await findAccess(db, address.statementId, identity.user.id);
			const permission = documentPermission(access, address.kind);
			if (!access || permission === 'none') throw refusal(4403, 'forbidden');
			connectionConfig.readOnly = permission === 'read';
			return { userId: identity.user.id, sessionId: identity.sessionId, email: identity.user.email, name: identity.user.name, address, access };
		},
		async beforeHandleMessage({ connection, update, document, context }: beforeHandleMessagePayload): Promise<void> {
			if (update.byteLength > limits.maxUpdateBytes) throw refusal(4413, `update-refused: the update is over ${limits.maxUpdateBytes} bytes`);
			const yUpdate = readUpdate(update);
			if (yUpdate.kind === 'awareness' && update.byteLength > limits.maxAwarenessBytes) throw refusal(4413, 'update-refused: presence is too large');
			if (yUpdate.kind !== 'update' || connection.readOnly) return;
			const who = context as ConnectionContext;
			const problem = checkUpdate(document, yUpdate.bytes, {
				statementId: who.address.statementId,
				kind: who.address.kind,
				access: who.access,
				personName: who.name,
				maxDocumentBytes: limits.maxDocumentBytes
			});
			if (problem) {
				void audit(db, 'update-refused', { actor: who.email, subject: document.name, detail: { reason: problem } }).catch(() => undefined);
				throw refusal(4422, `update-refused: ${problem}`);
			}
			// Logged before it is applied and acknowledged, so a crash before the next store loses nothing.
			// (An empty update, as every connection's first sync step carries, has nothing to keep.)
			if (yUpdate.bytes.byteLength > 2) await logUpdate(db, document.name, who.address.statementId, yUpdate.bytes).catch((error: Error) => {
				// The database is down: the update is kept in memory and stored when it is back.
				console.error(`Cannot log an update to ${document.name}: ${error.message}`);
			});
		},
		async beforeUnloadDocument({ documentName }): Promise<void> {
			// A document whose last store failed stays in memory until a store succeeds.
			if (unsaved.has(documentName)) throw new Error(`${documentName} is not yet stored`);
		}
	};

	const store = async (name: string, state: Uint8Array): Promise<void> => {
		const address = parseDocumentName(name);
		if (!address) return;
		try {
			await storeDocument(db, name, address.statementId, state);
			unsaved.delete(name);
		} catch (error) {
			// The database is down or full: keep the document in memory and try again.
			console.error(`Cannot store ${name}: ${(error as Error).message}; trying again in 5 s.`);
			unsaved.add(name);
			if (retries.has(name)) return;
			retries.set(
				name,
				setTimeout(() => {
					retries.delete(name);
					const document = instance.documents.get(name);
					if (document) void store(name, Y.encodeStateAsUpdate(document)).then(() => void instance.unloadDocument(document));
				}, 5000).unref()
			);
		}
	};

	const extensions: Extension[] = [guard];
	if (options.redisUrl) extensions.push(redisFanout(options.redisUrl));
	extensions.push(
		new DatabaseExtension({
			fetch: ({ documentName }) => fetchDocument(db, documentName),
			store: ({ documentName, state }) => store(documentName, state)
		})
	);

	const instance = new Hocuspocus({
		name: null,
		quiet: true,
		debounce: options.storeDebounceMs ?? 1000,
		maxDebounce: 5000,
		extensions
	});
	const storeAll = async () => {
		await Promise.all([...instance.documents.values()].map((document) => store(document.name, Y.encodeStateAsUpdate(document))));
	};
	return { hocuspocus: instance, storeAll };
}

/**
 * Redis passes each update to the other server processes holding the
 * document. Its store lock is not used: our store merges under a row lock,
 * so a Redis outage never stops documents being stored.
 */
function redisFanout(url: string): Extension {
	class Fanout extends RedisExtension {
		override async onStoreDocument(): Promise<void> {}
		// While Redis is down a document still opens: its subscription waits in the queue for Redis to come back.
		override async afterLoadDocument(data: afterLoadDocumentPayload): Promise<void> {
			await Promise.race([super.afterLoadDocument(data).catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
		}
		// A change that cannot be published now reaches the other processes with the next one after Redis is back.
		override async onChange(data: onChangePayload): Promise<void> {
			await super.onChange(data).catch(() => undefined);
		}
		override async onAwarenessUpdate(data: onAwarenessUpdatePayload): Promise<number | undefined> {
			return super.onAwarenessUpdate(data).catch(() => undefined);
		}
	}
	let made = 0;
	return new Fanout({
		// The extension makes the publishing client first, then the subscribing one.
		createClient: () => {
			const subscriber = made++ === 1;
			const client = new IORedis(url, { enableOfflineQueue: subscriber, maxRetriesPerRequest: subscriber ? null : 1 });
			client.on('error', (error: Error) => console.error(`Redis: ${error.message}`));
			return client;
		}
	});
}

/** The Yjs update a message carries, if it carries one. */
function readUpdate(message: Uint8Array): { kind: 'update'; bytes: Uint8Array } | { kind: 'awareness' | 'other' } {
	try {
		const decoder = decoding.createDecoder(message);
		decoding.readVarString(decoder);
		const type = decoding.readVarUint(decoder);
		if (type === MESSAGE_AWARENESS) return { kind: 'awareness' };
		if (type !== MESSAGE_SYNC) return { kind: 'other' };
		const step = decoding.readVarUint(decoder);
		if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return { kind: 'other' };
		return { kind: 'update', bytes: decoding.readVarUint8Array(decoder) };
	} catch {
		throw refusal(4400, 'update-refused: the message cannot be read');
	}
}

/** What changed in who may see what: one statement, one person, or both. */
export interface AccessChange {
	statementId?: string;
	userId?: string;
	/** The statement is gone. */
	deleted?: boolean;
	/** The person signed out (of `sessionId` only, when given) or their password was reset: their connections end. */
	signedOut?: boolean;
	sessionId?: string;
}

/**
 * Closes the connections that `change` touches whose access no longer holds
 * as it was when they connected (removed, or a different role or exempt
 * flag); the person's app connects again with what they may now do.
 */
export async function recheckConnections(instance: Hocuspocus, db: Database, change: AccessChange): Promise<number> {
	let closed = 0;
	for (const document of instance.documents.values()) {
		const address = parseDocumentName(document.name);
		if (!address || (change.statementId && address.statementId !== change.statementId)) continue;
		for (const connection of document.getConnections() as Connection[]) {
			const context = connection.context as ConnectionContext;
			if (change.userId && context.userId !== change.userId) continue;
			if (change.signedOut) {
				if (change.sessionId && context.sessionId !== change.sessionId) continue;
				connection.close({ code: 4401, reason: 'signed-out' });
				closed++;
				continue;
			}
			const access = change.deleted ? undefined : await findAccess(db, address.statementId, context.userId);
			const permission = documentPermission(access, address.kind);
			const had = documentPermission(context.access, address.kind);
			if (permission === had && access?.role === context.access.role && access.exempt === context.access.exempt) continue;
			connection.close({ code: 4403, reason: change.deleted ? 'statement-deleted' : 'access-changed' });
			closed++;
		}
	}
	return closed;
}
