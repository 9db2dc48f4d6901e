/**
 * Serves the built app (build/) on a free port for the whole end-to-end run
 * and hands its address to the specs as `inject('baseUrl')`. Run
 * `npm run build` first: the specs test what users get, not the dev server.
 */

import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../../scripts/ensure-chromium.js';
import { startServer } from '../../../scripts/serve.js';

declare module 'vitest' {
	interface ProvidedContext {
		/** The test server's origin, for example `http://localhost:41234`. */
		baseUrl: string;
	}
}

/** Starts the server; the returned function stops it after the last spec. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	ensureChromium();
	// Served as a plain static host would: every script the app loads must be a .js file.
	const server = await startServer({ port: 0, plainHost: true });
	project.provide('baseUrl', server.url);
	return () => server.close();
}
