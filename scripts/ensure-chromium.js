// @ts-check
/**
 * Makes sure the system Chromium the browser tests drive is installed. On a
 * Debian or Ubuntu machine where we are root (CI, a fresh container) it
 * installs Debian's `chromium` package; anywhere else it explains what to do.
 * Never downloads a browser build of its own.
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.js';

/** Installs Chromium if it is missing and we can; throws with advice if we cannot. */
export function ensureChromium() {
	if (existsSync(chromiumPath)) return;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH) {
		console.error('Chromium is missing: installing Debian’s chromium package…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
		const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
		if (install && install.status === 0 && existsSync(chromiumPath)) return;
	}
	throw new Error(
		`The browser tests need Chromium at ${chromiumPath}. Install it (on Debian or Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`
	);
}


