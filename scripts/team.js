// @ts-check
/**
 * `npm run team -- <command>`: the team server's accounts and audit log.
 * Run `npm run team -- help` for the commands.
 */

import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
/** @type {typeof import('../server/cli.ts')} */
const { main } = (await runnerImport('/server/cli.ts', { root: projectRoot, configFile: false, logLevel: 'silent' })).module;
process.exitCode = await main(process.argv.slice(2));
