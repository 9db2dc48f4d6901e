import { readFlag, writeFlag } from '$lib/storage/preferences.ts';

const NAME = 'reading-shortcuts';

/**
 * Whether the reading view's single-key shortcuts (j and k) are on. They
 * can be turned off (WCAG 2.1.4), for example by speech-input users whose
 * dictated words could trigger them; the choice is remembered in this browser.
 */
class ReadingShortcuts {
	enabled = $state(readFlag(NAME, true));

	set(enabled: boolean): void {
		this.enabled = enabled;
		writeFlag(NAME, enabled);
	}
}

/** The one instance. */
export const readingShortcuts = new ReadingShortcuts();
