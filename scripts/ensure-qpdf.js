// @ts-check
/**
 * Makes sure qpdf, which the PDF tests run on every file they make
 * (`qpdf --check`, and its JSON to read the tag tree), is installed. On a
 * Debian or Ubuntu machine where we are root (CI, a fresh container) it
 * installs Debian's `qpdf` package; anywhere else it explains what to do.
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const hasQpdf = () => spawnSync('qpdf', ['--version'], { stdio: 'ignore' }).status === 0;

/** Installs qpdf if it is missing and we can; throws with advice if we cannot. */
export function ensureQpdf() {
	if (hasQpdf()) return;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.error('qpdf is missing: installing Debian’s qpdf package…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
		const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', 'qpdf'], { stdio: 'inherit', env });
		if (install && install.status === 0 && hasQpdf()) return;
	}
	throw new Error('The PDF tests need qpdf on the PATH. Install it (on Debian or Ubuntu: sudo apt-get install qpdf).');
}
