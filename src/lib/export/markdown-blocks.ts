import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, Inline, TableCell } from './blocks.ts';

/**
 * Turns an answer's markdown into export blocks using marked's lexer tokens,
 * never its HTML, so the PDF, Word and HTML renderers all read one structure.
 * Raw HTML in an answer is kept as plain text: nothing a user typed can run.
 */

const lexer = () => new Lexer({ gfm: true, breaks: false });

/** Only these link targets survive into an export; anything else prints as text. */
const SAFE_LINK = /^(https?:|mailto:)/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references marked leaves in token text. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[ref.toLowerCase()] ?? whole;
	});
}

interface Marks {
	bold?: boolean;
	italic?: boolean;
	code?: boolean;
	strike?: boolean;
	href?: string;
}

function textRun(text: string, marks: Marks): Inline {
	return { kind: 'text', text: decodeEntities(text), ...marks };
}

/** Flattens inline tokens into styled runs. */
export function inlinesOf(tokens: readonly Token[] | undefined, marks: Marks = {}): Inline[] {
	const out: Inline[] = [];
	for (const token of tokens ?? []) {
		switch (token.type) {
			case 'strong':
				out.push(...inlinesOf((token as Tokens.Strong).tokens, { ...marks, bold: true }));
				break;
			case 'em':
				out.push(...inlinesOf((token as Tokens.Em).tokens, { ...marks, italic: true }));
				break;
			case 'del':
				out.push(...inlinesOf((token as Tokens.Del).tokens, { ...marks, strike: true }));
				break;
			case 'codespan':
				out.push(textRun((token as Tokens.Codespan).text, { ...marks, code: true }));
				break;
			case 'link': {
				const link = token as Tokens.Link;
				const href = SAFE_LINK.test(link.href) ? link.href : undefined;
				out.push(...inlinesOf(link.tokens, href ? { ...marks, href } : marks));
				break;
			}
			case 'image': {
				// Papers never fetch pictures: the alt text stands in, linked to the picture when its address is safe.
				const image = token as Tokens.Image;
				const href = SAFE_LINK.test(image.href) ? image.href : undefined;
				// Tagged PDF makes the run a Figure: its alternative is the picture's own, else its address.
				const alt = decodeEntities(image.text).trim() || (href ? `Image: ${href}` : 'Image');
				out.push({ kind: 'text', text: decodeEntities(`[Image: ${image.text}]`), ...(href ? { ...marks, href } : marks), image: alt });
				break;
			}
			case 'br':
				out.push({ kind: 'break' });
				break;
			case 'text': {
				const t = token as Tokens.Text;
				if (t.tokens && t.tokens.length > 0) out.push(...inlinesOf(t.tokens, marks));
				else out.push(textRun(t.text, marks));
				break;
			}
			case 'escape':
				out.push(textRun((token as Tokens.Escape).text, marks));
				break;
			case 'html':
				out.push({ kind: 'text', text: (token as Tokens.HTML).text, ...marks });
				break;
			default:
				if ('text' in token && typeof token.text === 'string') out.push(textRun(token.text, marks));
		}
	}
	return mergeRuns(out);
}

/** Joins neighbouring runs with the same marks, so renderers see whole words. */
function mergeRuns(runs: Inline[]): Inline[] {
	const merged: Inline[] = [];
	for (const run of runs) {
		const last = merged.at(-1);
		if (last && last.kind === 'text' && run.kind === 'text' && last.image === undefined && run.image === undefined && sameMarks(last, run)) {
			merged[merged.length - 1] = { ...last, text: last.text + run.text };
		} else merged.push(run);
	}
	return merged;
}

function sameMarks(a: Marks, b: Marks): boolean {
	return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && !!a.strike === !!b.strike && a.href === b.href;
}

function cellOf(cell: Tokens.TableCell): TableCell {
	return inlinesOf(cell.tokens);
}

function blocksOfTokens(tokens: readonly Token[]): Block[] {
	const blocks: Block[] = [];
	for (const token of tokens) {
		switch (token.type) {
			case 'space':
				break;
			case 'paragraph':
				blocks.push({ kind: 'paragraph', inlines: inlinesOf((token as Tokens.Paragraph).tokens) });
				break;
			case 'text': {
				// A tight list item's text: a paragraph without the spacing.
				const t = token as Tokens.Text;
				blocks.push({ kind: 'paragraph', inlines: t.tokens ? inlinesOf(t.tokens) : [textRun(t.text, {})] });
				break;
			}
			case 'heading': {
				const h = token as Tokens.Heading;
				blocks.push({ kind: 'heading', level: h.depth, inlines: inlinesOf(h.tokens) });
				break;
			}
			case 'list': {
				const list = token as Tokens.List;
				blocks.push({
					kind: 'list',
					ordered: list.ordered,
					start: typeof list.start === 'number' ? list.start : 1,
					items: list.items.map((item) => blocksOfTokens(item.tokens))
				});
				break;
			}
			case 'blockquote':
				blocks.push({ kind: 'quote', blocks: blocksOfTokens((token as Tokens.Blockquote).tokens) });
				break;
			case 'table': {
				const table = token as Tokens.Table;
				blocks.push({
					kind: 'table',
					header: table.header.map(cellOf),
					rows: table.rows.map((row) => row.map(cellOf)),
					align: table.align.map((a) => a ?? 'left')
				});
				break;
			}
			case 'code':
				blocks.push({ kind: 'code', text: (token as Tokens.Code).text });
				break;
			case 'hr':
				blocks.push({ kind: 'rule' });
				break;
			case 'html': {
				const text = (token as Tokens.HTML).text.trim();
				if (text) blocks.push({ kind: 'paragraph', inlines: [{ kind: 'text', text }] });
				break;
			}
			default:
				if ('text' in token && typeof token.text === 'string' && token.text.trim()) {
					blocks.push({ kind: 'paragraph', inlines: [textRun(token.text, {})] });
				}
		}
	}
	return blocks;
}

/** The export blocks of one answer's markdown. */
export function markdownToBlocks(markdown: string): Block[] {
	if (!markdown.trim()) return [];
	return blocksOfTokens(lexer().lex(markdown));
}

/** The plain text of some inlines, for search, alt text and tests. */
export function plainText(inlines: readonly Inline[]): string {
	return inlines.map((i) => (i.kind === 'break' ? '\n' : i.text)).join('');
}
