import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';
import { isShareableId } from '../src/lib/domain/team/documents.ts';
import type { Access } from '../src/lib/domain/team/roles.ts';
import type { Auth, Identity } from './auth.ts';
import type { AccessChange } from './sync.ts';
import { HttpError, bearerToken, readJson, sendJson } from './http-json.ts';
import { audit } from './store/audit.ts';
import type { Database } from './store/database.ts';
import {
	deleteStatement,
	findAccess,
	findStatement,
	listSharedWith,
	listShares,
	putShare,
	registerStatement,
	removeShare,
	renameStatement
} from './store/sharing.ts';
import { findUserByEmail, type User } from './store/users.ts';

/**
 * The JSON API: sign in, refresh, sign out, who am I, and sharing. Every
 * sharing rule is checked here, on the server; the app hiding a button is
 * never the only guard. Changes to who may see what are announced on the
 * database's `access_changed` channel so every server process closes the
 * connections they end.
 */

/** What the API needs. */
export interface ApiContext {
	db: Database;
	auth: Auth;
	maxRequestBytes: number;
	/** Tells every server process that access to a statement (or a person's) changed. */
	announceAccessChange(change: AccessChange): Promise<void>;
}

const SignInBody = v.object({ email: v.pipe(v.string(), v.maxLength(320)), password: v.pipe(v.string(), v.maxLength(1024)) });
const RefreshBody = v.object({ refreshToken: v.pipe(v.string(), v.minLength(1), v.maxLength(500)) });
const StatementBody = v.object({ title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)) });
const ShareBody = v.object({
	email: v.pipe(v.string(), v.trim(), v.minLength(1, 'Enter an email address'), v.maxLength(320)),
	role: v.picklist(['edit', 'comment', 'read'], 'Choose what they can do'),
	exempt: v.boolean()
});

/** Answers a request under /api/; returns false when the path is not an API path. */
export async function handleApi(request: IncomingMessage, response: ServerResponse, context: ApiContext): Promise<boolean> {
	const url = new URL(request.url ?? '/', 'http://server');
	if (!url.pathname.startsWith('/api/')) return false;
	try {
		await route(request, response, url.pathname, context);
	} catch (error) {
		// After a refused upload the connection is closed, so no half-read body is taken for the next request.
		if (error instanceof HttpError) sendJson(response, error.status, { error: error.message, ...error.extra }, error.status === 413 ? { Connection: 'close' } : {});
		else {
			console.error(`${request.method} ${url.pathname}: ${(error as Error).message}`);
			sendJson(response, 503, { error: 'The team server cannot reach its database. Try again in a minute.' });
		}
	}
	return true;
}

async function route(request: IncomingMessage, response: ServerResponse, path: string, context: ApiContext): Promise<void> {
	const method = request.method ?? 'GET';
	const statement = /^\/api\/statements\/([^/]+)$/.exec(path);
	const shares = /^\/api\/statements\/([^/]+)\/shares$/.exec(path);
	const share = /^\/api\/statements\/([^/]+)\/shares\/([^/]+)$/.exec(path);

	if (path === '/api/session' && method === 'POST') return signIn(request, response, context);
	if (path === '/api/session/refresh' && method === 'POST') return refresh(request, response, context);
	const who = await identify(request, context);
	if (path === '/api/session' && method === 'DELETE') {
		await context.auth.signOut(who);
		await context.announceAccessChange({ userId: who.user.id, sessionId: who.sessionId, signedOut: true });
		return sendJson(response, 200, { signedOut: true });
	}
	if (path === '/api/me' && method === 'GET') {
		return sendJson(response, 200, { user: who.user, statements: await listSharedWith(context.db, who.user.id) });
	}
	if (path === '/api/statements' && method === 'GET') {
		return sendJson(response, 200, { statements: await listSharedWith(context.db, who.user.id) });
	}
	if (statement?.[1] && method === 'PUT') return putStatement(request, response, context, who.user, decodeURIComponent(statement[1]));
	if (statement?.[1] && method === 'DELETE') return removeStatement(response, context, who.user, decodeURIComponent(statement[1]));
	if (shares?.[1] && method === 'GET') {
		const id = decodeURIComponent(shares[1]);
		await requireCoordinator(context, who.user, id);
		return sendJson(response, 200, { shares: await listShares(context.db, id) });
	}
	if (shares?.[1] && method === 'POST') return addShare(request, response, context, who.user, decodeURIComponent(shares[1]));
	if (share?.[1] && share[2] && method === 'DELETE') {
		return stopSharing(response, context, who.user, decodeURIComponent(share[1]), decodeURIComponent(share[2]));
	}
	throw new HttpError(404, 'There is no such request.');
}

async function signIn(request: IncomingMessage, response: ServerResponse, context: ApiContext): Promise<void> {
	const body = parse(SignInBody, await readJson(request, context.maxRequestBytes));
	const result = await context.auth.signIn(body.email, body.password);
	if (result.ok) return sendJson(response, 200, { user: result.user, ...result.tokens });
	if (result.reason === 'locked') {
		const seconds = Math.max(1, Math.ceil((result.until.getTime() - Date.now()) / 1000));
		return sendJson(
			response,
			429,
			{ error: 'Too many attempts to sign in with this email address. Try again later.', retryAfterSeconds: seconds },
			{ 'Retry-After': String(seconds) }
		);
	}
	return sendJson(response, 401, { error: 'The email address or password is not right.' });
}

