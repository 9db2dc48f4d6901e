import { tick } from 'svelte';
import { formatTime } from '$lib/domain/dates.ts';
import type { SignInRequest } from '$lib/domain/team/sign-in.ts';
import { watch } from '$lib/storage/live.ts';
import { rightsOn, type Access, type StatementRights } from '$lib/domain/team/roles.ts';
import { deleteAssessment } from '$lib/storage/assessments.ts';
import { getProfile, saveProfile } from '$lib/storage/profile.ts';
import {
	clearSharedList,
	getSharedList,
	leavingStatements,
	leftStatement,
	markLeaving,
	noLongerShared,
	saveSharedList
} from '$lib/storage/shared-statements.ts';
import { clearTeamSession, getTeamSession, saveTeamSession, type TeamSession } from '$lib/storage/team-session.ts';
import {
	deleteFromServer,
	isTeamServer,
	refreshSession,
	sharedStatements,
	signIn as apiSignIn,
	signOut as apiSignOut,
	stopSharing,
	TeamApiError,
	type SharedStatementSummary
} from '$lib/sync/team-api.ts';

/** Where this device stands with its team server. */
export type TeamConnection =
	| { kind: 'signed-out' }
	| { kind: 'checking' }
	| { kind: 'connected' }
	| { kind: 'unreachable'; since: string };

/**
 * The team server as this device knows it: the session (followed live from
 * the database, so a second tab agrees), whether the server answers, and
 * the statements shared with the person. Nothing here waits on the network
 * before the app can be used.
 */
class TeamState {
	session = $state<TeamSession | undefined>(undefined);
	loaded = $state(false);
	connection = $state<TeamConnection>({ kind: 'signed-out' });
	shared = $state<SharedStatementSummary[] | undefined>(undefined);
	/** Where this person is now (a statement's overview or one of its questions), for others to see. */
	here = $state<{ statementId: string; questionId?: string } | undefined>(undefined);
	/** Who else has each shared statement open now, by statement id. */
	present = $state<Record<string, { name: string; questionId?: string; editing: boolean }[]>>({});
	/** Why a shared statement cannot sync now, by statement id (set by the team sync). */
	syncProblems = $state<Record<string, string>>({});
	/** Statements that were shared with the person and no longer are. */
	removed = $state<string[]>([]);
	/** One line on how syncing is going, set by the team sync once it runs; empty when not signed in. */
	syncSummary = $state('');
	#started = false;

