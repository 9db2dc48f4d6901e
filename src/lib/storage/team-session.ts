import type { TeamTokens } from '../sync/team-api.ts';
import { getDatabase } from './db.ts';

/**
 * The team-server session on this device, kept in the `settings` table so it
 * survives a reload and a week offline (the refresh token lasts 30 days).
 */

/** A signed-in session: which server, who, and the tokens. */
export interface TeamSession extends TeamTokens {
	serverUrl: string;
	signedInAt: string;
}

const KEY = 'team-session';

/** The session, if this device is signed in to a team server. */
export async function getTeamSession(): Promise<TeamSession | undefined> {
	const row = await getDatabase().settings.get(KEY);
	return row?.value as TeamSession | undefined;
}

/** Keeps the session (after signing in or refreshing the tokens). */
export async function saveTeamSession(session: TeamSession): Promise<void> {
	await getDatabase().settings.put({ key: KEY, value: session });
}

/** Forgets the session (signing out). Statements on the device are not touched. */
export async function clearTeamSession(): Promise<void> {
	await getDatabase().settings.delete(KEY);
}
