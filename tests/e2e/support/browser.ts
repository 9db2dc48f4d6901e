/**
 * The browser for the end-to-end specs: the system's Chromium, launched by
 * the same code the bench uses (scripts/chromium.js), and the address of the
 * built app that global-setup.ts serves.
 */

import { inject } from 'vitest';

export { chromiumPath, launchChromium, newPage, takePolicyViolations } from '../../../scripts/chromium.js';

/** The absolute URL of `path` (for example `/statements/new`) on the test server. */
export function appUrl(path = '/'): string {
	return new URL(path, inject('baseUrl')).href;
}
