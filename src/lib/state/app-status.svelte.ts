import { onUpgradeElsewhere } from '$lib/storage/db.ts';
import { flushPendingSaves } from './pending-saves.ts';

/** App-wide conditions every screen must show. */
class AppStatus {
	/** A newer version of the app in another tab upgraded the database; this tab must reload. */
	closedByUpgrade = $state(false);

	/** Starts listening for an upgrade from another tab. Call once, from the root layout. */
	watchForUpgradeElsewhere(): void {
		onUpgradeElsewhere(flushPendingSaves, () => (this.closedByUpgrade = true));
	}
}

/** The one instance. */
export const appStatus = new AppStatus();
