import { join } from 'node:path';
import { sendToServer } from './admin-socket.ts';
import { configFromEnv } from './config.ts';
import { DataDirInUseError, openDatabase } from './store/database.ts';
import { migrate } from './store/migrations.ts';
import { ACCESS_CHANNEL } from './sync.ts';
import { needsPassword, runTeamCommand, type CommandResult } from './team-commands.ts';

/**
 * `npm run team -- <command>`: manages accounts and reads the audit log.
 * With DATABASE_URL it works on PostgreSQL directly (the servers hear of
 * removals through NOTIFY); with the embedded database it asks the running
 * server, or opens the data folder itself when no server is running.
 */
export async function main(argv: readonly string[]): Promise<number> {
	const config = configFromEnv();
	const password = needsPassword(argv) && argv[1] && !argv[1].startsWith('--') ? await readPassword(argv[1]) : undefined;
	let result: CommandResult | undefined;
	if (!config.databaseUrl) result = await sendToServer(join(config.dataDir, 'admin.sock'), { argv: [...argv], password });
	result ??= await runHere(argv, password);
	(result.code === 0 ? console.log : console.error)(result.out);
	return result.code;
}

async function runHere(argv: readonly string[], password: string | undefined): Promise<CommandResult> {
	const config = configFromEnv();
	let db;
	try {
		db = await openDatabase(config);
	} catch (error) {
		if (error instanceof DataDirInUseError) {
			return { code: 1, out: `${error.message} It is the team server, but it does not answer on ${join(config.dataDir, 'admin.sock')}: restart it and try again.` };
		}
		return { code: 1, out: `Cannot open the database: ${(error as Error).message}` };
	}
	try {
		await migrate(db);
		return await runTeamCommand(db, argv, {
			readPassword: async () => password ?? '',
			announceAccessChange: (change) => db.notify(ACCESS_CHANNEL, JSON.stringify(change))
		});
	} finally {
		await db.close();
	}
}

/** Reads a password: typed without echo at a terminal, or the first line of piped input. */
async function readPassword(email: string): Promise<string> {
	const stdin = process.stdin;
	if (!stdin.isTTY) {
		let text = '';
		stdin.setEncoding('utf8');
		for await (const chunk of stdin) text += chunk as string;
		return text.split(/\r?\n/)[0] ?? '';
	}
	process.stderr.write(`Password for ${email} (12 characters or more, not shown): `);
	stdin.setRawMode(true);
	stdin.setEncoding('utf8');
	return new Promise((resolve) => {
		let typed = '';
		const onData = (key: string) => {
			for (const char of key) {
				if (char === '\r' || char === '\n' || char === '\u0004') {
					stdin.setRawMode(false);
					stdin.off('data', onData);
					stdin.pause();
					process.stderr.write('\n');
					resolve(typed);
					return;
				}
				if (char === '\u0003') process.exit(130);
				typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
			}
		};
		stdin.on('data', onData);
		stdin.resume();
	});
}
