import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR lets two builds run side by side (for example while one test run
// uses build/); everything else uses the defaults.
const buildDir = process.env.BUILD_DIR ?? 'build';
// BASE_PATH builds the app for a sub-path of a site (for example /scrutiny for
// https://intranet.example.gov.uk/scrutiny/): no trailing slash.
const basePath = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The app runs entirely in the browser: a prerendered shell for "/" and
		// a fallback page that any static host serves for the other routes.
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '200.html', strict: true }),
		outDir: buildDir === 'build' ? '.svelte-kit' : `.svelte-kit-${buildDir}`,
		serviceWorker: { register: false },
		paths: { base: basePath, relative: false },
		version: { pollInterval: 0 },
		// Every built page carries this policy in a <meta> tag, its inline start-up script allowed by its hash.
		// Static hosts add frame-ancestors and the other headers a <meta> cannot carry (README, "Hosting").
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Inline styles: SvelteKit's route announcer has a style attribute, and the web page export, previewed in a
				// sandboxed frame that inherits this policy, is one file with its own <style>. Scripts stay hash-only.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// The team server is the app's own address: its API and its sync WebSocket.
				'connect-src': ['self'],
				// The PDF preview's worker.
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
