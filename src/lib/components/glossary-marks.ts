import type { Action } from 'svelte/action';
import type { GlossaryEntry } from '$lib/domain/glossary.ts';
import { findGlossaryTerms } from '$lib/domain/glossary-match.ts';

/**
 * Marks the first use of each glossary term in a rendered answer and
 * explains it in place. Each term becomes a disclosure button
 * (`aria-expanded`, `aria-controls`) followed by its definition in a
 * `role="note"` popover, so the explanation is reachable by keyboard and
 * screen reader as well as by mouse. Following WCAG 1.4.13, the popover
 * shows on hover and on focus, stays while the pointer is over it, and
 * Escape closes it; Enter, Space or a click keeps it open.
 */

/** What `glossaryMarks` needs. */
export interface GlossaryMarksOptions {
	/** Sanitised HTML from `renderMarkdown`: the action puts it in the element. */
	html: string;
	glossary: readonly GlossaryEntry[];
	/** The glossary page address of an entry, for the link under each definition. */
	href: (entry: GlossaryEntry) => string;
}

/** A marked term: the button, its popover and why it is showing. */
interface Term {
	wrap: HTMLElement;
	button: HTMLButtonElement;
	popover: HTMLElement;
	hovered: boolean;
	focused: boolean;
	/** Opened by a click, Enter or Space: stays when the pointer leaves. */
	pinned: boolean;
	/** Closed with Escape (or a second click) while hovered or focused: stays shut until both end. */
	dismissed: boolean;
	leaveTimer?: ReturnType<typeof setTimeout>;
}

// Links, code and controls are left alone: a button cannot sit inside a
// link or another button, and code is quoted literally.
const SKIP = new Set(['A', 'BUTTON', 'CODE', 'PRE', 'KBD', 'SCRIPT', 'STYLE', 'TEXTAREA']);

/** The delay before a popover hides when the pointer leaves, so it can be moved onto the popover. */
const LEAVE_DELAY_MS = 300;

let containerCount = 0;
/** Closes the term last opened with a click, so only one is held open at a time. */
let unpinLast: (() => void) | undefined;

function textNodesToMark(root: HTMLElement): Text[] {
	const nodes: Text[] = [];
	const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode(node) {
			for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
				if (SKIP.has(el.tagName)) return NodeFilter.FILTER_REJECT;
			}
			return NodeFilter.FILTER_ACCEPT;
		}
	});
	for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
	return nodes;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const el = doc.createElement(tag);
	el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

function buildTerm(doc: Document, entry: GlossaryEntry, written: string, id: string, href: string): Term {
	const wrap = element(doc, 'span', 'app-term-wrap');
	const button = element(doc, 'button', 'app-term', written);
	button.type = 'button';
	button.setAttribute('aria-expanded', 'false');
	button.setAttribute('aria-controls', id);
	const popover = element(doc, 'span', 'app-term__popover');
	popover.id = id;
	popover.setAttribute('role', 'note');
	popover.hidden = true;
	const title = element(doc, 'strong', 'app-term__title', entry.term);
	popover.append(title);
	if (entry.expansion) popover.append(element(doc, 'span', 'app-term__expansion', entry.expansion));
	popover.append(element(doc, 'span', 'app-term__definition', entry.definition));
	const link = element(doc, 'a', 'govuk-link app-term__link', `${entry.term} in the glossary`);
	link.href = href;
	popover.append(link);
	wrap.append(button, popover);
	return { wrap, button, popover, hovered: false, focused: false, pinned: false, dismissed: false };
}

/**
 * Wraps the first use of each term in `root`'s text in a term button and
 * popover; later uses stay plain text. Returns the terms made. Exported for
 * tests; screens use the `glossaryMarks` action.
 */
export function markGlossaryTerms(
	root: HTMLElement,
	glossary: readonly GlossaryEntry[],
	href: (entry: GlossaryEntry) => string,
	idPrefix: string
): Term[] {
	const doc = root.ownerDocument;
	const seen = new Set<string>();
	const terms: Term[] = [];
	for (const node of textNodesToMark(root)) {
		const text = node.data;
		const matches = findGlossaryTerms(text, glossary, { exclude: seen });
		if (matches.length === 0) continue;
		const fragment = doc.createDocumentFragment();
		let at = 0;
		for (const match of matches) {
			seen.add(match.entry.id);
			fragment.append(text.slice(at, match.start));
			const term = buildTerm(doc, match.entry, match.text, `${idPrefix}-${match.entry.id}`, href(match.entry));
			terms.push(term);
			fragment.append(term.wrap);
			at = match.end;
		}
		fragment.append(text.slice(at));
		node.replaceWith(fragment);
	}
	return terms;
}

