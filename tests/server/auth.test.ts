import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentName } from '../../src/lib/domain/team/documents.ts';
import { ACCESS_CHANNEL } from '../../server/sync.ts';
import { runTeamCommand, type CommandResult } from '../../server/team-commands.ts';
import { response } from './support/records.ts';
import {
	PASSWORD,
	addUser,
	api,
	connect,
	eventually,
	registerStatement,
	share,
	signIn,
	startTestServer,
	type TestClient
} from './support/team.ts';

/**
 * Accounts, sessions and the sharing API, tried from the outside as a person
 * or an attacker would: a real server in this process with the embedded
 * database, HTTP requests and real Hocuspocus clients. Sign-ins lock after
 * 3 failures here (the council default is 10) and are never slowed down, so
 * the tests take no time waiting.
 */

type Server = Awaited<ReturnType<typeof startTestServer>>;

const STATEMENT = '3d9b2f4e-1c5a-4b7e-8d6f-2a0c9e1b7f35';
const main = documentName(STATEMENT, 'main');
const panel = documentName(STATEMENT, 'panel');
const NEW_PASSWORD = 'a brand new pass phrase';

let server: Server;
const clients: TestClient[] = [];
const tokens: Record<string, string> = {};

function client(at: { url: string }, token: string, name = main): TestClient {
	const c = connect(at, token, name);
	clients.push(c);
	return c;
}

/** A request with any body and headers; returns status, headers and parsed body. */
async function raw(
	method: string,
	path: string,
	options: { token?: string; body?: string; contentType?: string } = {}
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
	const response = await fetch(`${server.url}${path}`, {
		method,
		headers: {
			...(options.contentType ? { 'Content-Type': options.contentType } : {}),
			...(options.token ? { Authorization: `Bearer ${options.token}` } : {})
		},
		body: options.body
	});
	const text = await response.text();
	return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/**
 * A POST on a connection of its own, with the whole body sent before the
 * server answers, for bodies exactly at the limit and one byte over.
 */
function post(path: string, body: string, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
	return new Promise((resolve, reject) => {
		const sent = request(
			`${server.url}${path}`,
			{
				method: 'POST',
				agent: false,
				headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...(token ? { Authorization: `Bearer ${token}` } : {}) }
			},
			(answer) => {
				let text = '';
				answer.setEncoding('utf8');
				answer.on('data', (chunk: string) => (text += chunk));
				answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }));
			}
		);
		sent.on('error', reject);
		sent.end(body);
	});
}

function signInAs(email: string, password = PASSWORD) {
	return raw('POST', '/api/session', { contentType: 'application/json', body: JSON.stringify({ email, password }) });
}

function team(at: Server, argv: string[], password = PASSWORD): Promise<CommandResult> {
	return runTeamCommand(at.db, argv, {
		readPassword: async () => password,
		announceAccessChange: (change) => at.db.notify(ACCESS_CHANNEL, JSON.stringify(change))
	});
}

/** Puts one answer into the main document as the coordinator and waits until the server stores it. */
async function putAnswer(at: Server, token: string, statementId: string, text: string): Promise<void> {
	const c = client(at, token, documentName(statementId, 'main'));
	await c.ready;
	const answer = response(statementId, 'q1', text);
	c.doc.getMap('responses').set(answer.id, answer);
	await eventually(async () => {
		const rows = await at.db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents WHERE statement_id = $1', [statementId]);
		expect(rows[0]?.n).toBeGreaterThan(0);
	});
	c.destroy();
}

beforeAll(async () => {
	server = await startTestServer({ authRules: { lockAfter: 3, slowAfter: 100 } });
	const people: [string, string, boolean?][] = [
		['alice', 'Alice Ward'],
		['priya', 'Priya Shah'],
		['jo', 'Cllr Jo Bloggs'],
		['mallory', 'Mallory Outsider'],
		['root', 'Ada Admin', true]
	];
	for (const [key, name, admin] of people) {
		await addUser(server, `${key}@anytown.gov.uk`, name, admin ?? false);
		tokens[key] = (await signIn(server, `${key}@anytown.gov.uk`)).accessToken;
	}
	await registerStatement(server, tokens.alice ?? '', STATEMENT, 'Children in care 2026');
	await share(server, tokens.alice ?? '', STATEMENT, 'priya@anytown.gov.uk', 'edit');
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server?.cleanUp();
});