	/** Starts following the stored session; safe to call more than once. */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		// Each person's role on each statement is known offline too, from the list last fetched.
		void getSharedList().then((list) => {
			if (this.shared === undefined && list) this.shared = list;
		});
		watch(noLongerShared).subscribe({ next: (ids) => (this.removed = ids), error: () => undefined });
		watch(getTeamSession).subscribe({
			next: (session) => {
				const changed = session?.refreshToken !== this.session?.refreshToken || session?.serverUrl !== this.session?.serverUrl;
				this.session = session;
				this.loaded = true;
				if (!session) {
					this.connection = { kind: 'signed-out' };
					this.shared = undefined;
				} else if (changed && this.connection.kind !== 'connected') void this.refreshShared();
			},
			error: () => {
				this.loaded = true;
			}
		});
	}

	/** The connection state in words, for the status line. */
	get connectionLabel(): string {
		switch (this.connection.kind) {
			case 'signed-out':
				return 'Signed out – sign in to sync';
			case 'checking':
				return 'Checking the team server…';
			case 'connected':
				return 'Connected to the team server';
			case 'unreachable':
				return `Cannot reach the team server since ${formatTime(this.connection.since)}`;
		}
	}

	/** This app's own address when the team server serves it, for filling in the form. */
	async suggestedServer(): Promise<string | undefined> {
		const origin = globalThis.location?.origin;
		return origin && (await isTeamServer(origin)) ? origin : undefined;
	}

	/** Signs in; throws TeamApiError with words for the person when the server refuses or cannot be reached. */
	async signIn(request: SignInRequest): Promise<void> {
		const tokens = await apiSignIn(request.serverUrl, request.email, request.password);
		const session: TeamSession = { ...tokens, serverUrl: request.serverUrl, signedInAt: new Date().toISOString() };
		await saveTeamSession(session);
		this.session = session;
		this.connection = { kind: 'connected' };
		// Notes and replies carry the writer's name, which the team server checks against the sign-in.
		const person = await getProfile();
		if (person && person.name !== tokens.user.name) {
			await saveProfile({ name: tokens.user.name, role: person.role, designation: person.designation }).catch(() => undefined);
		}
		await this.refreshShared();
	}

	/** What the person may do with a statement on the team, or undefined when it is not shared with them. */
	accessTo(statementId: string): Access | undefined {
		const shared = this.session ? this.shared?.find((s) => s.id === statementId) : undefined;
		return shared ? { role: shared.role, exempt: shared.exempt } : undefined;
	}

	/** What the person may change in a statement: everything in their own, their role's rights in a shared one. */
	rightsOn(statementId: string): StatementRights {
		return rightsOn(this.accessTo(statementId));
	}

	/** Who coordinates a statement shared with the person, in words. */
	coordinatorOf(statementId: string): string {
		return (this.session ? this.shared?.find((s) => s.id === statementId)?.coordinatorName : undefined) ?? 'the coordinator';
	}

	/**
	 * Signs out on the server if it answers, and on this device in any case.
	 * With `removeShared`, the statements others shared with the person leave
	 * this device too; their own statements always stay.
	 */
	async signOut(removeShared = false): Promise<void> {
		const session = this.session;
		const others = (this.shared ?? []).filter((s) => s.role !== 'coordinator').map((s) => s.id);
		// The session goes first, so every statement's sync has stopped before anything is removed.
		await clearTeamSession();
		this.session = undefined;
		this.shared = undefined;
		this.connection = { kind: 'signed-out' };
		await tick();
		await clearSharedList();
		if (removeShared) for (const id of others) await deleteAssessment(id).catch(() => undefined);
		if (session) await apiSignOut(session.serverUrl, session.accessToken).catch(() => undefined);
	}

	/**
	 * Removes a statement from this device. When it is shared on the team, the
	 * coordinator deletes it from the team server (the others keep their
	 * copies) and anyone else stops it being shared with them; the server is
	 * told now if it answers, or the next time it does.
	 */
	async removeFromDevice(id: string): Promise<void> {
		const access = this.accessTo(id);
		if (access) {
			await markLeaving({ id, action: access.role === 'coordinator' ? 'delete' : 'leave' });
			this.shared = this.shared?.filter((s) => s.id !== id);
			// Its sync stops before the statement goes.
			await tick();
		}
		await deleteAssessment(id);
		if (access) void this.#tellLeaving().catch(() => undefined);
	}

	/** Tells the team server about statements removed from this device; throws when it cannot be reached. */
	async #tellLeaving(): Promise<void> {
		const email = this.session?.user.email;
		if (!email) return;
		for (const leaving of await leavingStatements()) {
			try {
				await this.withToken((token, serverUrl) =>
					leaving.action === 'delete' ? deleteFromServer(serverUrl, token, leaving.id) : stopSharing(serverUrl, token, leaving.id, email)
				);
			} catch (error) {
				// Refused: already deleted, or no longer shared with the person. Either way, done.
				if (!(error instanceof TeamApiError) || error.kind !== 'refused') throw error;
			}
			await leftStatement(leaving.id);
		}
	}

	/** Reloads the statements shared with the person, refreshing the tokens when they have expired. */
	async refreshShared(): Promise<void> {
		if (!this.session) return;
		if (this.connection.kind !== 'unreachable') this.connection = { kind: 'checking' };
		try {
			await this.#tellLeaving();
			const leaving = new Set((await leavingStatements()).map((l) => l.id));
			const shared = (await this.withToken((token, serverUrl) => sharedStatements(serverUrl, token))).filter((s) => !leaving.has(s.id));
			await saveSharedList(shared);
			this.shared = shared;
			this.connection = { kind: 'connected' };
		} catch (error) {
			if (error instanceof TeamApiError && error.kind === 'unreachable') {
				this.connection = { kind: 'unreachable', since: this.connection.kind === 'unreachable' ? this.connection.since : new Date().toISOString() };
			} else if (error instanceof TeamApiError && error.kind === 'signed-out') {
				await clearTeamSession();
				this.session = undefined;
				this.connection = { kind: 'signed-out' };
			} else throw error;
		}
	}

	/** Runs `work` with a valid access token, refreshing it once if the server says it has expired. */
	async withToken<T>(work: (token: string, serverUrl: string) => Promise<T>): Promise<T> {
		const session = this.session;
		if (!session) throw new TeamApiError('signed-out', 'You are signed out.');
		const expired = Date.parse(session.accessTokenExpiresAt) - Date.now() < 30_000;
		if (!expired) {
			try {
				return await work(session.accessToken, session.serverUrl);
			} catch (error) {
				if (!(error instanceof TeamApiError) || error.kind !== 'signed-out') throw error;
			}
		}
		const next = await refreshOnce(session);
		this.session = next;
		return work(next.accessToken, next.serverUrl);
	}
}

/**
 * Refreshes the tokens, one tab at a time: a refresh token works once, so a
 * second tab refreshing with the same one would end the session. Inside the
 * lock, a session another tab has just refreshed is used as it is.
 */
async function refreshOnce(session: TeamSession): Promise<TeamSession> {
	const refresh = async (): Promise<TeamSession> => {
		const stored = await getTeamSession();
		if (stored && stored.refreshToken !== session.refreshToken && Date.parse(stored.accessTokenExpiresAt) - Date.now() > 30_000) return stored;
		const tokens = await refreshSession(session.serverUrl, (stored ?? session).refreshToken);
		const next: TeamSession = { ...(stored ?? session), ...tokens };
		await saveTeamSession(next);
		return next;
	};
	const locks = globalThis.navigator?.locks;
	return locks ? locks.request('team-session-refresh', refresh) : refresh();
}

/** This device's team server. Call `team.start()` once the app is in the browser. */
export const team = new TeamState();