function isVisible(term: Term): boolean {
	return !term.dismissed && (term.pinned || term.hovered || term.focused);
}

// Keeps a popover on screen when the term is near the right-hand edge.
function keepOnScreen(popover: HTMLElement): void {
	popover.style.left = '';
	const box = popover.getBoundingClientRect();
	const right = popover.ownerDocument.documentElement.clientWidth - 8;
	if (box.right > right) popover.style.left = `${Math.max(right - box.right, 8 - box.left)}px`;
}

function show(term: Term): void {
	if (!term.hovered && !term.focused && !term.pinned) term.dismissed = false;
	const visible = isVisible(term);
	const wasVisible = !term.popover.hidden;
	term.button.setAttribute('aria-expanded', String(visible));
	term.popover.hidden = !visible;
	term.wrap.classList.toggle('app-term-wrap--open', visible);
	if (visible && !wasVisible) keepOnScreen(term.popover);
}

/**
 * Svelte action: puts the answer's HTML in the element and marks its
 * glossary terms. Runs again when the HTML changes.
 */
export const glossaryMarks: Action<HTMLElement, GlossaryMarksOptions> = (node, initial) => {
	containerCount += 1;
	const prefix = `app-term-${containerCount}`;
	let options = initial;
	let terms: Term[] = [];
	const doc = node.ownerDocument;

	function render(): void {
		for (const term of terms) clearTimeout(term.leaveTimer);
		node.innerHTML = options.html;
		terms = markGlossaryTerms(node, options.glossary, options.href, prefix);
	}

	const termOf = (target: EventTarget | null): Term | undefined =>
		target instanceof Node ? terms.find((t) => t.wrap.contains(target)) : undefined;

	function onClick(event: MouseEvent): void {
		const term = termOf(event.target);
		if (!term || !(event.target instanceof Node) || !term.button.contains(event.target)) return;
		if (isVisible(term) && term.pinned) {
			term.pinned = false;
			term.dismissed = true;
		} else {
			if (unpinLast) unpinLast();
			term.pinned = true;
			term.dismissed = false;
			unpinLast = () => {
				term.pinned = false;
				show(term);
			};
		}
		show(term);
	}

	function onPointerOver(event: PointerEvent): void {
		const term = termOf(event.target);
		if (!term || event.pointerType !== 'mouse') return;
		clearTimeout(term.leaveTimer);
		term.hovered = true;
		show(term);
	}

	function onPointerOut(event: PointerEvent): void {
		const term = termOf(event.target);
		if (!term || event.pointerType !== 'mouse' || termOf(event.relatedTarget) === term) return;
		clearTimeout(term.leaveTimer);
		term.leaveTimer = setTimeout(() => {
			term.hovered = false;
			show(term);
		}, LEAVE_DELAY_MS);
	}

	function onFocusIn(event: FocusEvent): void {
		const term = termOf(event.target);
		if (!term) return;
		term.focused = true;
		show(term);
	}

	function onFocusOut(event: FocusEvent): void {
		const term = termOf(event.target);
		if (!term || termOf(event.relatedTarget) === term) return;
		term.focused = false;
		term.pinned = false;
		show(term);
	}

	function onKeyDown(event: KeyboardEvent): void {
		if (event.key !== 'Escape') return;
		for (const term of terms.filter(isVisible)) {
			const focusInPopover = term.popover.contains(doc.activeElement);
			term.pinned = false;
			term.dismissed = true;
			show(term);
			if (focusInPopover) term.button.focus();
		}
	}

	// A click or tap anywhere else closes a term held open.
	function onPointerDown(event: PointerEvent): void {
		const inside = termOf(event.target);
		for (const term of terms) {
			if (term !== inside && term.pinned) {
				term.pinned = false;
				show(term);
			}
		}
	}

	render();
	node.addEventListener('click', onClick);
	node.addEventListener('pointerover', onPointerOver);
	node.addEventListener('pointerout', onPointerOut);
	node.addEventListener('focusin', onFocusIn);
	node.addEventListener('focusout', onFocusOut);
	doc.addEventListener('keydown', onKeyDown);
	doc.addEventListener('pointerdown', onPointerDown);

	return {
		update(next) {
			const changed = next.html !== options.html || next.glossary !== options.glossary;
			options = next;
			if (changed) render();
		},
		destroy() {
			for (const term of terms) clearTimeout(term.leaveTimer);
			doc.removeEventListener('keydown', onKeyDown);
			doc.removeEventListener('pointerdown', onPointerDown);
		}
	};
};
