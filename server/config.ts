import { resolve } from 'node:path';

/**
 * The team server's settings, from the environment. Every setting has a
 * default that suits one council on one machine.
 */

/** Sizes the server refuses beyond. */
export interface Limits {
	/** One WebSocket message (one update), in bytes. */
	maxUpdateBytes: number;
	/** One document's whole state, in bytes. */
	maxDocumentBytes: number;
	/** One person's presence (who is here), in bytes. */
	maxAwarenessBytes: number;
	/** One JSON request body, in bytes. */
	maxRequestBytes: number;
}

/** Everything the server needs to start. */
export interface ServerConfig {
	port: number;
	host: string;
	/** PGlite's folder (and the admin socket's), used when there is no DATABASE_URL. */
	dataDir: string;
	databaseUrl?: string;
	redisUrl?: string;
	/** The built app to serve; the server builds it first if it is missing. */
	buildDir: string;
	/** Origins besides the server's own that may open the WebSocket (a reverse proxy's public address). */
	allowedOrigins: string[];
	limits: Limits;
	/** Milliseconds after a change before a document is stored. */
	storeDebounceMs: number;
}

/** Default limits: an answer may hold 200,000 characters, so an update may be a few MB. */
export const DEFAULT_LIMITS: Limits = {
	maxUpdateBytes: 8 * 1024 * 1024,
	maxDocumentBytes: 64 * 1024 * 1024,
	maxAwarenessBytes: 16 * 1024,
	maxRequestBytes: 64 * 1024
};

/** Reads the settings from `env` (process.env by default); throws with the setting's name when one is wrong. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
	return {
		port: integer(env, 'PORT', 8787, 0, 65535),
		host: env.HOST || '127.0.0.1',
		dataDir: resolve(cwd, env.DATA_DIR || 'data'),
		databaseUrl: env.DATABASE_URL || undefined,
		redisUrl: env.REDIS_URL || undefined,
		buildDir: resolve(cwd, env.BUILD_DIR || 'build'),
		allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
			.split(',')
			.map((o) => o.trim().replace(/\/$/, ''))
			.filter(Boolean),
		limits: {
			maxUpdateBytes: integer(env, 'MAX_UPDATE_BYTES', DEFAULT_LIMITS.maxUpdateBytes, 1024),
			maxDocumentBytes: integer(env, 'MAX_DOCUMENT_BYTES', DEFAULT_LIMITS.maxDocumentBytes, 1024),
			maxAwarenessBytes: DEFAULT_LIMITS.maxAwarenessBytes,
			maxRequestBytes: DEFAULT_LIMITS.maxRequestBytes
		},
		storeDebounceMs: integer(env, 'STORE_DEBOUNCE_MS', 1000, 0)
	};
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
	return value;
}
