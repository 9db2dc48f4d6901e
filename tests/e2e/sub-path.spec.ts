import { spawnSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../scripts/serve.js';
import { axeViolations } from './support/axe.ts';
import { launchChromium, newPage } from './support/browser.ts';
import { ExportPage } from './support/export-page.ts';
import { goOffline } from './support/offline.ts';

/**
 * The app built for a sub-path of a council's site (`BASE_PATH=/scrutiny`,
 * for https://intranet.example.gov.uk/scrutiny/), served there by a plain
 * static host that knows `.js` but not `.mjs`: it opens, works offline and
 * makes the PDF with its preview.
 */
const BASE = '/scrutiny';
const BUILD_DIR = 'build-sub-path';

describe('hosted under a sub-path', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof startServer>>;

	beforeAll(async () => {
		const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			env: { ...process.env, NODE_ENV: 'production', BASE_PATH: BASE, BUILD_DIR },
			encoding: 'utf8',
			timeout: 240_000
		});
		if (built.status !== 0) throw new Error(`The sub-path build failed:\n${built.stdout}\n${built.stderr}`);
		server = await startServer({ port: 0, root: BUILD_DIR, base: BASE, plainHost: true });
		browser = await launchChromium();
	}, 300_000);

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('opens there, also offline, and exports the PDF with its preview', async () => {
		const { context, page } = await newPage(browser, { acceptDownloads: true });
		await page.goto(`${server.url}${BASE}/`);
		await page.getByRole('heading', { level: 1, name: 'Your position statements' }).waitFor();
		await goOffline(context, page);
		await page.reload();

		await page.getByRole('button', { name: 'Open the example' }).click();
		await page.getByRole('heading', { level: 2, name: 'Progress' }).waitFor();
		expect(new URL(page.url()).pathname).toMatch(/^\/scrutiny\/statements\/[^/]+$/);
		expect(await axeViolations(page)).toEqual([]);

		await page.getByRole('button', { name: 'Export for the panel papers' }).click();
		const screen = new ExportPage(page);
		await screen.heading.waitFor();
		await expect(screen.previewHasInk()).resolves.toBe(true);
		const pdf = await screen.export();
		expect(pdf.name).toMatch(/position-statement\.pdf$/);
		expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');

		// The address without the sub-path is not the app's.
		await context.setOffline(false);
		expect((await fetch(`${server.url}/`)).status).toBe(404);
		await context.close();
	});
});
