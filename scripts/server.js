// @ts-check
/**
 * `npm run server`: the team server for a council team. Builds the app first
 * if there is no build, then serves it with the sync endpoint and the API on
 * one port. Settings come from the environment (see docs/team-server.md):
 * PORT (8787), HOST (127.0.0.1), DATA_DIR (./data), DATABASE_URL, REDIS_URL.
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
// Resolved as server/config.ts does, from where the command runs (npm runs it at the project's root).
const buildDir = resolve(process.cwd(), process.env.BUILD_DIR ?? 'build');

if (!existsSync(resolve(buildDir, '200.html'))) {
	console.log('No build of the app yet: building it first…');
	const build = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

/** @type {typeof import('../server/main.ts')} */
const { main } = (await runnerImport('/server/main.ts', { root: projectRoot, configFile: false, logLevel: 'silent' })).module;
try {
	await main();
} catch (error) {
	console.error(`The team server cannot start: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
}
