// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		/** What a screen tells the next one it goes to, without putting it in the address (shown once, as a success banner). */
		interface PageState {
			/** The id of the contributor just added, on a statement's overview. */
			addedContributor?: string;
			/** What merging a file into a statement did, in words, on the statement's overview. */
			merged?: string;
			/** What the last change to the panel's own questions did ("Question 6.2 has been added"), on their page. */
			localQuestionsChanged?: string;
			/** The area to offer "Add another question" for, with that banner. */
			localQuestionsArea?: string;
			/** What the figure screens just did ("Figure added: …"), on the question page's Figures section. */
			figureSaved?: string;
		}
	}
}

export {};
