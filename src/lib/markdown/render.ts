import DOMPurify from 'dompurify';
import { Marked } from 'marked';

// One configured instance, so nothing else in the app can change how
// markdown is parsed (marked's global options are shared state).
const marked = new Marked({ gfm: true, breaks: false, async: false });
marked.use({ renderer: { html: ({ text }) => withoutEventHandlers(text) } });

/** The names of the browser's event-handler attributes (onerror, onload, ontoggle…), or undefined outside a browser. */
let eventHandlerNames: Set<string> | undefined;

function isEventHandler(name: string): boolean {
	if (!eventHandlerNames && typeof HTMLElement !== 'undefined') {
		eventHandlerNames = new Set<string>();
		for (const source of [HTMLElement.prototype, SVGElement.prototype, Document.prototype, window]) {
			for (const key in source) if (key.startsWith('on')) eventHandlerNames.add(key);
		}
		for (const svgOnly of ['onbegin', 'onend', 'onrepeat']) eventHandlerNames.add(svgOnly);
	}
	return eventHandlerNames ? eventHandlerNames.has(name.toLowerCase()) : true;
}

/**
 * Renames event-handler attributes in HTML typed into an answer (`onerror=` becomes `data-removed-onerror=`) before
 * anything parses it. DOMPurify removes them anyway and nothing would run, but Chromium reports a Content Security
 * Policy violation as soon as it parses such an attribute, even in DOMPurify's inert document, and a hostile file
 * would fill a council's policy reports. Only the answer's own HTML is touched, never its markdown text.
 */
function withoutEventHandlers(html: string): string {
	return html.replace(/([\s"'/])(on[a-z]+)(\s*=)/gi, (whole, before: string, name: string, equals: string) =>
		isEventHandler(name) ? `${before}data-removed-${name}${equals}` : whole
	);
}

let hooksInstalled = false;

function installHooks(): void {
	if (hooksInstalled) return;
	hooksInstalled = true;
	// Links in an answer point to published documents; open them beside the
	// app so the officer never navigates away from unsaved work.
	DOMPurify.addHook('afterSanitizeAttributes', (node) => {
		if (node.tagName === 'A' && node.hasAttribute('href')) {
			node.setAttribute('target', '_blank');
			node.setAttribute('rel', 'noopener noreferrer');
		}
	});
}

/**
 * Renders an answer's markdown to HTML that is safe to put on the page:
 * parsed by marked (GitHub-flavoured, so tables work), then sanitised by
 * DOMPurify, which removes scripts, event handlers and javascript: links.
 * This is the only place in the app where HTML is made from user text.
 */
export function renderMarkdown(markdown: string): string {
	installHooks();
	const html = marked.parse(markdown) as string;
	const fragment = DOMPurify.sanitize(html, {
		USE_PROFILES: { html: true },
		FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
		FORBID_ATTR: ['style'],
		// Answers need no data attributes: this also drops the event handlers renamed above.
		ALLOW_DATA_ATTR: false,
		RETURN_DOM_FRAGMENT: true
	});
	for (const table of fragment.querySelectorAll('table')) wrapTable(table);
	const out = document.createElement('div');
	out.append(fragment);
	return out.innerHTML;
}

/**
 * Puts a table from an answer in its own scrolling box, as the app's tables are
 * (`TableScroll.svelte`): on a phone only the table scrolls sideways, never the
 * page, and keyboard users can reach the box to scroll it. Named by the table's
 * column headings.
 */
function wrapTable(table: HTMLTableElement): void {
	const box = table.ownerDocument.createElement('div');
	const headings = [...(table.rows[0]?.cells ?? [])].map((cell) => cell.textContent?.trim() ?? '').filter((t) => t !== '');
	box.className = 'app-table-scroll';
	box.setAttribute('role', 'region');
	box.setAttribute('aria-label', headings.length > 0 ? `Table: ${headings.join(', ')}` : 'Table');
	box.setAttribute('tabindex', '0');
	table.replaceWith(box);
	box.append(table);
}
