import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Inline } from '../model.ts';
import { MONO_FONT } from './theme.ts';

/**
 * Styled runs of the model as Word runs: bold, italic, strike-through and
 * code keep their look; a link becomes a real hyperlink (the model only lets
 * http(s) and mailto through), and a hard line break a Word line break.
 */

/** Marks every run in a place gets, on top of its own (a cell's size, a quote's italic). */
export interface RunBase {
	size: number;
	bold?: boolean;
	italic?: boolean;
	colour?: string;
}

// Characters XML 1.0 cannot hold; a stray one would make Word refuse the whole file.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text safe for a Word run: no characters XML forbids, tabs as spaces. */
export function wordText(text: string): string {
	return text.replace(NOT_XML, '').replace(/\t/g, ' ');
}

/** Soft line breaks inside a paragraph read as spaces, as on the web. */
function flowText(text: string): string {
	return wordText(text).replace(/[ ]*\r?\n[ ]*/g, ' ');
}

type TextInline = Extract<Inline, { kind: 'text' }>;

function run(inline: TextInline, base: RunBase): TextRun {
	return new TextRun({
		text: flowText(inline.text),
		size: base.size,
		bold: base.bold || inline.bold || undefined,
		italics: base.italic || inline.italic || undefined,
		strike: inline.strike || undefined,
		...(inline.code ? { font: MONO_FONT } : {}),
		...(inline.href ? { style: 'Hyperlink' } : base.colour ? { color: base.colour } : {})
	});
}

/** The runs (and hyperlinks) of some inlines; neighbouring runs with the same link share one hyperlink. */
export function runsOf(inlines: readonly Inline[], base: RunBase): ParagraphChild[] {
	const out: ParagraphChild[] = [];
	let link: { href: string; runs: TextRun[] } | undefined;
	const closeLink = () => {
		if (link) out.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
		link = undefined;
	};
	for (const inline of inlines) {
		if (inline.kind === 'break') {
			closeLink();
			out.push(new TextRun({ break: 1, size: base.size }));
			continue;
		}
		if (inline.href) {
			if (link?.href !== inline.href) closeLink();
			link ??= { href: inline.href, runs: [] };
			link.runs.push(run(inline, base));
			continue;
		}
		closeLink();
		out.push(run(inline, base));
	}
	closeLink();
	return out;
}

/** One plain run. */
export function textRun(text: string, base: RunBase): TextRun {
	return run({ kind: 'text', text }, base);
}
