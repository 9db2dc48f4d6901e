import type { Action } from 'svelte/action';

/**
 * Single-key shortcuts for the reading view: `j` moves focus to the next
 * question heading, `k` to the previous one, as in many reading apps. They
 * do nothing while someone types in a field, with a modifier key held, or
 * when turned off.
 */

/** What `questionKeys` needs. */
export interface QuestionKeysOptions {
	enabled: boolean;
	/** Selects the question headings inside the element, in reading order. */
	selector: string;
}

// Inputs where j and k are characters, not commands.
const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'range', 'color']);

function isTyping(el: Element | null): boolean {
	if (!(el instanceof HTMLElement)) return false;
	if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
	return el instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(el.type);
}

/** The heading to move to from `from`, or undefined at either end. */
function target(headings: HTMLElement[], from: Element | null, forward: boolean): HTMLElement | undefined {
	const doc = headings[0]?.ownerDocument;
	if (!doc) return undefined;
	// With nothing focused, go by what is on screen.
	if (!from || from === doc.body || from === doc.documentElement) {
		return forward
			? headings.find((h) => h.getBoundingClientRect().top > 1)
			: headings.findLast((h) => h.getBoundingClientRect().top < -1);
	}
	if (forward) return headings.find((h) => h !== from && !h.contains(from) && (from.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
	return headings.findLast((h) => h !== from && !h.contains(from) && (from.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_PRECEDING) !== 0);
}

/** Svelte action: listens for j and k on the page and moves between the headings inside the element. */
export const questionKeys: Action<HTMLElement, QuestionKeysOptions> = (node, initial) => {
	let options = initial;
	const doc = node.ownerDocument;

	function onKeyDown(event: KeyboardEvent): void {
		if (!options.enabled || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
		if (event.key !== 'j' && event.key !== 'k') return;
		if (isTyping(doc.activeElement)) return;
		const headings = [...node.querySelectorAll<HTMLElement>(options.selector)];
		const heading = target(headings, doc.activeElement, event.key === 'j');
		if (!heading) return;
		event.preventDefault();
		heading.focus({ preventScroll: true });
		heading.scrollIntoView({ block: 'start' });
	}

	doc.addEventListener('keydown', onKeyDown);
	return {
		update(next) {
			options = next;
		},
		destroy() {
			doc.removeEventListener('keydown', onKeyDown);
		}
	};
};
