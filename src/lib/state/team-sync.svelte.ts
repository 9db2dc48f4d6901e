import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { SharedStatementSummary } from '$lib/sync/team-api.ts';
import { StatementSync, type StatementSyncState } from '$lib/sync/statement-sync.ts';
import { onStatementsChanged } from '$lib/storage/changes.ts';
import { changesWaiting } from '$lib/storage/shared-statements.ts';
import type { TeamSession } from '$lib/storage/team-session.ts';
import { formatTime } from '$lib/domain/dates.ts';
import { team } from './team.svelte.ts';

/**
 * Keeps every statement shared with the signed-in person in sync, on every
 * screen: one WebSocket to the team server, one `StatementSync` per shared
 * statement, rebuilt when the person's role on it changes. Loaded only once
 * someone is signed in, so the app without a team server never loads it.
 */
class TeamSync {
	/** Each shared statement's sync state, by statement id. */
	states = $state<Record<string, StatementSyncState>>({});
	#syncs = new Map<string, { sync: StatementSync; access: string }>();
	#socket: { url: string; socket: HocuspocusProviderWebsocket } | undefined;
	#online = false;
	#offlineSince: string | undefined;
	#started = false;
	/** Changes on this device the team server has not acknowledged, by statement: offline saves too. */
	#waiting = new Map<string, number>();
	#counting: ReturnType<typeof setTimeout> | undefined;

	/** Starts following the session and the shared list; safe to call more than once. */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		onStatementsChanged((ids) => {
			for (const id of ids) this.#syncs.get(id)?.sync.schedule();
			this.#countSoon();
		});
		$effect.root(() => {
			$effect(() => this.#apply(team.session, team.shared));
			$effect(() => {
				const here = team.here;
				for (const [id, { sync }] of this.#syncs) sync.setHere(here?.statementId === id ? { questionId: here.questionId } : undefined);
			});
		});
		// The browser knows first when the network goes: drop the socket at once rather than wait for it to time out.
		// The socket's own close can take a while with the network gone, so the header says so at once.
		addEventListener('offline', () => {
			this.#socket?.socket.disconnect();
			this.#connectionChanged(false);
		});
		addEventListener('online', () => {
			void this.#socket?.socket.connect();
			void team.refreshShared().catch(() => undefined);
		});
		// Statements shared since: the list is asked for again now and then.
		setInterval(() => void team.refreshShared().catch(() => undefined), 60_000);
	}

	#apply(session: TeamSession | undefined, shared: readonly SharedStatementSummary[] | undefined): void {
		if (!session) {
			this.#stopAll();
			return;
		}
		if (shared === undefined) return;
		const socket = this.#socketFor(session.serverUrl);
		const wanted = new Map(shared.map((s) => [s.id, s]));
		for (const [id, running] of this.#syncs) {
			const now = wanted.get(id);
			if (now && running.access === accessKey(now)) continue;
			running.sync.destroy();
			this.#syncs.delete(id);
			if (!now) this.states[id] = { kind: 'no-access' };
		}
		for (const statement of shared) {
			if (this.#syncs.has(statement.id)) continue;
			const sync = new StatementSync({
				statementId: statement.id,
				access: { role: statement.role, exempt: statement.exempt },
				personName: session.user.name,
				socket,
				token: () => team.withToken(async (token) => token),
				onState: (state) => {
					this.states[statement.id] = state;
					if (state.kind === 'problem') team.syncProblems[statement.id] = state.problem;
					else delete team.syncProblems[statement.id];
					this.#summarise();
					// Access changed or ended: the list says what the person may do now.
					if (state.kind === 'no-access') void team.refreshShared().catch(() => undefined);
				},
				onSignedOut: () => void team.refreshShared().catch(() => undefined),
				onPending: () => this.#countSoon(),
				onPresence: (people) => (team.present[statement.id] = people)
			});
			const here = team.here;
			if (here?.statementId === statement.id) sync.setHere({ questionId: here.questionId });
			this.#syncs.set(statement.id, { sync, access: accessKey(statement) });
		}
		this.#countSoon();
	}

	/** Counts the waiting changes again shortly (saves come in bursts), then updates the summary. */
	#countSoon(): void {
		clearTimeout(this.#counting);
		this.#counting = setTimeout(() => {
			const ids = [...this.#syncs.keys()];
			void Promise.all(ids.map(async (id) => [id, await changesWaiting(id).catch(() => 0)] as const)).then((counts) => {
				this.#waiting = new Map(counts);
				this.#summarise();
			});
		}, 100);
	}

	#socketFor(serverUrl: string): HocuspocusProviderWebsocket {
		const url = serverUrl.replace(/^http/, 'ws');
		if (this.#socket?.url !== url) {
			this.#stopAll();
			const socket = new HocuspocusProviderWebsocket({ url, delay: 500, minDelay: 500, maxDelay: 10_000 });
			socket.on('status', ({ status }: { status: string }) => this.#connectionChanged(status === 'connected'));
			this.#socket = { url, socket };
		}
		return this.#socket.socket;
	}

	#connectionChanged(online: boolean): void {
		this.#online = online;
		if (online) this.#offlineSince = undefined;
		else {
			this.#offlineSince ??= new Date().toISOString();
			// Nothing counts as synced again until each statement has caught up after reconnecting.
			for (const id of this.#syncs.keys()) if (this.states[id]?.kind === 'synced') this.states[id] = { kind: 'connecting' };
		}
		this.#summarise();
	}

	/** The one line the header shows: offline, sending, a problem, or all synced. */
	#summarise(): void {
		if (!this.#socket) {
			team.syncSummary = '';
			return;
		}
		const states = Object.entries(this.states).filter(([id]) => this.#syncs.has(id)).map(([, state]) => state);
		const pending = [...this.#syncs.keys()].reduce((sum, id) => sum + (this.#waiting.get(id) ?? 0), 0);
		const waiting = pending === 1 ? '1 change waiting' : `${pending} changes waiting`;
		if (!this.#online) {
			const since = this.#offlineSince ? ` since ${formatTime(this.#offlineSince)}` : '';
			team.syncSummary = `${pending > 0 ? `${waiting} – ` : ''}cannot reach the team server${since}; your work is kept on this device`;
		} else if (states.some((s) => s.kind === 'problem')) team.syncSummary = 'A shared statement cannot sync: see its overview';
		else if (pending > 0 || states.some((s) => s.kind === 'connecting')) team.syncSummary = `Syncing${pending > 0 ? ` – ${waiting}` : ''}…`;
		else team.syncSummary = 'All changes synced';
	}

	#stopAll(): void {
		for (const { sync } of this.#syncs.values()) sync.destroy();
		this.#syncs.clear();
		this.#socket?.socket.destroy();
		this.#socket = undefined;
		this.#summarise();
	}
}

function accessKey(statement: Pick<SharedStatementSummary, 'role' | 'exempt'>): string {
	return `${statement.role}:${statement.exempt}`;
}

/** The team sync of this tab. */
export const teamSync = new TeamSync();
