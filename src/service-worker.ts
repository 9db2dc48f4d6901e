/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * The offline service worker. It precaches the whole app at install, so that
 * after the first visit every screen opens with the network off:
 *
 * - the built JavaScript and CSS and the files in `static/` are served from
 *   the cache first (their names change whenever their content does);
 * - every page load (a navigation) is answered with the cached SPA shell,
 *   `200.html`, at once, so the app opens instantly even on a bad connection;
 *   the client-side router then renders the right screen;
 * - any other same-origin GET goes to the network first and falls back to
 *   the cache.
 *
 * A new version installs alongside the old one and then waits: it only takes
 * over when a page asks it to (`{type: 'skip-waiting'}`), after that page has
 * saved everything pending (see src/lib/state/app-update.svelte.ts).
 */

import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

/** One cache per version of the app, so versions never mix. */
const CACHE = `scrutiny-${version}`;

/** The SPA fallback page: the shell every navigation is answered with. */
const SHELL = `${base}/200.html`;

/** Files whose content never changes under the same URL within a version. */
const STATIC_ASSETS = new Set([...build, ...files]);

// `Cache.addAll` rejects duplicate URLs, so the list is de-duplicated.
const PRECACHE = [...new Set([...build, ...files, ...prerendered, SHELL])];

sw.addEventListener('install', (event) => {
	// No skipWaiting here: a new version waits until the page has saved its
	// work and asks it to take over.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	const data: unknown = event.data;
	if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'skip-waiting') {
		void sw.skipWaiting();
	}
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;

	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	// The team server's API answers for one person at one moment: never cached, never answered offline.
	if (url.pathname.startsWith('/api/') || url.pathname === '/healthz') return;

	if (request.mode === 'navigate') {
		event.respondWith(shell(request));
	} else if (STATIC_ASSETS.has(url.pathname)) {
		event.respondWith(cacheFirst(request, url.pathname));
	} else {
		event.respondWith(networkFirst(request));
	}
});

/** The cached shell at once; the network only if the shell is not cached. */
async function shell(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(SHELL)) ?? fetch(request);
}

/** A precached file; fetched (and cached) only if the cache lost it. */
async function cacheFirst(request: Request, pathname: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(pathname);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') await cache.put(pathname, response.clone());
	return response;
}

/** The network's answer (kept for later), or the cached one when offline. */
async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.status === 200 && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch (error) {
		const cached = await cache.match(request);
		if (cached) return cached;
		throw error;
	}
}