describe('signing in', () => {
	it('answers a wrong password and an unknown email the same way', async () => {
		const wrong = await signInAs('alice@anytown.gov.uk', 'not the password at all');
		const unknown = await signInAs('nobody@anytown.gov.uk', 'not the password at all');
		expect(wrong.status).toBe(401);
		expect(unknown.status).toBe(wrong.status);
		expect(unknown.body).toEqual(wrong.body);
		expect(wrong.body).toEqual({ error: 'The email address or password is not right.' });
		expect(wrong.body).not.toHaveProperty('accessToken');
	});

	it('gives tokens that say who signed in, and never the password hash', async () => {
		const { status, body } = await signInAs('Alice@Anytown.gov.uk ');
		expect(status).toBe(200);
		expect(body).toMatchObject({ user: { email: 'alice@anytown.gov.uk', name: 'Alice Ward', admin: false } });
		expect(typeof body.accessToken).toBe('string');
		expect(typeof body.refreshToken).toBe('string');
		const me = await api(server, 'GET', '/api/me', { token: String(body.accessToken) });
		expect(me.status).toBe(200);
		expect(me.body.user).toMatchObject({ email: 'alice@anytown.gov.uk' });
		expect(JSON.stringify(body) + JSON.stringify(me.body)).not.toMatch(/scrypt|passwordHash|password_hash/);
	});

	it('locks an email after repeated failures, known or unknown alike, even against the right password', async () => {
		await addUser(server, 'lena@anytown.gov.uk', 'Lena Locked');
		const known: Awaited<ReturnType<typeof signInAs>>[] = [];
		const unknown: Awaited<ReturnType<typeof signInAs>>[] = [];
		// Changing the case of the email does not start a new count.
		for (const email of ['lena@anytown.gov.uk', 'LENA@anytown.gov.uk', 'Lena@Anytown.gov.uk']) known.push(await signInAs(email, 'guess one two three'));
		for (const email of ['ghost@anytown.gov.uk', 'GHOST@anytown.gov.uk', 'Ghost@Anytown.gov.uk']) unknown.push(await signInAs(email, 'guess one two three'));
		expect(known.map((r) => r.status)).toEqual([401, 401, 429]);
		expect(unknown.map((r) => r.status)).toEqual([401, 401, 429]);

		for (const locked of [known[2], unknown[2], await signInAs('lena@anytown.gov.uk'), await signInAs('ghost@anytown.gov.uk', 'guess again')]) {
			expect(locked?.status).toBe(429);
			const retryAfter = Number(locked?.headers.get('retry-after'));
			expect(retryAfter).toBeGreaterThan(0);
			expect(retryAfter).toBeLessThanOrEqual(15 * 60);
			expect(locked?.body.retryAfterSeconds).toBe(retryAfter);
			expect(locked?.body.error).toBe('Too many attempts to sign in with this email address. Try again later.');
			expect(locked?.body).not.toHaveProperty('accessToken');
		}
		// The lock is the email's, not everyone's.
		expect((await signInAs('alice@anytown.gov.uk')).status).toBe(200);
	});

	it('forgets failures once the person signs in', async () => {
		await addUser(server, 'tom@anytown.gov.uk', 'Tom Typo');
		const statuses: number[] = [];
		for (const password of ['typo one', 'typo two', PASSWORD, 'typo three', 'typo four']) statuses.push((await signInAs('tom@anytown.gov.uk', password)).status);
		expect(statuses).toEqual([401, 401, 200, 401, 401]);
		expect((await signInAs('tom@anytown.gov.uk')).status).toBe(200);
	});
});

describe('refreshing', () => {
	it('gives new tokens, and the old refresh token then fails', async () => {
		const first = await signIn(server, 'priya@anytown.gov.uk');
		const refreshed = await api(server, 'POST', '/api/session/refresh', { body: { refreshToken: first.refreshToken } });
		expect(refreshed.status).toBe(200);
		expect(refreshed.body.refreshToken).not.toBe(first.refreshToken);
		expect(refreshed.body.user).toMatchObject({ email: 'priya@anytown.gov.uk' });
		expect((await api(server, 'GET', '/api/me', { token: String(refreshed.body.accessToken) })).status).toBe(200);

		const again = await api(server, 'POST', '/api/session/refresh', { body: { refreshToken: first.refreshToken } });
		expect(again).toEqual({ status: 401, body: { error: 'You have been signed out. Sign in again.' } });
	});

	it('ends the session when an old refresh token is used again: the newest tokens stop working too', async () => {
		const first = await signIn(server, 'priya@anytown.gov.uk');
		const other = await signIn(server, 'priya@anytown.gov.uk');
		const second = await api(server, 'POST', '/api/session/refresh', { body: { refreshToken: first.refreshToken } });
		expect(second.status).toBe(200);
		const newest = { accessToken: String(second.body.accessToken), refreshToken: String(second.body.refreshToken) };

		// Someone replays the stolen first refresh token.
		expect((await api(server, 'POST', '/api/session/refresh', { body: { refreshToken: first.refreshToken } })).status).toBe(401);

		expect((await api(server, 'GET', '/api/me', { token: newest.accessToken })).status).toBe(401);
		expect((await api(server, 'POST', '/api/session/refresh', { body: { refreshToken: newest.refreshToken } })).status).toBe(401);
		await expect(client(server, newest.accessToken).ready).rejects.toThrow('unauthorized');
		// Priya's other device keeps its own session.
		expect((await api(server, 'GET', '/api/me', { token: other.accessToken })).status).toBe(200);
	});

	it('refuses refresh tokens that are made up', async () => {
		const real = await signIn(server, 'priya@anytown.gov.uk');
		const [sessionId] = real.refreshToken.split('.');
		for (const refreshToken of ['x', 'a.b', `${sessionId}.forged-secret`, `${sessionId}`, real.accessToken]) {
			expect((await api(server, 'POST', '/api/session/refresh', { body: { refreshToken } })).status).toBe(401);
		}
	});
});

