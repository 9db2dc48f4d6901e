import { defineConfig } from 'vitest/config';

/**
 * Browser tests: vitest drives the system's Chromium (playwright-core)
 * against the built app, which tests/e2e/support/global-setup.ts serves.
 * Run `npm run build` first. One file at a time: each launches a browser.
 */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.spec.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		fileParallelism: false,
		globalSetup: ['tests/e2e/support/global-setup.ts'],
		setupFiles: ['tests/e2e/support/setup.ts']
	}
});
