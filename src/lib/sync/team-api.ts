import type { ShareRole } from '../domain/team/roles.ts';

/**
 * The team server's JSON API, as the app calls it. No database here: the
 * caller keeps the session. Every failure comes back as a `TeamApiError` with
 * words for the person.
 */

/** The person signed in. */
export interface TeamUser {
	id: string;
	email: string;
	name: string;
	admin: boolean;
}

/** What a sign-in or refresh gives. */
export interface TeamTokens {
	user: TeamUser;
	accessToken: string;
	accessTokenExpiresAt: string;
	refreshToken: string;
}

/** A statement shared with the person, as the server lists it. */
export interface SharedStatementSummary {
	id: string;
	title: string;
	role: ShareRole;
	exempt: boolean;
	coordinatorName: string | null;
	sharedByName: string | null;
	sharedAt: string;
}

/** Why a call failed: the server could not be reached, refused, or said something is wrong. */
export class TeamApiError extends Error {
	constructor(
		readonly kind: 'unreachable' | 'signed-out' | 'locked' | 'refused',
		message: string,
		readonly status = 0
	) {
		super(message);
		this.name = 'TeamApiError';
	}
}

async function call<T>(serverUrl: string, method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<T> {
	let response: Response;
	try {
		response = await fetch(`${serverUrl}${path}`, {
			method,
			headers: {
				...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
				...(options.token ? { Authorization: `Bearer ${options.token}` } : {})
			},
			body: options.body !== undefined ? JSON.stringify(options.body) : undefined
		});
	} catch {
		throw new TeamApiError('unreachable', `Cannot reach the team server at ${serverUrl}. Check the address and your connection.`);
	}
	if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) {
		throw new TeamApiError('unreachable', `${serverUrl} does not answer as a team server. Check the address.`, response.status);
	}
	const body = (await response.json().catch(() => ({}))) as { error?: string };
	if (response.ok) return body as T;
	const message = body.error ?? `The team server answered ${response.status}.`;
	if (response.status === 401) throw new TeamApiError('signed-out', message, 401);
	if (response.status === 429) throw new TeamApiError('locked', message, 429);
	if (response.status >= 500) throw new TeamApiError('unreachable', message, response.status);
	throw new TeamApiError('refused', message, response.status);
}

/** Signs in with an email and password. */
export function signIn(serverUrl: string, email: string, password: string): Promise<TeamTokens> {
	return call(serverUrl, 'POST', '/api/session', { body: { email, password } });
}

/** Swaps a refresh token for new tokens. */
export function refreshSession(serverUrl: string, refreshToken: string): Promise<TeamTokens> {
	return call(serverUrl, 'POST', '/api/session/refresh', { body: { refreshToken } });
}

/** Ends the session on the server. */
export async function signOut(serverUrl: string, accessToken: string): Promise<void> {
	await call(serverUrl, 'DELETE', '/api/session', { token: accessToken });
}

/** The statements shared with the signed-in person. */
export async function sharedStatements(serverUrl: string, accessToken: string): Promise<SharedStatementSummary[]> {
	return (await call<{ statements: SharedStatementSummary[] }>(serverUrl, 'GET', '/api/statements', { token: accessToken })).statements;
}

/** True when `origin` is a team server (its /healthz says so), for filling in the address. */
export async function isTeamServer(origin: string): Promise<boolean> {
	try {
		const response = await fetch(`${origin}/healthz`, { cache: 'no-store' });
		const body = (await response.json()) as { service?: unknown };
		return body.service === TEAM_SERVER_SERVICE;
	} catch {
		return false;
	}
}

/** What the team server's /healthz names itself. */
export const TEAM_SERVER_SERVICE = 'position-statements-team-server';

/** One person a statement is shared with, as the coordinator sees them. */
export interface ShareSummary {
	userId: string;
	email: string;
	name: string;
	role: ShareRole;
	exempt: boolean;
	sharedAt: string;
}

/** Puts a statement on the team server with the signed-in person as its coordinator (or renames it, if they are). */
export async function registerStatement(serverUrl: string, accessToken: string, id: string, title: string): Promise<void> {
	await call(serverUrl, 'PUT', `/api/statements/${encodeURIComponent(id)}`, { token: accessToken, body: { title } });
}

/** Everyone the statement is shared with; undefined when it is not on the team server yet. */
export async function listShares(serverUrl: string, accessToken: string, id: string): Promise<ShareSummary[] | undefined> {
	try {
		return (await call<{ shares: ShareSummary[] }>(serverUrl, 'GET', `/api/statements/${encodeURIComponent(id)}/shares`, { token: accessToken })).shares;
	} catch (error) {
		if (error instanceof TeamApiError && error.status === 404) return undefined;
		throw error;
	}
}

/** Shares the statement with someone who has an account, or changes what they can do. */
export async function shareWith(
	serverUrl: string,
	accessToken: string,
	id: string,
	share: { email: string; role: Exclude<ShareRole, 'coordinator'>; exempt: boolean }
): Promise<void> {
	await call(serverUrl, 'POST', `/api/statements/${encodeURIComponent(id)}/shares`, { token: accessToken, body: share });
}

/** Stops sharing the statement with someone. */
export async function stopSharing(serverUrl: string, accessToken: string, id: string, email: string): Promise<void> {
	await call(serverUrl, 'DELETE', `/api/statements/${encodeURIComponent(id)}/shares/${encodeURIComponent(email)}`, { token: accessToken });
}

/** Deletes a statement from the team server (the coordinator only); everyone it was shared with keeps their copy. */
export async function deleteFromServer(serverUrl: string, accessToken: string, id: string): Promise<void> {
	await call(serverUrl, 'DELETE', `/api/statements/${encodeURIComponent(id)}`, { token: accessToken });
}