describe('signing out', () => {
	it('makes the access token fail at /api/me and on a new WebSocket connection, and the refresh token too', async () => {
		const session = await signIn(server, 'priya@anytown.gov.uk');
		const other = await signIn(server, 'priya@anytown.gov.uk');
		const out = await api(server, 'DELETE', '/api/session', { token: session.accessToken });
		expect(out).toEqual({ status: 200, body: { signedOut: true } });

		expect((await api(server, 'GET', '/api/me', { token: session.accessToken })).status).toBe(401);
		expect((await api(server, 'DELETE', '/api/session', { token: session.accessToken })).status).toBe(401);
		expect((await api(server, 'POST', '/api/session/refresh', { body: { refreshToken: session.refreshToken } })).status).toBe(401);
		const c = client(server, session.accessToken);
		await expect(c.ready).rejects.toThrow('unauthorized');
		expect(c.refusals).toContain('unauthorized');
		// Only that device is signed out.
		expect((await api(server, 'GET', '/api/me', { token: other.accessToken })).status).toBe(200);
	});
});

/** The close reason `closing` resolves with, or a failure when the connection is still open after `ms`. */
async function closedWithin(closing: Promise<string>, ms: number): Promise<string> {
	let timer: NodeJS.Timeout | undefined;
	try {
		return await Promise.race([
			closing,
			new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(`the connection is still open after ${ms} ms`)), ms)))
		]);
	} finally {
		clearTimeout(timer);
	}
}

describe('connections already open', () => {
	it('signing out closes the connections of that session only', async () => {
		const session = await signIn(server, 'priya@anytown.gov.uk');
		const otherDevice = await signIn(server, 'priya@anytown.gov.uk');
		const c = client(server, session.accessToken);
		const other = client(server, otherDevice.accessToken);
		await Promise.all([c.ready, other.ready]);
		const closing = c.nextClose();
		expect((await api(server, 'DELETE', '/api/session', { token: session.accessToken })).status).toBe(200);
		expect(await closedWithin(closing, 5000)).toBe('signed-out');
		// The other device's connection still carries changes.
		const alice = client(server, tokens.alice ?? '');
		await alice.ready;
		const answer = response(STATEMENT, 'q9', 'Written after Priya signed out on one device');
		alice.doc.getMap('responses').set(answer.id, answer);
		await eventually(() => expect(other.doc.getMap('responses').has(answer.id)).toBe(true));
		expect(c.doc.getMap('responses').has(answer.id)).toBe(false);
	});

	it('a new password closes every connection of the person', async () => {
		await addUser(server, 'nina@anytown.gov.uk', 'Nina Stolen');
		await share(server, tokens.alice ?? '', STATEMENT, 'nina@anytown.gov.uk', 'comment');
		const stolen = await signIn(server, 'nina@anytown.gov.uk');
		const laptop = await signIn(server, 'nina@anytown.gov.uk');
		const open = [client(server, stolen.accessToken), client(server, stolen.accessToken, panel), client(server, laptop.accessToken, panel)];
		await Promise.all(open.map((c) => c.ready));
		const closing = open.map((c) => closedWithin(c.nextClose(), 5000));
		expect((await team(server, ['reset-password', 'nina@anytown.gov.uk'], NEW_PASSWORD)).code).toBe(0);
		expect(await Promise.all(closing)).toEqual(['signed-out', 'signed-out', 'signed-out']);
		await expect(client(server, stolen.accessToken).ready).rejects.toThrow('unauthorized');
	});
});

