/**
 * Escaping for the web-page export. Every piece of text from a statement
 * passes through `escapeHtml` on its way into the page, so an answer that
 * contains `<script>` or `<img onerror=…>` is shown as those characters and
 * never runs.
 */

const REPLACEMENTS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Control characters have no place in a web page; a browser would show them as boxes.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text safe inside an element or a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(CONTROL, '').replace(/[&<>"']/g, (c) => REPLACEMENTS[c] ?? c);
}

/** A string for CSS `content: "…"`: quotes and backslashes escaped, and `<` too, so it cannot close the style element. */
export function cssString(text: string): string {
	const escaped = text.replace(CONTROL, '').replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
	return `"${escaped}"`;
}

/** An id made from a label: "1.2" → "1-2". */
export function idPart(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}
