import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { DOCUMENT_MAPS, documentName, type DocumentKind } from '../domain/team/documents.ts';
import { readShared, recordsToSend, type SharedMaps } from '../domain/team/remote-statement.ts';
import { latestChange } from '../domain/team/sync-progress.ts';
import { editsAnswers, seesExempt, type Access } from '../domain/team/roles.ts';
import { MissingRecordError } from '../storage/errors.ts';
import { saveSyncedThrough, saveWithheld } from '../storage/shared-statements.ts';
import { heldBackAnswers } from '../storage/sync-conflicts.ts';
import { dropWithheldAnswers, takeShared } from '../storage/sync-merge.ts';
import { exportStatement } from '../storage/transfer.ts';

/** Where one statement's sync has got to. */
export type StatementSyncState =
	| { kind: 'connecting' }
	| { kind: 'synced' }
	/** The team server refused what it holds or what this device sent: nothing was overwritten. */
	| { kind: 'problem'; problem: string }
	/** The statement is no longer shared with the person. */
	| { kind: 'no-access' };

/** What a statement's sync needs from the rest of the app. */
export interface StatementSyncOptions {
	statementId: string;
	access: Access;
	/** The signed-in person's name: their notes and replies carry it. */
	personName: string;
	socket: HocuspocusProviderWebsocket;
	token(): Promise<string>;
	onState(state: StatementSyncState): void;
	/** Changes were sent or acknowledged: the count of those not yet acknowledged changed. */
	onPending(): void;
	/** The person's sign-in has expired and could not be renewed. */
	onSignedOut(): void;
	/** Who else has this statement open now, and on which question. */
	onPresence(people: Presence[]): void;
}

/** Someone else with a shared statement open: on its overview, or on a question. */
export interface Presence {
	name: string;
	questionId?: string;
	/** They may change answers (so on a question they are editing it, not reading it). */
	editing: boolean;
}

/** Marks the Yjs changes this device makes, so it does not take them for someone else's. */
const LOCAL = Symbol('this device');

/**
 * Mirrors one shared statement between this device's database and its
 * shared documents. Dexie stays the truth: what arrives is merged in through
 * the storage functions (`takeShared`), and what this device holds is sent
 * whole, record by record, where the documents differ. Both directions run
 * one at a time, after the documents have synced with the server.
 */
export class StatementSync {
	readonly #docs = new Map<DocumentKind, { doc: Y.Doc; provider: HocuspocusProvider }>();
	#running: Promise<void> = Promise.resolve();
	#scheduled = false;
	#destroyed = false;
	/** The latest change in what this device last sent, recorded once the server has acknowledged it all. */
	#sentThrough: string | undefined;

	constructor(private readonly options: StatementSyncOptions) {
		const kinds: DocumentKind[] = seesExempt(options.access) ? ['main', 'exempt', 'panel'] : ['main', 'panel'];
		for (const kind of kinds) {
			const doc = new Y.Doc();
			for (const map of DOCUMENT_MAPS[kind]) {
				doc.getMap(map).observe((event) => {
					if (event.transaction.origin !== LOCAL) this.schedule();
				});
			}
			const provider = new HocuspocusProvider({
				websocketProvider: options.socket,
				name: documentName(options.statementId, kind),
				document: doc,
				token: options.token,
				onSynced: () => this.schedule(),
				onUnsyncedChanges: () => {
					this.#recordAcknowledged();
					options.onPending();
				},
				// Only the main document carries presence; the provider's own no-op stays for the others.
				...(kind === 'main' ? { onAwarenessChange: ({ states }: { states: Record<string, unknown>[] }) => this.#presence(states) } : {}),
				onAuthenticationFailed: ({ reason }) => this.#refused(reason),
				onClose: ({ event }) => {
					if (event.reason.startsWith('update-refused')) options.onState({ kind: 'problem', problem: event.reason });
					// The person's role changed or ended: the shared list says what they may do now.
					if (event.reason === 'access-changed' || event.reason === 'statement-deleted') options.onState({ kind: 'no-access' });
				}
			});
			provider.attach();
			this.#docs.set(kind, { doc, provider });
		}
		options.onState({ kind: 'connecting' });
	}

	/** Runs a reconciliation soon (changes come in bursts); one at a time. */
	schedule(): void {
		if (this.#scheduled || this.#destroyed) return;
		this.#scheduled = true;
		this.#running = this.#running.then(async () => {
			await new Promise((resolve) => setTimeout(resolve, 30));
			this.#scheduled = false;
			if (this.#destroyed) return;
			await this.#reconcile().catch((error: unknown) => {
				this.options.onState({ kind: 'problem', problem: error instanceof Error ? error.message : String(error) });
			});
		});
	}