describe('an expired access token', () => {
	it('is refused at /api/me and on a WebSocket, while its refresh token still works', async () => {
		const short = await startTestServer({ authRules: { accessTokenSeconds: 1 } });
		try {
			await addUser(short, 'alice@anytown.gov.uk', 'Alice Ward');
			const { status, body } = await api(short, 'POST', '/api/session', { body: { email: 'alice@anytown.gov.uk', password: PASSWORD } });
			expect(status).toBe(200);
			const claims = JSON.parse(Buffer.from(String(body.accessToken).split('.')[1] ?? '', 'base64url').toString()) as { exp: number; iat: number };
			expect(claims.exp - claims.iat).toBeLessThanOrEqual(1);
			expect(Date.parse(String(body.accessTokenExpiresAt)) - Date.now()).toBeLessThanOrEqual(1000);

			await new Promise((resolve) => setTimeout(resolve, 2100));
			const me = await api(short, 'GET', '/api/me', { token: String(body.accessToken) });
			expect(me).toEqual({ status: 401, body: { error: 'You are not signed in, or your sign-in has expired.' } });
			const c = connect(short, String(body.accessToken), main);
			clients.push(c);
			await expect(c.ready).rejects.toThrow('unauthorized');
			// The session is still open: the app gets a new access token without asking for the password.
			expect((await api(short, 'POST', '/api/session/refresh', { body: { refreshToken: String(body.refreshToken) } })).status).toBe(200);
		} finally {
			await short.cleanUp();
		}
	});
});

describe('removing a person and resetting a password', () => {
	it('a removed person’s token is refused and their open connection is closed', async () => {
		await addUser(server, 'sam@anytown.gov.uk', 'Sam Leaver');
		const sam = await signIn(server, 'sam@anytown.gov.uk');
		await share(server, tokens.alice ?? '', STATEMENT, 'sam@anytown.gov.uk', 'edit');
		const c = client(server, sam.accessToken);
		await c.ready;
		const closed = c.nextClose();

		const result = await team(server, ['remove-user', 'sam@anytown.gov.uk']);
		expect(result.code).toBe(0);
		expect(await closed).toBe('access-changed');

		expect((await api(server, 'GET', '/api/me', { token: sam.accessToken })).status).toBe(401);
		expect((await api(server, 'POST', '/api/session/refresh', { body: { refreshToken: sam.refreshToken } })).status).toBe(401);
		expect((await signInAs('sam@anytown.gov.uk')).status).toBe(401);
		await expect(client(server, sam.accessToken).ready).rejects.toThrow('unauthorized');
		// Gone from the statement's sharing too.
		const shares = await api(server, 'GET', `/api/statements/${STATEMENT}/shares`, { token: tokens.alice });
		expect(JSON.stringify(shares.body)).not.toContain('sam@anytown.gov.uk');
	});

	it('reset-password signs the person out everywhere; only the new password works', async () => {
		await addUser(server, 'rosa@anytown.gov.uk', 'Rosa Reset');
		const laptop = await signIn(server, 'rosa@anytown.gov.uk');
		const phone = await signIn(server, 'rosa@anytown.gov.uk');

		const result = await team(server, ['reset-password', 'rosa@anytown.gov.uk'], NEW_PASSWORD);
		expect(result).toEqual({ code: 0, out: 'Set a new password for rosa@anytown.gov.uk; they are signed out everywhere.' });

		for (const device of [laptop, phone]) {
			expect((await api(server, 'GET', '/api/me', { token: device.accessToken })).status).toBe(401);
			expect((await api(server, 'POST', '/api/session/refresh', { body: { refreshToken: device.refreshToken } })).status).toBe(401);
		}
		await expect(client(server, phone.accessToken).ready).rejects.toThrow('unauthorized');
		expect((await signInAs('rosa@anytown.gov.uk')).status).toBe(401);
		expect((await signInAs('rosa@anytown.gov.uk', NEW_PASSWORD)).status).toBe(200);
	});

	it('refuses a short new password and keeps the old one', async () => {
		const result = await team(server, ['reset-password', 'jo@anytown.gov.uk'], 'short');
		expect(result).toEqual({ code: 1, out: 'The password must be at least 12 characters.' });
		expect((await signInAs('jo@anytown.gov.uk')).status).toBe(200);
		expect((await api(server, 'GET', '/api/me', { token: tokens.jo })).status).toBe(200);
	});
});

describe('every answer', () => {
	it('carries the security headers: no framing, no sniffing, no referrer', async () => {
		for (const path of ['/healthz', '/api/me', '/']) {
			const { headers } = await fetch(`${server.url}${path}`);
			expect({ path, csp: headers.get('content-security-policy') }).toEqual({ path, csp: "frame-ancestors 'none'; object-src 'none'; base-uri 'none'" });
			expect(headers.get('x-frame-options')).toBe('DENY');
			expect(headers.get('x-content-type-options')).toBe('nosniff');
			expect(headers.get('referrer-policy')).toBe('no-referrer');
		}
	});
});

