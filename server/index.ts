import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Hocuspocus } from '@hocuspocus/server';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { TEAM_SERVER_SERVICE } from '../src/lib/sync/team-api.ts';
import { handleApi } from './api.ts';
import { Auth, DEFAULT_AUTH_RULES, type AuthRules } from './auth.ts';
import type { ServerConfig } from './config.ts';
import { openDatabase, type Database } from './store/database.ts';
import { migrate } from './store/migrations.ts';
import { ACCESS_CHANNEL, createSync, recheckConnections, type AccessChange } from './sync.ts';

/**
 * The team server: one port serving the built app (same origin, so its
 * service worker and offline start keep working), the JSON API under /api/,
 * Hocuspocus over WebSocket, and /healthz.
 */

/** A running team server. */
export interface TeamServer {
	/** For example http://127.0.0.1:8787. */
	url: string;
	port: number;
	db: Database;
	hocuspocus: Hocuspocus;
	/** Stores every open document, closes connections and the database. */
	close(): Promise<void>;
}

/** Starts a team server with `config`; resolves once it can serve. */
export async function startTeamServer(config: ServerConfig, options: { authRules?: AuthRules } = {}): Promise<TeamServer> {
	const db = await openDatabase(config);
	try {
		await migrate(db);
	} catch (error) {
		await db.close();
		throw error;
	}
	const auth = await Auth.create(db, options.authRules ?? DEFAULT_AUTH_RULES);
	const { hocuspocus, storeAll } = createSync({ db, auth, limits: config.limits, redisUrl: config.redisUrl, storeDebounceMs: config.storeDebounceMs });
	await db.listen(ACCESS_CHANNEL, (payload) => {
		let change: AccessChange;
		try {
			change = JSON.parse(payload) as AccessChange;
		} catch {
			return;
		}
		recheckConnections(hocuspocus, db, change).catch((error: Error) => console.error(`Cannot recheck connections: ${error.message}`));
	});
	const announceAccessChange = (change: AccessChange) => db.notify(ACCESS_CHANNEL, JSON.stringify(change));

	const serveApp = staticApp(config.buildDir);
	const server = createServer((request, response) => {
		void handle(request, response).catch((error: Error) => {
			console.error(`${request.method} ${request.url}: ${error.message}`);
			if (!response.headersSent) response.writeHead(500).end();
		});
	});
	const handle = async (request: IncomingMessage, response: ServerResponse) => {
		setSecurityHeaders(response);
		if (request.url === '/healthz') return health(db, response);
		if (await handleApi(request, response, { db, auth, maxRequestBytes: config.limits.maxRequestBytes, announceAccessChange })) return;
		serveApp(request, response);
	};

	const sockets = new WebSocketServer({ noServer: true, maxPayload: config.limits.maxUpdateBytes + 1024 });
	sockets.on('connection', (socket, request) => {
		socket.on('error', (error) => console.error(`WebSocket: ${error.message}`));
		hocuspocus.handleConnection(socket, request);
	});
	server.on('upgrade', (request, socket, head) => {
		if (!originAllowed(request, config.allowedOrigins)) {
			socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
			return;
		}
		sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(config.port, config.host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('The team server has no TCP address.');
	const host = config.host.includes(':') ? `[${config.host}]` : config.host;

	return {
		url: `http://${host}:${address.port}`,
		port: address.port,
		db,
		hocuspocus,
		close: async () => {
			server.close();
			await storeAll();
			hocuspocus.closeConnections();
			for (const client of sockets.clients) client.terminate();
			sockets.close();
			server.closeAllConnections();
			await hocuspocus.hooks('onDestroy', { instance: hocuspocus }).catch(() => undefined);
			await db.close();
		}
	};
}

async function health(db: Database, response: ServerResponse): Promise<void> {
	try {
		await db.query('SELECT 1');
		response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify({ ok: true, service: TEAM_SERVER_SERVICE }));
	} catch {
		response.writeHead(503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify({ ok: false, service: TEAM_SERVER_SERVICE, database: 'unreachable' }));
	}
}

/**
 * A browser always sends Origin on a WebSocket; it must be this server's own
 * (or one set in ALLOWED_ORIGINS, for a reverse proxy). Programs that send no
 * Origin cannot be used for cross-site requests and still need a token.
 */
function originAllowed(request: IncomingMessage, allowed: readonly string[]): boolean {
	const origin = request.headers.origin;
	if (origin === undefined) return true;
	if (allowed.includes(origin)) return true;
	try {
		return new URL(origin).host === request.headers.host;
	} catch {
		return false;
	}
}

function staticApp(buildDir: string): (request: IncomingMessage, response: ServerResponse) => void {
	if (!existsSync(join(buildDir, '200.html'))) {
		return (_request, response) => {
			response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The app has not been built: run `npm run build`.');
		};
	}
	const serve = sirv(buildDir, {
		dev: false,
		etag: true,
		single: '200.html',
		setHeaders(response, pathname) {
			// Hashed build files never change under the same name; everything else
			// (above all service-worker.js) is checked on every request.
			response.setHeader('Cache-Control', pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache');
		}
	});
	return (request, response) => serve(request, response);
}

function setSecurityHeaders(response: ServerResponse): void {
	response.setHeader('X-Content-Type-Options', 'nosniff');
	response.setHeader('Referrer-Policy', 'no-referrer');
	response.setHeader('X-Frame-Options', 'DENY');
	// The app's pages carry the rest of the policy in a <meta> tag with their script hashes; these parts only a header can
	// carry (frame-ancestors) or are worth having on every answer, the API's included.
	response.setHeader('Content-Security-Policy', "frame-ancestors 'none'; object-src 'none'; base-uri 'none'");
}
