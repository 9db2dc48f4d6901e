/**
 * Test helpers for the team server: start one in this process on a free
 * port, add accounts, sign in over HTTP, and connect real Hocuspocus
 * providers that record every message the server sends them.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { DEFAULT_AUTH_RULES, type AuthRules } from '../../../server/auth.ts';
import { DEFAULT_LIMITS, type Limits, type ServerConfig } from '../../../server/config.ts';
import { startTeamServer, type TeamServer } from '../../../server/index.ts';
import { runTeamCommand } from '../../../server/team-commands.ts';
import { ACCESS_CHANNEL } from '../../../server/sync.ts';

/** A password every test account uses. */
export const PASSWORD = 'a long enough test password';

/** Starts a team server on a free port with a fresh embedded database (or `databaseUrl`). */
export async function startTestServer(
	options: { databaseUrl?: string; redisUrl?: string; dataDir?: string; limits?: Partial<Limits>; authRules?: Partial<AuthRules> } = {}
): Promise<TeamServer & { dataDir: string; cleanUp(): Promise<void> }> {
	const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'team-server-test-')));
	const config: ServerConfig = {
		port: 0,
		host: '127.0.0.1',
		dataDir,
		databaseUrl: options.databaseUrl,
		redisUrl: options.redisUrl,
		buildDir: join(dataDir, 'no-build'),
		allowedOrigins: [],
		limits: { ...DEFAULT_LIMITS, ...options.limits },
		storeDebounceMs: 50
	};
	const server = await startTeamServer(config, { authRules: { ...DEFAULT_AUTH_RULES, ...options.authRules } });
	return {
		...server,
		dataDir,
		cleanUp: async () => {
			await server.close();
			if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
		}
	};
}

/** Adds an account through the same code as `npm run team -- add-user`. */
export async function addUser(server: TeamServer, email: string, name: string, admin = false): Promise<void> {
	const argv = ['add-user', email, '--name', name, ...(admin ? ['--admin'] : [])];
	const result = await runTeamCommand(server.db, argv, {
		readPassword: async () => PASSWORD,
		announceAccessChange: (change) => server.db.notify(ACCESS_CHANNEL, JSON.stringify(change))
	});
	if (result.code !== 0) throw new Error(result.out);
}

/** A JSON request to the server's API; returns the status and parsed body. */
export async function api(
	server: { url: string },
	method: string,
	path: string,
	options: { token?: string; body?: unknown } = {}
): Promise<{ status: number; body: Record<string, unknown> }> {
	const response = await fetch(`${server.url}${path}`, {
		method,
		headers: {
			...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
			...(options.token ? { Authorization: `Bearer ${options.token}` } : {})
		},
		body: options.body !== undefined ? JSON.stringify(options.body) : undefined
	});
	const text = await response.text();
	return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Signs in and returns the access and refresh tokens. */
export async function signIn(server: { url: string }, email: string, password = PASSWORD): Promise<{ accessToken: string; refreshToken: string }> {
	const { status, body } = await api(server, 'POST', '/api/session', { body: { email, password } });
	if (status !== 200) throw new Error(`Sign-in of ${email} failed: ${status} ${JSON.stringify(body)}`);
	return { accessToken: String(body.accessToken), refreshToken: String(body.refreshToken) };
}

/** Registers a statement with the signed-in person as coordinator. */
export async function registerStatement(server: { url: string }, token: string, id: string, title = 'Position statement'): Promise<void> {
	const { status, body } = await api(server, 'PUT', `/api/statements/${id}`, { token, body: { title } });
	if (status !== 201 && status !== 200) throw new Error(`Registering ${id} failed: ${status} ${JSON.stringify(body)}`);
}

/** Shares a statement; throws unless the server agrees. */
export async function share(
	server: { url: string },
	token: string,
	statementId: string,
	email: string,
	role: 'edit' | 'comment' | 'read',
	exempt = false
): Promise<void> {
	const { status, body } = await api(server, 'POST', `/api/statements/${statementId}/shares`, { token, body: { email, role, exempt } });
	if (status !== 201 && status !== 200) throw new Error(`Sharing with ${email} failed: ${status} ${JSON.stringify(body)}`);
}

/** A connected client of one document, with everything the server sent it. */
export interface TestClient {
	doc: Y.Doc;
	provider: HocuspocusProvider;
	/** Every binary message the server sent on this client's socket. */
	received: Uint8Array[];
	/** Why the server refused or closed the document, in order. */
	refusals: string[];
	/** Resolves once authenticated and synced; rejects with the refusal. */
	ready: Promise<void>;
	/** Resolves with the next close reason. */
	nextClose(): Promise<string>;
	destroy(): void;
}

/** Connects to `documentName` on `server` with `token`, as the app would. */
export function connect(server: { url: string }, token: string, documentName: string, options: { origin?: string } = {}): TestClient {
	const received: Uint8Array[] = [];
	const refusals: string[] = [];
	const closeWaiters: ((reason: string) => void)[] = [];
	class RecordingSocket extends WebSocket {
		constructor(url: string) {
			super(url, options.origin ? { headers: { Origin: options.origin } } : {});
			this.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
		}
	}
	const doc = new Y.Doc();
	const socket = new HocuspocusProviderWebsocket({
		url: server.url.replace(/^http/, 'ws'),
		WebSocketPolyfill: RecordingSocket,
		// Keep trying, quickly, as the app does after a restart.
		maxAttempts: 0,
		delay: 100,
		minDelay: 100,
		factor: 1.5,
		maxDelay: 1000
	});
	let settle: { resolve(): void; reject(error: Error): void } = { resolve: () => undefined, reject: () => undefined };
	const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
	const provider = new HocuspocusProvider({
		websocketProvider: socket,
		name: documentName,
		document: doc,
		token,
		onSynced: () => settle.resolve(),
		onAuthenticationFailed: ({ reason }) => {
			refusals.push(reason);
			settle.reject(new Error(reason));
		},
		onClose: ({ event }) => {
			if (event.reason) refusals.push(event.reason);
			for (const waiter of closeWaiters.splice(0)) waiter(event.reason);
		}
	});
	// A provider given its own socket object does not attach by itself.
	provider.attach();
	return {
		doc,
		provider,
		received,
		refusals,
		ready,
		nextClose: () => new Promise((resolve) => closeWaiters.push(resolve)),
		destroy: () => {
			provider.destroy();
			socket.destroy();
		}
	};
}

/** Waits until `check` passes, polling; fails after `timeoutMs` with what it last saw. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
	const start = Date.now();
	for (;;) {
		try {
			await check();
			return;
		} catch (error) {
			if (Date.now() - start > timeoutMs) throw error;
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	}
}

/** True when `needle` occurs in any of the messages (as UTF-8 bytes). */
export function messagesContain(messages: readonly Uint8Array[], needle: string): boolean {
	const bytes = Buffer.from(needle, 'utf8');
	return messages.some((message) => Buffer.from(message).includes(bytes));
}
