import type { ShareRequest } from '$lib/domain/team/share-form.ts';
import type { Assessment } from '$lib/domain/types.ts';
import { listShares, registerStatement, shareWith, stopSharing, type ShareSummary } from '$lib/sync/team-api.ts';
import { team } from './team.svelte.ts';

/**
 * Who one statement is shared with on the team server, for its Share
 * screen. The server decides every rule; this only asks and shows.
 */
export class StatementSharing {
	/** Undefined until loaded, or when the statement is not on the team server yet. */
	shares = $state<ShareSummary[] | undefined>(undefined);
	loaded = $state(false);

	constructor(private readonly statementId: string) {}

	/** Loads the list (the person must coordinate the statement). */
	async load(): Promise<void> {
		// Not on the team server yet (the person's list says so): nothing to ask for.
		const onServer = team.shared?.some((s) => s.id === this.statementId) ?? true;
		this.shares = onServer ? await team.withToken((token, server) => listShares(server, token, this.statementId)) : undefined;
		this.loaded = true;
	}

	/** Shares with one person, putting the statement on the team server first if it is not there yet. */
	async share(assessment: Assessment, request: ShareRequest): Promise<void> {
		const registering = this.shares === undefined;
		await team.withToken(async (token, server) => {
			if (registering) await registerStatement(server, token, assessment.id, assessment.title);
			await shareWith(server, token, assessment.id, request);
		});
		await this.load();
		// Now on the team server: this device starts syncing it at once.
		if (registering) await team.refreshShared();
	}

	/** Stops sharing with one person; their connections end at once. */
	async remove(email: string): Promise<void> {
		await team.withToken((token, server) => stopSharing(server, token, this.statementId, email));
		await this.load();
	}
}
