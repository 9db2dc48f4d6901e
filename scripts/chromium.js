// @ts-check
/**
 * Launches the system's Chromium through playwright-core, for the browser
 * tests and the bench. Never downloads a browser: set CHROMIUM_PATH if
 * Chromium is not at /usr/bin/chromium.
 */

import { chromium } from 'playwright-core';

/** The Chromium binary used, from CHROMIUM_PATH or Debian's default. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts a headless Chromium with a fresh, throwaway profile and nothing
 * running in the background that could disturb a measurement.
 *
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium() {
	return chromium.launch({
		executablePath: chromiumPath,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

/**
 * Opens a new, empty browser context (its own storage, caches and service
 * workers) with one page in it. Close the context when done.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [options]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page }>}
 */
export async function newPage(browser, options = {}) {
	const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', ...options });
	// Anything the Content Security Policy blocks is a defect: the browser tests fail on it (tests/e2e/support/setup.ts).
	context.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
			policyViolations.push(`${message.page()?.url() ?? 'a worker'}: ${message.text()}`);
		}
	});
	const page = await context.newPage();
	return { context, page };
}

/** @type {string[]} */
const policyViolations = [];

/** What the Content Security Policy blocked since the last call, emptying the list. */
export function takePolicyViolations() {
	return policyViolations.splice(0);
}