async function refresh(request: IncomingMessage, response: ServerResponse, context: ApiContext): Promise<void> {
	const body = parse(RefreshBody, await readJson(request, context.maxRequestBytes));
	const result = await context.auth.refresh(body.refreshToken);
	if (!result) return sendJson(response, 401, { error: 'You have been signed out. Sign in again.' });
	return sendJson(response, 200, { user: result.user, ...result.tokens });
}

async function identify(request: IncomingMessage, context: ApiContext): Promise<Identity> {
	const token = bearerToken(request);
	const identity = token ? await context.auth.verify(token) : undefined;
	if (!identity) throw new HttpError(401, 'You are not signed in, or your sign-in has expired.');
	return identity;
}

async function putStatement(request: IncomingMessage, response: ServerResponse, context: ApiContext, user: User, id: string): Promise<void> {
	if (!isShareableId(id)) throw new HttpError(400, 'That is not a statement id the team server can share.');
	const body = parse(StatementBody, await readJson(request, context.maxRequestBytes));
	const created = await context.db.transaction(async (tx) => {
		if (await registerStatement(tx, id, body.title, user.id)) {
			await audit(tx, 'statement-registered', { actor: user.email, subject: id, detail: { title: body.title } });
			return true;
		}
		const access = await findAccess(tx, id, user.id);
		if (access?.role !== 'coordinator') throw new HttpError(403, 'Only the coordinator can change this statement on the team server.');
		await renameStatement(tx, id, body.title);
		return false;
	});
	sendJson(response, created ? 201 : 200, { id, title: body.title, role: 'coordinator' });
}

async function removeStatement(response: ServerResponse, context: ApiContext, user: User, id: string): Promise<void> {
	await requireCoordinator(context, user, id);
	await context.db.transaction(async (tx) => {
		await deleteStatement(tx, id);
		await audit(tx, 'statement-deleted', { actor: user.email, subject: id });
	});
	await context.announceAccessChange({ statementId: id, deleted: true });
	sendJson(response, 200, { deleted: true });
}

async function addShare(request: IncomingMessage, response: ServerResponse, context: ApiContext, user: User, id: string): Promise<void> {
	await requireCoordinator(context, user, id);
	const body = parse(ShareBody, await readJson(request, context.maxRequestBytes));
	const person = await findUserByEmail(context.db, body.email);
	if (!person) {
		throw new HttpError(404, 'No one with that email address has an account on this team server. Ask your administrator to add them.', { field: 'email' });
	}
	if (person.id === user.id) throw new HttpError(400, 'You cannot change your own sharing.', { field: 'email' });
	const access: Access = { role: body.role, exempt: body.exempt };
	const before = await context.db.transaction(async (tx) => {
		const previous = await findAccess(tx, id, person.id);
		if (previous?.role === 'coordinator') throw new HttpError(400, "The coordinator's role cannot be changed.", { field: 'email' });
		await putShare(tx, id, person.id, access, user.id);
		await audit(tx, previous ? 'share-changed' : 'share-added', {
			actor: user.email,
			subject: id,
			detail: { email: person.email, role: access.role, exempt: access.exempt, before: previous ?? null }
		});
		return previous;
	});
	if (before) await context.announceAccessChange({ statementId: id, userId: person.id });
	sendJson(response, before ? 200 : 201, { email: person.email, name: person.name, ...access });
}

/**
 * Stops sharing a statement with someone: the coordinator (or an
 * administrator) removes anyone but the coordinator; anyone else may remove
 * only themselves, leaving a statement they no longer want on their device.
 */
async function stopSharing(response: ServerResponse, context: ApiContext, user: User, id: string, email: string): Promise<void> {
	const leaving = email.toLowerCase() === user.email.toLowerCase();
	const own = leaving ? await findAccess(context.db, id, user.id) : undefined;
	if (!own || own.role === 'coordinator') await requireCoordinator(context, user, id);
	const person = leaving ? user : await findUserByEmail(context.db, email);
	if (!person) throw new HttpError(404, 'This statement is not shared with that email address.');
	if ((await findAccess(context.db, id, person.id))?.role === 'coordinator') throw new HttpError(400, 'The coordinator cannot be removed.');
	const removed = await context.db.transaction(async (tx) => {
		const done = await removeShare(tx, id, person.id);
		if (done) await audit(tx, leaving ? 'share-left' : 'share-removed', { actor: user.email, subject: id, detail: { email: person.email } });
		return done;
	});
	if (!removed) throw new HttpError(404, 'This statement is not shared with that email address.');
	await context.announceAccessChange({ statementId: id, userId: person.id });
	sendJson(response, 200, { removed: true });
}

/** Throws 404 when the statement is not shared with `user`, 403 when they do not coordinate it. Admins may always. */
async function requireCoordinator(context: ApiContext, user: User, id: string): Promise<void> {
	const statement = await findStatement(context.db, id);
	const access = statement ? await findAccess(context.db, id, user.id) : undefined;
	if (!statement || (!access && !user.admin)) throw new HttpError(404, 'There is no such statement shared with you.');
	if (access?.role !== 'coordinator' && !user.admin) throw new HttpError(403, 'Only the coordinator can share this statement.');
}

function parse<T extends v.GenericSchema>(schema: T, value: unknown): v.InferOutput<T> {
	const result = v.safeParse(schema, value);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const field = v.getDotPath(issue);
	throw new HttpError(400, field ? `${field}: ${issue.message}` : issue.message, field ? { field } : {});
}
