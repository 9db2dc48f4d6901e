/**
 * Runs the team server as its own process, exactly as `npm run server`
 * does, for tests that restart it, kill it or run two side by side.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './services.ts';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A team server process. */
export interface ServerProcess {
	url: string;
	port: number;
	pid: number;
	/** What it printed so far. */
	output(): string;
	/** SIGTERM, then waits for it to exit (it stores open documents first). */
	stop(): Promise<void>;
	/** SIGKILL: no chance to store anything. */
	kill(): Promise<void>;
}

/** Starts `npm run server`'s script on a free port with `env`; resolves once /healthz answers 200 (60 s at most). */
export async function startServerProcess(env: Record<string, string | undefined>): Promise<ServerProcess> {
	const port = env.PORT ? Number(env.PORT) : await freePort();
	const child = spawn(process.execPath, ['scripts/server.js'], {
		cwd: projectRoot,
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), STORE_DEBOUNCE_MS: '50', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`The team server exited (${child.exitCode}):\n${output}`);
		const healthy = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
		if (healthy) break;
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`The team server did not answer /healthz within 60 s:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const end = async (signal: NodeJS.Signals, child: ChildProcess) => {
		if (child.exitCode === null && child.signalCode === null) child.kill(signal);
		await exited;
		process.off('exit', killOnExit);
	};
	return {
		url,
		port,
		pid: child.pid ?? 0,
		output: () => output,
		stop: () => end('SIGTERM', child),
		kill: () => end('SIGKILL', child)
	};
}
