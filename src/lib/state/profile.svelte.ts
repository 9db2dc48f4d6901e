import { authorLabel, type PersonInput } from '$lib/domain/person.ts';
import type { Person } from '$lib/domain/types.ts';
import { storageProblem, storageProblemMessage } from '$lib/storage/errors.ts';
import { watch } from '$lib/storage/live.ts';
import { getProfile, saveProfile } from '$lib/storage/profile.ts';

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

/**
 * Stores who is using this device (checked again first): the saved person,
 * or why it could not be saved, in words.
 */
export async function saveYourDetails(input: PersonInput): Promise<{ ok: true; person: Person } | { ok: false; failure: string }> {
	try {
		return { ok: true, person: await saveProfile(input) };
	} catch (error) {
		return { ok: false, failure: storageProblemMessage(storageProblem(error)).replace('this could not be saved', 'your details could not be saved') };
	}
}

/** The address of the "Who is using this device" screen, coming back to `returnTo` (a path in this app) afterwards. */
export function profileHref(base: string, returnTo: string): string {
	return `${base}/profile?return=${encodeURIComponent(returnTo)}`;
}

/** The path to go back to after the profile screen: only a path within this app, never another site. */
export function safeReturn(base: string, requested: string | null): string {
	if (!requested || !requested.startsWith(`${base}/`) || requested.startsWith('//') || requested.includes('\\')) return `${base}/`;
	return requested;
}
