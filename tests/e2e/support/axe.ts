/**
 * Accessibility checks with axe-core, run inside the page under test against
 * WCAG 2.2 AA. Failures come back as readable lines, so that
 * `expect(await axeViolations(page)).toEqual([])` says what is wrong and where.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG levels checked: A and AA of 2.0, 2.1 and 2.2. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the whole document in its current state and returns one entry
 * per violated rule, for example
 * `color-contrast (serious): Elements must meet minimum color contrast ratio thresholds → #main > p, .app-footer a`.
 * Injects axe into the page on first use.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	const loaded = await page.evaluate(() => 'axe' in window);
	// Evaluated rather than added as a <script>, which the app's Content Security Policy rightly blocks.
	if (!loaded) await page.evaluate(axeSource);

	const results = await page.evaluate(
		(values) =>
			(window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe
				.run(document, { runOnly: { type: 'tag', values } })
				// Only what can cross back to Node: plain data, no elements.
				.then((r) =>
					r.violations.map((v) => ({
						id: v.id,
						impact: v.impact ?? 'unknown',
						help: v.help,
						targets: v.nodes.map((n) => n.target.map(String).join(' '))
					}))
				),
		wcagTags
	);

	return results.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.targets.join(', ')}`);
}