describe('the sharing API', () => {
	it('only the coordinator shares, lists and removes: 403 for a person who can edit, 404 for a stranger', async () => {
		const paths: [string, string, unknown?][] = [
			['GET', `/api/statements/${STATEMENT}/shares`],
			['POST', `/api/statements/${STATEMENT}/shares`, { email: 'jo@anytown.gov.uk', role: 'comment', exempt: true }],
			['DELETE', `/api/statements/${STATEMENT}/shares/alice@anytown.gov.uk`],
			['DELETE', `/api/statements/${STATEMENT}`]
		];
		for (const [method, path, body] of paths) {
			const byEditor = await api(server, method, path, { token: tokens.priya, body });
			expect({ method, path, status: byEditor.status }).toEqual({ method, path, status: 403 });
			const byStranger = await api(server, method, path, { token: tokens.mallory, body });
			expect({ method, path, status: byStranger.status }).toEqual({ method, path, status: 404 });
			expect(byStranger.body.error).toBe('There is no such statement shared with you.');
			const signedOut = await api(server, method, path, { body });
			expect(signedOut.status).toBe(401);
		}
		// Nothing changed.
		const shares = await api(server, 'GET', `/api/statements/${STATEMENT}/shares`, { token: tokens.alice });
		expect(shares.status).toBe(200);
		const list = shares.body.shares as { email: string; role: string }[];
		expect(list[0]).toMatchObject({ email: 'alice@anytown.gov.uk', role: 'coordinator' });
		expect(list.find((s) => s.email === 'priya@anytown.gov.uk')?.role).toBe('edit');
		expect(list.map((s) => s.email)).not.toContain('jo@anytown.gov.uk');
		expect(await api(server, 'GET', '/api/statements', { token: tokens.jo })).toEqual({ status: 200, body: { statements: [] } });
	});

	it('a person can leave a statement shared with them, but not remove anyone else or leave one not shared with them', async () => {
		await addUser(server, 'leaver@anytown.gov.uk', 'Lee Ver');
		tokens.leaver = (await signIn(server, 'leaver@anytown.gov.uk')).accessToken;
		await share(server, tokens.alice ?? '', STATEMENT, 'leaver@anytown.gov.uk', 'comment');
		const othersShare = await api(server, 'DELETE', `/api/statements/${STATEMENT}/shares/priya@anytown.gov.uk`, { token: tokens.leaver });
		expect(othersShare.status).toBe(403);
		const strangerLeaving = await api(server, 'DELETE', `/api/statements/${STATEMENT}/shares/mallory@anytown.gov.uk`, { token: tokens.mallory });
		expect(strangerLeaving.status).toBe(404);

		const left = await api(server, 'DELETE', `/api/statements/${STATEMENT}/shares/LEAVER@anytown.gov.uk`, { token: tokens.leaver });
		expect(left).toEqual({ status: 200, body: { removed: true } });
		expect(await api(server, 'GET', '/api/statements', { token: tokens.leaver })).toEqual({ status: 200, body: { statements: [] } });
		const shares = await api(server, 'GET', `/api/statements/${STATEMENT}/shares`, { token: tokens.alice });
		const emails = (shares.body.shares as { email: string }[]).map((s) => s.email);
		expect(emails).toContain('priya@anytown.gov.uk');
		expect(emails).not.toContain('leaver@anytown.gov.uk');
		const audit = await team(server, ['audit', '--limit', '10000']);
		expect(audit.out).toMatch(/share-left.*leaver@anytown\.gov\.uk/);
	});

	it('a statement nobody registered is not found', async () => {
		const shares = await api(server, 'GET', '/api/statements/never-registered/shares', { token: tokens.alice });
		expect(shares.status).toBe(404);
	});

	it('sharing with an email that has no account is refused on the email field', async () => {
		const { status, body } = await api(server, 'POST', `/api/statements/${STATEMENT}/shares`, {
			token: tokens.alice,
			body: { email: 'new.starter@anytown.gov.uk', role: 'edit', exempt: false }
		});
		expect(status).toBe(404);
		expect(body.field).toBe('email');
		expect(body.error).toMatch(/No one with that email address has an account/);
	});

	it('the coordinator cannot be removed or demoted, by themselves or an administrator', async () => {
		const removeSelf = await api(server, 'DELETE', `/api/statements/${STATEMENT}/shares/alice@anytown.gov.uk`, { token: tokens.alice });
		expect(removeSelf.status).toBe(400);
		expect(removeSelf.body.error).toBe('The coordinator cannot be removed.');
		const demoteSelf = await api(server, 'POST', `/api/statements/${STATEMENT}/shares`, {
			token: tokens.alice,
			body: { email: 'alice@anytown.gov.uk', role: 'read', exempt: false }
		});
		expect(demoteSelf.status).toBe(400);
		expect(demoteSelf.body.field).toBe('email');
		const demoteByAdmin = await api(server, 'POST', `/api/statements/${STATEMENT}/shares`, {
			token: tokens.root,
			body: { email: 'alice@anytown.gov.uk', role: 'read', exempt: false }
		});
		expect(demoteByAdmin.status).toBe(400);
		expect(demoteByAdmin.body.error).toBe("The coordinator's role cannot be changed.");
		const removeByAdmin = await api(server, 'DELETE', `/api/statements/${STATEMENT}/shares/alice@anytown.gov.uk`, { token: tokens.root });
		expect(removeByAdmin.status).toBe(400);

		const shares = await api(server, 'GET', `/api/statements/${STATEMENT}/shares`, { token: tokens.alice });
		expect(shares.status).toBe(200);
		expect((shares.body.shares as { email: string; role: string }[])[0]).toMatchObject({ email: 'alice@anytown.gov.uk', role: 'coordinator' });
	});

	it("registering someone else's statement id is refused and changes nothing", async () => {
		for (const who of ['mallory', 'priya']) {
			const { status, body } = await api(server, 'PUT', `/api/statements/${STATEMENT}`, { token: tokens[who], body: { title: 'Mine now' } });
			expect(status).toBe(403);
			expect(body.error).toBe('Only the coordinator can change this statement on the team server.');
		}
		const mine = await api(server, 'GET', '/api/statements', { token: tokens.alice });
		expect((mine.body.statements as { id: string; title: string; role: string }[]).find((s) => s.id === STATEMENT)).toMatchObject({
			title: 'Children in care 2026',
			role: 'coordinator'
		});
		expect(await api(server, 'GET', '/api/statements', { token: tokens.mallory })).toEqual({ status: 200, body: { statements: [] } });
		// The coordinator may rename it.
		expect((await api(server, 'PUT', `/api/statements/${STATEMENT}`, { token: tokens.alice, body: { title: 'Children in care 2026/27' } })).status).toBe(200);
	});

	it('refuses a statement id that cannot name a document', async () => {
		const { status } = await api(server, 'PUT', `/api/statements/${encodeURIComponent('../../etc')}`, { token: tokens.alice, body: { title: 'x' } });
		expect(status).toBe(400);
	});

	it("lists what is shared with me, with the coordinator's name and who shared it", async () => {
		const { status, body } = await api(server, 'GET', '/api/statements', { token: tokens.priya });
		expect(status).toBe(200);
		expect(body.statements).toEqual([
			expect.objectContaining({
				id: STATEMENT,
				title: 'Children in care 2026/27',
				role: 'edit',
				exempt: false,
				coordinatorName: 'Alice Ward',
				coordinatorEmail: 'alice@anytown.gov.uk',
				sharedByName: 'Alice Ward'
			})
		]);
	});

	it('an administrator manages any statement’s sharing', async () => {
		const list = await api(server, 'GET', `/api/statements/${STATEMENT}/shares`, { token: tokens.root });
		expect(list.status).toBe(200);
		const added = await api(server, 'POST', `/api/statements/${STATEMENT}/shares`, {
			token: tokens.root,
			body: { email: 'jo@anytown.gov.uk', role: 'comment', exempt: false }
		});
		expect(added).toEqual({ status: 201, body: { email: 'jo@anytown.gov.uk', name: 'Cllr Jo Bloggs', role: 'comment', exempt: false } });
		const jo = await api(server, 'GET', '/api/statements', { token: tokens.jo });
		expect(jo.body.statements).toEqual([expect.objectContaining({ id: STATEMENT, role: 'comment', coordinatorName: 'Alice Ward', sharedByName: 'Ada Admin' })]);

		const c = client(server, tokens.jo ?? '', panel);
		await c.ready;
		const closed = c.nextClose();
		const removed = await api(server, 'DELETE', `/api/statements/${STATEMENT}/shares/jo@anytown.gov.uk`, { token: tokens.root });
		expect(removed).toEqual({ status: 200, body: { removed: true } });
		expect(await closed).toBe('access-changed');
		expect(await api(server, 'GET', '/api/statements', { token: tokens.jo })).toEqual({ status: 200, body: { statements: [] } });
	});

	it("changing a person's role closes their connection; they come back with what they may now do", async () => {
		const c = client(server, tokens.priya ?? '');
		await c.ready;
		expect(c.provider.authorizedScope).toBe('read-write');
		const closed = c.nextClose();
		await share(server, tokens.alice ?? '', STATEMENT, 'priya@anytown.gov.uk', 'read');
		expect(await closed).toBe('access-changed');
		const again = client(server, tokens.priya ?? '');
		await again.ready;
		expect(again.provider.authorizedScope).toBe('readonly');
		await share(server, tokens.alice ?? '', STATEMENT, 'priya@anytown.gov.uk', 'edit');
	});

	it('deleting a statement closes everyone’s connections, and its documents are gone', async () => {
		const doomed = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
		await registerStatement(server, tokens.alice ?? '', doomed, 'To be deleted');
		await share(server, tokens.alice ?? '', doomed, 'priya@anytown.gov.uk', 'edit');
		await share(server, tokens.alice ?? '', doomed, 'jo@anytown.gov.uk', 'comment');
		await putAnswer(server, tokens.alice ?? '', doomed, 'Text that must go with the statement');

		const open = [
			client(server, tokens.alice ?? '', documentName(doomed, 'main')),
			client(server, tokens.alice ?? '', documentName(doomed, 'exempt')),
			client(server, tokens.priya ?? '', documentName(doomed, 'main')),
			client(server, tokens.jo ?? '', documentName(doomed, 'panel'))
		];
		await Promise.all(open.map((c) => c.ready));
		const closes = open.map((c) => c.nextClose());

		const { status, body } = await api(server, 'DELETE', `/api/statements/${doomed}`, { token: tokens.alice });
		expect({ status, body }).toEqual({ status: 200, body: { deleted: true } });
		expect(await Promise.all(closes)).toEqual(['statement-deleted', 'statement-deleted', 'statement-deleted', 'statement-deleted']);

		for (const table of ['statements', 'shares', 'documents']) {
			const column = table === 'statements' ? 'id' : 'statement_id';
			const rows = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [doomed]);
			expect({ table, rows: rows[0]?.n }).toEqual({ table, rows: 0 });
		}
		for (const who of ['alice', 'priya', 'jo']) {
			const mine = await api(server, 'GET', '/api/statements', { token: tokens[who] });
			expect((mine.body.statements as { id: string }[]).map((s) => s.id)).not.toContain(doomed);
		}
		await expect(client(server, tokens.priya ?? '', documentName(doomed, 'main')).ready).rejects.toThrow('forbidden');
		expect((await api(server, 'GET', `/api/statements/${doomed}/shares`, { token: tokens.alice })).status).toBe(404);

		// Someone who knew the id registers it afresh: they find nothing of the old statement.
		await registerStatement(server, tokens.mallory ?? '', doomed, 'Squatted');
		const squatter = client(server, tokens.mallory ?? '', documentName(doomed, 'main'));
		await squatter.ready;
		expect(squatter.doc.getMap('responses').size).toBe(0);
		expect(JSON.stringify(Y.encodeStateAsUpdate(squatter.doc))).not.toContain('must go');
		expect(Buffer.from(Y.encodeStateAsUpdate(squatter.doc)).includes(Buffer.from('must go with the statement'))).toBe(false);
	});
});

