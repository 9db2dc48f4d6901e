/**
 * Pure text edits behind the markdown toolbar and its keyboard shortcuts.
 * Each takes the text and the selection and returns the new text and the
 * new selection, so the editor can apply it and keep the caret in place.
 */

/** A textarea's text and selection. */
export interface TextSelection {
	text: string;
	start: number;
	end: number;
}

/** The toolbar's commands. */
export type MarkdownCommand = 'bold' | 'italic' | 'bullets' | 'numbers' | 'link' | 'table';

/** Applies a toolbar command to the selection. */
export function applyCommand(command: MarkdownCommand, s: TextSelection): TextSelection {
	switch (command) {
		case 'bold':
			return wrap(s, '**', 'bold text');
		case 'italic':
			return wrap(s, '_', 'italic text');
		case 'bullets':
			return prefixLines(s, () => '- ');
		case 'numbers':
			return prefixLines(s, (i) => `${i + 1}. `);
		case 'link':
			return insertLink(s);
		case 'table':
			return insertTable(s);
	}
}

/** Wraps the selection in a marker (or unwraps it when already wrapped); inserts a placeholder when nothing is selected. */
function wrap(s: TextSelection, marker: string, placeholder: string): TextSelection {
	const before = s.text.slice(0, s.start);
	const selected = s.text.slice(s.start, s.end);
	const after = s.text.slice(s.end);
	if (before.endsWith(marker) && after.startsWith(marker) && selected.length > 0) {
		const text = before.slice(0, -marker.length) + selected + after.slice(marker.length);
		return { text, start: s.start - marker.length, end: s.end - marker.length };
	}
	const inner = selected || placeholder;
	const text = before + marker + inner + marker + after;
	const start = s.start + marker.length;
	return { text, start, end: start + inner.length };
}

/** Puts a list marker at the start of every selected line (the caret's line when nothing is selected). */
function prefixLines(s: TextSelection, marker: (index: number) => string): TextSelection {
	const lineStart = s.text.lastIndexOf('\n', s.start - 1) + 1;
	const nextBreak = s.text.indexOf('\n', s.end > s.start ? s.end - 1 : s.end);
	const lineEnd = nextBreak === -1 ? s.text.length : nextBreak;
	const lines = s.text.slice(lineStart, lineEnd).split('\n');
	const listed = lines.map((line, i) => marker(i) + line.replace(/^(\s*)([-*+]|\d+\.)\s+/, '$1')).join('\n');
	// A list needs a blank line above it to be a list rather than part of the paragraph.
	const needsGap = lineStart > 0 && s.text.slice(0, lineStart).trim() !== '' && !s.text.slice(0, lineStart).endsWith('\n\n');
	const gap = needsGap && !/^\s*([-*+]|\d+\.)\s/.test(lineBefore(s.text, lineStart)) ? '\n' : '';
	const text = s.text.slice(0, lineStart) + gap + listed + s.text.slice(lineEnd);
	const end = lineStart + gap.length + listed.length;
	return { text, start: s.start === s.end ? end : lineStart + gap.length, end };
}

function lineBefore(text: string, lineStart: number): string {
	const prevEnd = lineStart - 1;
	const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
	return text.slice(prevStart, prevEnd);
}

/** Turns the selection into link text and selects the URL placeholder for typing over. */
function insertLink(s: TextSelection): TextSelection {
	const label = s.text.slice(s.start, s.end) || 'link text';
	const url = 'https://';
	const inserted = `[${label}](${url})`;
	const text = s.text.slice(0, s.start) + inserted + s.text.slice(s.end);
	const start = s.start + label.length + 3;
	return { text, start, end: start + url.length };
}

/** Inserts a small table on its own lines, as used for "themes / key actions / progress". */
function insertTable(s: TextSelection): TextSelection {
	const table = '| Theme | Key actions | Progress |\n| --- | --- | --- |\n|  |  |  |\n';
	const before = s.text.slice(0, s.start);
	const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
	const after = s.text.slice(s.end);
	const trail = after === '' || after.startsWith('\n') ? '' : '\n';
	const text = before + lead + table + trail + after;
	const start = before.length + lead.length + 2;
	return { text, start, end: start + 'Theme'.length };
}

/** The command for a keyboard shortcut (Ctrl or Cmd with a key), if any. */
export function commandForShortcut(key: string, shift: boolean): MarkdownCommand | undefined {
	const k = key.toLowerCase();
	if (!shift && k === 'b') return 'bold';
	if (!shift && k === 'i') return 'italic';
	if (!shift && k === 'k') return 'link';
	if (shift && (k === '8' || k === '*')) return 'bullets';
	if (shift && (k === '7' || k === '&')) return 'numbers';
	return undefined;
}
