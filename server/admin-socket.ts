import { chmod, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import type { Database } from './store/database.ts';
import { runTeamCommand, type CommandIo, type CommandResult } from './team-commands.ts';

/**
 * With the embedded database only one process may open the data folder, so
 * while the server runs, `npm run team` hands its command to the server
 * through a Unix socket in that folder (readable by its owner only).
 */

interface AdminRequest {
	argv: string[];
	password?: string;
}

/** Answers `npm run team` commands on `path` until closed. */
export async function listenForAdmin(path: string, db: Database, announce: CommandIo['announceAccessChange']): Promise<{ close(): Promise<void> }> {
	await rm(path, { force: true });
	const server = createServer((socket) => {
		let text = '';
		socket.setEncoding('utf8');
		socket.on('error', () => undefined);
		socket.on('data', (chunk: string) => {
			text += chunk;
			if (!text.includes('\n')) return;
			void answer(text.slice(0, text.indexOf('\n'))).then((result) => socket.end(`${JSON.stringify(result)}\n`));
		});
	});
	const answer = async (line: string): Promise<CommandResult> => {
		try {
			const request = JSON.parse(line) as AdminRequest;
			return await runTeamCommand(db, request.argv, { readPassword: async () => request.password ?? '', announceAccessChange: announce });
		} catch (error) {
			return { code: 1, out: `The server could not run the command: ${(error as Error).message}` };
		}
	};
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(path, () => resolve());
	});
	await chmod(path, 0o600);
	return {
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
			})
	};
}

/** Sends a command to a running server; undefined when no server answers on `path`. */
export function sendToServer(path: string, request: AdminRequest): Promise<CommandResult | undefined> {
	return new Promise((resolve) => {
		const socket = createConnection(path);
		let text = '';
		socket.setEncoding('utf8');
		socket.on('connect', () => socket.write(`${JSON.stringify(request)}\n`));
		socket.on('data', (chunk: string) => (text += chunk));
		socket.on('error', () => resolve(undefined));
		socket.on('close', () => {
			try {
				resolve(JSON.parse(text) as CommandResult);
			} catch {
				resolve(undefined);
			}
		});
	});
}
