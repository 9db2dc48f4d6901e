// @ts-check
/**
 * Serves the built app (build/) the way a static host would: known files as
 * they are, any other path gets the SPA fallback `200.html`. Used by the
 * browser tests, the bench, and `npm run serve`.
 *
 *   node scripts/serve.js    serves build/ on http://localhost:4173
 */

import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The folder `npm run build` writes to. */
export const buildDir = resolve(projectRoot, process.env.BUILD_DIR ?? 'build');

/**
 * @typedef {object} RunningServer
 * @property {string} url the origin, for example `http://localhost:4173`, no trailing slash
 * @property {number} port
 * @property {() => Promise<void>} close stops the server and drops open connections
 */

/**
 * Starts a static server for `root` (default build/). Port 0 picks a free
 * port. Rejects if `root` has no `200.html` (the app has not been built) or
 * the port is taken.
 *
 * With `plainHost`, it serves `.mjs` files as `application/octet-stream`, as
 * a static host that does not know the extension does (IIS without a MIME
 * map, older nginx): the browser tests run the app so, to prove it never
 * needs one.
 *
 * With `base` (for example `/scrutiny`), the app is served under that path,
 * as a build made with `BASE_PATH` expects; other addresses answer 404.
 *
 * @param {{ port?: number, root?: string, host?: string, plainHost?: boolean, base?: string }} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer({ port = 4173, root = buildDir, host = '127.0.0.1', plainHost = false, base = '' } = {}) {
	if (!existsSync(resolve(root, '200.html'))) {
		throw new Error(`${root} has no 200.html: build the app first with \`npm run build\`.`);
	}

	const serve = sirv(root, {
		dev: false,
		etag: true,
		single: '200.html',
		setHeaders(res, pathname) {
			if (plainHost && pathname.endsWith('.mjs')) res.setHeader('Content-Type', 'application/octet-stream');
			// Hashed build files never change under the same name.
			if (pathname.startsWith('/_app/immutable/')) {
				res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			} else {
				// Everything else, above all service-worker.js, is revalidated on
				// every request so that a new version is noticed at once.
				res.setHeader('Cache-Control', 'no-cache');
			}
		}
	});

	const server = createServer((req, res) => {
		if (!base) return serve(req, res);
		const url = req.url ?? '/';
		if (url !== base && !url.startsWith(`${base}/`) && !url.startsWith(`${base}?`)) {
			res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
			return;
		}
		req.url = url.slice(base.length) || '/';
		serve(req, res);
	});

	await new Promise((resolveListen, rejectListen) => {
		server.once('error', rejectListen);
		server.listen(port, host, () => {
			server.off('error', rejectListen);
			resolveListen(undefined);
		});
	});

	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('The server has no TCP address.');

	return {
		url: `http://localhost:${address.port}`,
		port: address.port,
		close: () =>
			new Promise((resolveClose, rejectClose) => {
				server.close((error) => (error ? rejectClose(error) : resolveClose(undefined)));
				server.closeAllConnections();
			})
	};
}

// Run directly: serve build/ until stopped.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const port = Number(process.env.PORT ?? 4173);
	try {
		const { url } = await startServer({ port });
		console.log(`Serving build/ on ${url}`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