describe('request bodies', () => {
	const sharePath = `/api/statements/${STATEMENT}/shares`;

	it('refuses a body that is not JSON', async () => {
		const { status, body } = await raw('POST', '/api/session', { contentType: 'application/json', body: '{"email": "alice@' });
		expect(status).toBe(400);
		expect(body.error).toBe('The request is not valid JSON.');
	});

	it('refuses a body that does not say it is JSON', async () => {
		const payload = JSON.stringify({ email: 'alice@anytown.gov.uk', password: PASSWORD });
		for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
			const { status, body } = await raw('POST', '/api/session', { contentType, body: payload });
			expect({ contentType, status }).toEqual({ contentType, status: 415 });
			expect(body.error).toBe('Send JSON (Content-Type: application/json).');
			expect(body).not.toHaveProperty('accessToken');
		}
	});

	it('reads a body of up to 64 KB, and refuses one byte more with 413', async () => {
		const at = (size: number) => JSON.stringify({ email: 'alice@anytown.gov.uk', password: 'not the password at all' }).padEnd(size, ' ');
		const limit = await post('/api/session', at(64 * 1024));
		expect(limit).toEqual({ status: 401, body: { error: 'The email address or password is not right.' } });
		const over = await post('/api/session', at(64 * 1024 + 1));
		expect(over).toEqual({ status: 413, body: { error: 'The request is over 65536 bytes.' } });
		const shareOver = await post(`/api/statements/${STATEMENT}/shares`, JSON.stringify({ email: 'jo@anytown.gov.uk', role: 'edit', exempt: false }).padEnd(64 * 1024 + 1, ' '), tokens.alice);
		expect(shareOver.status).toBe(413);
	});

	it('answers a body far over the limit with 413 and its message, never a reset connection', async () => {
		for (let i = 0; i < 5; i++) {
			const big = await raw('POST', '/api/session', { contentType: 'application/json', body: 'x'.repeat(400 * 1024) });
			expect(big).toMatchObject({ status: 413, body: { error: 'The request is over 65536 bytes.' } });
		}
	});

	it('refuses a body of the wrong shape, saying which field', async () => {
		const cases: [string, string, unknown, string | undefined][] = [
			['/api/session', 'POST', { email: 'alice@anytown.gov.uk' }, 'password'],
			['/api/session', 'POST', { email: 42, password: PASSWORD }, 'email'],
			['/api/session', 'POST', ['alice@anytown.gov.uk', PASSWORD], undefined],
			['/api/session', 'POST', null, undefined],
			['/api/session/refresh', 'POST', { refreshToken: '' }, 'refreshToken'],
			[sharePath, 'POST', { email: 'jo@anytown.gov.uk', role: 'coordinator', exempt: false }, 'role'],
			[sharePath, 'POST', { email: 'jo@anytown.gov.uk', role: 'edit' }, 'exempt'],
			[sharePath, 'POST', { email: '   ', role: 'edit', exempt: false }, 'email'],
			[`/api/statements/${STATEMENT}`, 'PUT', { title: '' }, 'title'],
			[`/api/statements/${STATEMENT}`, 'PUT', { title: 'x'.repeat(201) }, 'title']
		];
		for (const [path, method, payload, field] of cases) {
			const { status, body } = await raw(method, path, { token: tokens.alice, contentType: 'application/json', body: JSON.stringify(payload) });
			expect({ path, payload, status }).toEqual({ path, payload, status: 400 });
			expect(typeof body.error).toBe('string');
			expect(String(body.error).length).toBeGreaterThan(0);
			if (field) {
				expect(body.field).toBe(field);
				expect(body.error).toMatch(new RegExp(`^${field}: `));
			}
		}
		const role = await api(server, 'POST', sharePath, { token: tokens.alice, body: { email: 'jo@anytown.gov.uk', role: 'owner', exempt: false } });
		expect(role.body.error).toBe('role: Choose what they can do');
		// None of them shared anything.
		const shares = await api(server, 'GET', sharePath, { token: tokens.alice });
		expect((shares.body.shares as { email: string }[]).map((s) => s.email)).not.toContain('jo@anytown.gov.uk');
	});

	it('answers an unknown API path with 404 once signed in, 401 before', async () => {
		expect((await api(server, 'GET', '/api/nothing-here', { token: tokens.alice })).status).toBe(404);
		expect((await api(server, 'GET', '/api/nothing-here')).status).toBe(401);
	});
});