	/**
	 * Says where this person is in the statement (its overview, or a question),
	 * or nowhere; others see it through Yjs awareness, never stored.
	 */
	setHere(here: { questionId?: string } | undefined): void {
		const provider = this.#docs.get('main')?.provider;
		if (!provider) return;
		provider.setAwarenessField(
			'user',
			here ? { name: this.options.personName, questionId: here.questionId ?? null, editing: editsAnswers(this.options.access) } : null
		);
	}

	#presence(states: readonly Record<string, unknown>[]): void {
		const own = this.#docs.get('main')?.doc.clientID;
		const people: Presence[] = [];
		for (const state of states) {
			const user = state.user as { name?: unknown; questionId?: unknown; editing?: unknown } | null | undefined;
			if (state.clientId === own || !user || typeof user.name !== 'string') continue;
			people.push({ name: user.name, questionId: typeof user.questionId === 'string' ? user.questionId : undefined, editing: user.editing === true });
		}
		this.options.onPresence(people);
	}

	/** Changes sent to the team server and not yet acknowledged. */
	get pending(): number {
		return [...this.#docs.values()].reduce((sum, { provider }) => sum + provider.unsyncedChanges, 0);
	}

	/** True once every document has synced with the server. */
	get synced(): boolean {
		return [...this.#docs.values()].every(({ provider }) => provider.isSynced);
	}

	/** Disconnects; the statement stays on the device. */
	destroy(): void {
		this.#destroyed = true;
		for (const { provider, doc } of this.#docs.values()) {
			provider.destroy();
			doc.destroy();
		}
		this.#docs.clear();
	}

	/** Once the server holds everything sent, the changes up to then no longer count as waiting. */
	#recordAcknowledged(): void {
		const through = this.#sentThrough;
		if (!through || this.#destroyed || this.pending > 0 || !this.synced) return;
		void saveSyncedThrough(this.options.statementId, through)
			.then(() => this.options.onPending())
			.catch(() => undefined);
	}

	#refused(reason: string): void {
		if (reason === 'unauthorized') this.options.onSignedOut();
		else if (reason === 'forbidden') this.options.onState({ kind: 'no-access' });
		else this.options.onState({ kind: 'problem', problem: reason });
	}

	#maps(): SharedMaps {
		const read = (kind: DocumentKind, map: string) => (this.#docs.get(kind)?.doc.getMap(map).toJSON() ?? {}) as Record<string, unknown>;
		return {
			main: { assessment: read('main', 'assessment'), responses: read('main', 'responses'), revisions: read('main', 'revisions') },
			exempt: this.#docs.has('exempt') ? { responses: read('exempt', 'responses'), revisions: read('exempt', 'revisions') } : undefined,
			panel: { notes: read('panel', 'notes'), recommendations: read('panel', 'recommendations') }
		};
	}

	async #reconcile(): Promise<void> {
		if (!this.synced) return;
		const { statementId, access, personName } = this.options;
		const remote = readShared(statementId, this.#maps());
		if (remote.kind === 'refused') {
			this.options.onState({ kind: 'problem', problem: `What the team server holds does not fit the file format (${remote.problem}); nothing here was changed.` });
			return;
		}
		if (remote.kind === 'statement') {
			await takeShared(remote.records, access.role, personName);
			await saveWithheld(statementId, remote.withheld.map((w) => ({ questionId: w.questionId, exemptionCategory: w.exemptionCategory ?? '' })));
			// Marked exempt since it reached this device: it leaves, unless changed here and not yet sent.
			if (!seesExempt(access)) await dropWithheldAnswers(statementId, remote.withheld.map((w) => w.questionId));
		}
		let local;
		try {
			local = (await exportStatement(statementId)).data;
		} catch (error) {
			// Not on this device and nothing shared yet: nothing to do.
			if (error instanceof MissingRecordError) return;
			throw error;
		}
		const maps = this.#maps();
		const sends = recordsToSend(local, maps, { access, personName, heldBack: await heldBackAnswers(statementId) });
		for (const kind of ['exempt', 'main', 'panel'] as const) {
			const doc = this.#docs.get(kind)?.doc;
			const mine = sends.filter((s) => s.kind === kind);
			if (!doc || mine.length === 0) continue;
			doc.transact(() => {
				for (const send of mine) {
					if (send.value === undefined) doc.getMap(send.map).delete(send.key);
					else doc.getMap(send.map).set(send.key, send.value);
				}
			}, LOCAL);
		}
		this.#sentThrough = latestChange(local);
		this.#recordAcknowledged();
		this.options.onState({ kind: 'synced' });
	}
}
