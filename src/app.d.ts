// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		/** What a screen tells the next one it goes to, without putting it in the address (shown once, as a success banner). */
		interface PageState {
			/** The id of the contributor just added, on a statement's overview. */
			addedContributor?: string;
			/** What merging a file into a statement did, in words, on the statement's overview. */
			merged?: string;
		}
	}
}

export {};