describe('the audit log', () => {
	it('lists sign-ins, failures, sharing changes and removed people', async () => {
		const result = await team(server, ['audit', '--limit', '10000']);
		expect(result.code).toBe(0);
		const lines = result.out.split('\n').map((line) => line.split('\t'));
		const has = (event: string, actor: string, subject = '-') => lines.some(([, e, a, s]) => e === event && a === actor && s === subject);
		expect(has('sign-in', 'alice@anytown.gov.uk')).toBe(true);
		expect(has('sign-in-failed', 'alice@anytown.gov.uk')).toBe(true);
		expect(has('sign-in-failed', 'ghost@anytown.gov.uk')).toBe(true);
		expect(has('sign-in-locked', 'lena@anytown.gov.uk')).toBe(true);
		expect(has('share-added', 'alice@anytown.gov.uk', STATEMENT)).toBe(true);
		expect(has('share-added', 'root@anytown.gov.uk', STATEMENT)).toBe(true);
		expect(has('share-removed', 'root@anytown.gov.uk', STATEMENT)).toBe(true);
		expect(has('user-removed', 'command line', 'sam@anytown.gov.uk')).toBe(true);
		expect(has('password-reset', 'command line', 'rosa@anytown.gov.uk')).toBe(true);
		expect(has('statement-deleted', 'alice@anytown.gov.uk', '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d')).toBe(true);
		// A password never reaches the log.
		expect(result.out).not.toContain(PASSWORD);
		expect(result.out).not.toContain('guess one two three');
		expect(result.out).not.toContain(NEW_PASSWORD);
	});

	it('shows the newest entries first, and --limit keeps the newest', async () => {
		const before = await team(server, ['audit', '--limit', '10000']);
		expect(before.out.split('\n').length).toBeGreaterThan(20);
		expect((await signInAs('priya@anytown.gov.uk', 'the very last guess')).status).toBe(401);
		expect((await signInAs('jo@anytown.gov.uk')).status).toBe(200);

		const newest = await team(server, ['audit', '--limit', '2']);
		const lines = newest.out.split('\n').map((line) => line.split('\t'));
		expect(lines.map(([, event, actor]) => [event, actor])).toEqual([
			['sign-in', 'jo@anytown.gov.uk'],
			['sign-in-failed', 'priya@anytown.gov.uk']
		]);
		const all = (await team(server, ['audit', '--limit', '10000'])).out.split('\n').map((line) => Date.parse(line.split('\t')[0] ?? ''));
		expect(all).toEqual([...all].sort((a, b) => b - a));
	});
});
