/**
 * Helpers for testing the app with the network off. The service worker
 * (src/service-worker.ts) is what makes that work, so it must be installed
 * and in control of the page before the network goes.
 */

import type { BrowserContext, Page } from 'playwright-core';

/**
 * Waits until the service worker has installed, activated and controls
 * `page`, reloading once if it activated without claiming the page.
 * The app must already be open in `page`.
 */
export async function waitForServiceWorker(page: Page, timeout = 30_000): Promise<void> {
	const ready = await page.evaluate(
		(ms) =>
			Promise.race([
				navigator.serviceWorker.ready.then(() => true),
				new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))
			]),
		timeout
	);
	if (!ready) {
		throw new Error(`No service worker became active within ${timeout / 1000} s: does the root layout call appUpdate.register()?`);
	}
	const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
	if (!controlled) {
		await page.reload();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	}
}

/** Waits for the service worker to control `page`, then cuts `context` off the network. */
export async function goOffline(context: BrowserContext, page: Page): Promise<void> {
	await waitForServiceWorker(page);
	await context.setOffline(true);
}
