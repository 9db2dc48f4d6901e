import { defineConfig } from 'vitest/config';

/**
 * The team server's tests, against real PostgreSQL and Redis that each test
 * file starts and stops itself (tests/server/support/services.ts).
 * tests/server/support/global-setup.ts installs them first if it can.
 */
export default defineConfig({
	test: {
		include: ['tests/server/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		globalSetup: ['tests/server/support/global-setup.ts']
	}
});
