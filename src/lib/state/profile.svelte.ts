import { authorLabel } from '$lib/domain/person.ts';
import type { Person } from '$lib/domain/types.ts';
import { watch } from '$lib/storage/live.ts';
import { getProfile } from '$lib/storage/profile.ts';

/**
 * Who is using this device, followed live from the database (a change in
 * another tab shows here too). One shared instance: the header, the answer
 * editor and the notes all read it.
 */
class ProfileState {
	current = $state<Person | undefined>(undefined);
	loaded = $state(false);
	#started = false;

	/** Starts following the stored profile; safe to call more than once. */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		watch(getProfile).subscribe({
			next: (person) => {
				this.current = person;
				this.loaded = true;
			},
			error: () => {
				this.loaded = true;
			}
		});
	}

	/** "Sam Patel, Head of Service", or empty while nobody has said who they are: recorded on saved answers. */
	get label(): string {
		return this.current ? authorLabel(this.current) : '';
	}
}

/** The person using this device. Call `profile.start()` once the app is in the browser. */
export const profile = new ProfileState();

/** The address of the "Who is using this device" screen, coming back to `returnTo` (a path in this app) afterwards. */
export function profileHref(base: string, returnTo: string): string {
	return `${base}/profile?return=${encodeURIComponent(returnTo)}`;
}

/** The path to go back to after the profile screen: only a path within this app, never another site. */
export function safeReturn(base: string, requested: string | null): string {
	if (!requested || !requested.startsWith(`${base}/`) || requested.startsWith('//') || requested.includes('\\')) return `${base}/`;
	return requested;
}
