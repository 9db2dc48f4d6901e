import type { Page } from 'playwright-core';

/** What has focus: its accessible-ish name (label, aria-label or text) and tag. */
export async function focused(page: Page): Promise<{ tag: string; name: string; id: string }> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el) return { tag: '', name: '', id: '' };
		const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
		const name = (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
		return { tag: el.tagName.toLowerCase(), name, id: el.id };
	});
}

/**
 * Presses Tab until the focused element's name matches, as a keyboard user
 * would, and fails if it is never reached: proof it is in the focus order.
 */
export async function tabTo(page: Page, name: RegExp, maxPresses = 80): Promise<void> {
	for (let i = 0; i < maxPresses; i += 1) {
		await page.keyboard.press('Tab');
		if (name.test((await focused(page)).name)) return;
	}
	throw new Error(`Pressed Tab ${maxPresses} times without reaching ${name}; focus is on ${JSON.stringify(await focused(page))}`);
}
