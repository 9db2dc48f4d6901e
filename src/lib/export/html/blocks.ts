import type { Block, Inline } from '../model.ts';
import { escapeHtml } from './escape.ts';

/**
 * The model's blocks as HTML: paragraphs with bold, italic, struck-through
 * text and code; links (only the http(s) and mailto targets the model lets
 * through, with `rel="noopener"`); lists, quotes, tables with header cells,
 * code and rules. Text is escaped here and nowhere else needs to.
 */

type TextInline = Extract<Inline, { kind: 'text' }>;

function styled(inline: TextInline): string {
	let html = escapeHtml(inline.text);
	if (inline.code) html = `<code>${html}</code>`;
	if (inline.strike) html = `<del>${html}</del>`;
	if (inline.italic) html = `<em>${html}</em>`;
	if (inline.bold) html = `<strong>${html}</strong>`;
	return html;
}

/** Inline runs as HTML; neighbouring runs with the same link share one `<a>`. */
export function inlinesHtml(inlines: readonly Inline[]): string {
	let html = '';
	let link: { href: string; html: string } | undefined;
	const closeLink = () => {
		if (link) html += `<a href="${escapeHtml(link.href)}" rel="noopener">${link.html}</a>`;
		link = undefined;
	};
	for (const inline of inlines) {
		if (inline.kind === 'break') {
			closeLink();
			html += '<br>';
		} else if (inline.href) {
			if (link?.href !== inline.href) closeLink();
			link ??= { href: inline.href, html: '' };
			link.html += styled(inline);
		} else {
			closeLink();
			html += styled(inline);
		}
	}
	closeLink();
	return html;
}

/** Where blocks are written: the heading level an answer's top heading becomes, and a label for its tables. */
export interface HtmlBlockContext {
	/** The level of the page heading a level-1 markdown heading maps to (4 inside a question). */
	headingBase: number;
	/** The smallest markdown heading level in these blocks, so the first heading gets `headingBase`. */
	headingTop?: number;
	/** Names a table for people using a screen reader, e.g. "Table in the answer to 2.1". */
	tableLabel: string;
}

function smallestHeading(blocks: readonly Block[]): number {
	let least = 6;
	const visit = (list: readonly Block[]) => {
		for (const block of list) {
			if (block.kind === 'heading') least = Math.min(least, block.level);
			else if (block.kind === 'quote') visit(block.blocks);
			else if (block.kind === 'list') block.items.forEach(visit);
		}
	};
	visit(blocks);
	return least;
}

function tableHtml(block: Extract<Block, { kind: 'table' }>, label: string): string {
	const align = (c: number) => {
		const a = block.align[c];
		return a && a !== 'left' ? ` class="align-${a}"` : '';
	};
	const head = block.header.map((cell, c) => `<th scope="col"${align(c)}>${inlinesHtml(cell)}</th>`).join('');
	const body = block.rows.map((row) => `<tr>${block.header.map((_, c) => `<td${align(c)}>${inlinesHtml(row[c] ?? [])}</td>`).join('')}</tr>`).join('\n');
	// A wide table scrolls sideways on a small screen, so its box can take focus for keyboard scrolling.
	return `<div class="table-scroll" role="group" tabindex="0" aria-label="${escapeHtml(label)}">
<table class="answer-table">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>`;
}

function listItemHtml(item: readonly Block[], ctx: Required<HtmlBlockContext>): string {
	const [first, ...rest] = item;
	// A tight item's text sits straight in the <li>, as a browser renders markdown.
	if (first?.kind === 'paragraph') return `<li>${inlinesHtml(first.inlines)}${rest.length ? `\n${blocksHtmlWith(rest, ctx)}` : ''}</li>`;
	return `<li>${blocksHtmlWith(item, ctx)}</li>`;
}

function blocksHtmlWith(blocks: readonly Block[], ctx: Required<HtmlBlockContext>): string {
	return blocks
		.map((block) => {
			switch (block.kind) {
				case 'paragraph':
					return `<p>${inlinesHtml(block.inlines)}</p>`;
				case 'heading': {
					const level = Math.min(ctx.headingBase + block.level - ctx.headingTop, 6);
					return `<h${level} class="answer-heading">${inlinesHtml(block.inlines)}</h${level}>`;
				}
				case 'list': {
					const items = block.items.map((item) => listItemHtml(item, ctx)).join('\n');
					if (!block.ordered) return `<ul>\n${items}\n</ul>`;
					return `<ol${block.start !== 1 ? ` start="${Math.trunc(block.start)}"` : ''}>\n${items}\n</ol>`;
				}
				case 'quote':
					return `<blockquote>\n${blocksHtmlWith(block.blocks, ctx)}\n</blockquote>`;
				case 'table':
					return tableHtml(block, ctx.tableLabel);
				case 'code':
					return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
				case 'rule':
					return '<hr>';
			}
		})
		.join('\n');
}

/** Some blocks as HTML. */
export function blocksHtml(blocks: readonly Block[], ctx: HtmlBlockContext): string {
	return blocksHtmlWith(blocks, { ...ctx, headingTop: ctx.headingTop ?? smallestHeading(blocks) });
}
