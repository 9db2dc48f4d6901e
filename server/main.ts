import { join } from 'node:path';
import { listenForAdmin } from './admin-socket.ts';
import { configFromEnv } from './config.ts';
import { startTeamServer } from './index.ts';
import { ACCESS_CHANNEL } from './sync.ts';

/**
 * `npm run server`: starts the team server from the environment's settings
 * and stops it cleanly (storing every open document) on SIGINT or SIGTERM.
 */
export async function main(): Promise<void> {
	const config = configFromEnv();
	// A failed hook must be logged, never take the server down with everyone's connections.
	process.on('unhandledRejection', (reason) => console.error('Unhandled:', reason));
	const server = await startTeamServer(config);
	const admin = server.db.kind === 'pglite'
		? await listenForAdmin(join(config.dataDir, 'admin.sock'), server.db, (change) => server.db.notify(ACCESS_CHANNEL, JSON.stringify(change)))
		: undefined;
	const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
	console.log(`Team server at ${server.url} (data in ${where}${config.redisUrl ? ', with Redis' : ''}).`);
	let stopping = false;
	const stop = async (signal: string) => {
		if (stopping) return;
		stopping = true;
		console.log(`${signal}: storing documents and stopping…`);
		await admin?.close();
		await server.close();
		process.exit(0);
	};
	process.on('SIGINT', () => void stop('SIGINT'));
	process.on('SIGTERM', () => void stop('SIGTERM'));
}
