import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The app runs entirely in the browser: a prerendered shell for "/" and
		// a fallback page that any static host serves for the other routes.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		serviceWorker: { register: false },
		paths: { relative: false },
		version: { pollInterval: 0 }
	}
};

export default config;
