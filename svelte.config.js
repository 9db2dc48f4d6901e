import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR lets two builds run side by side (for example while one test run
// uses build/); everything else uses the defaults.
const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The app runs entirely in the browser: a prerendered shell for "/" and
		// a fallback page that any static host serves for the other routes.
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '200.html', strict: true }),
		outDir: buildDir === 'build' ? '.svelte-kit' : `.svelte-kit-${buildDir}`,
		serviceWorker: { register: false },
		paths: { relative: false },
		version: { pollInterval: 0 }
	}
};

export default config;
