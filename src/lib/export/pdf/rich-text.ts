import type { Inline } from '../model.ts';
import { fontStyle, type FontStyle } from './fonts.ts';
import type { Measure } from './measure.ts';
import type { StructNode } from './tagging.ts';
import { COLOUR, type Rgb } from './theme.ts';

/**
 * Word-wraps styled runs (bold, italic, links) into lines of positioned
 * segments, measuring each word in its own font style, so mixed styles on a
 * line never overlap or run past the edge. A word wider than the line (a long
 * web address) is broken between characters.
 */

/** A piece of one line in one style, `x` from the line's left edge. */
export interface Segment {
	text: string;
	x: number;
	width: number;
	style: FontStyle;
	size: number;
	colour: Rgb;
	href?: string;
	strike?: boolean;
	/** The picture this run stands in for: its text alternative. */
	image?: string;
	/** The structure element this piece belongs to when not its line's (a list marker's Lbl, a link's Link, a designation's cell). */
	node?: StructNode;
}

export interface TextLine {
	segments: Segment[];
	width: number;
}

export interface WrapOptions {
	/** The line length in mm. */
	width: number;
	size: number;
	/** Marks applied to every run (a heading is bold, a quote italic). */
	bold?: boolean;
	italic?: boolean;
	colour?: Rgb;
	align?: 'left' | 'center' | 'right';
}

/** A measured word or part of one. Every piece has every field (unset ones undefined), so the hot code that compares and copies them sees one object shape. */
interface Piece {
	text: string;
	width: number;
	style: FontStyle;
	colour: Rgb;
	href: string | undefined;
	strike: boolean;
	image: string | undefined;
}

type Look = Omit<Piece, 'text' | 'width'>;

function pieceOf(look: Look, text: string, width: number): Piece {
	return { text, width, style: look.style, colour: look.colour, href: look.href, strike: look.strike, image: look.image };
}

type Token = { kind: 'word'; pieces: Piece[] } | { kind: 'space'; piece: Piece } | { kind: 'break' };

const wordWidth = (pieces: readonly Piece[]) => pieces.reduce((sum, p) => sum + p.width, 0);
const sameLook = (a: Piece | Segment, b: Piece) => a.style === b.style && a.colour === b.colour && a.href === b.href && !!a.strike === b.strike && a.image === b.image;

function tokensOf(inlines: readonly Inline[], measure: Measure, options: WrapOptions): Token[] {
	const tokens: Token[] = [];
	for (const inline of inlines) {
		if (inline.kind === 'break') {
			tokens.push({ kind: 'break' });
			continue;
		}
		const style = fontStyle(inline.bold || options.bold, inline.italic || options.italic);
		const colour = inline.href ? COLOUR.link : (options.colour ?? COLOUR.text);
		const look: Look = { style, colour, href: inline.href || undefined, strike: !!inline.strike, image: inline.image };
		const text = measure.printable(inline.text, style);
		for (const part of text.split(/( +)/)) {
			if (!part) continue;
			const last = tokens.at(-1);
			if (part.startsWith(' ')) {
				if (last?.kind !== 'space') tokens.push({ kind: 'space', piece: pieceOf(look, ' ', measure.width(' ', style, options.size)) });
				continue;
			}
			// A line may break after a slash between words ("future/commissioning"), as a browser's would.
			(part.includes('/') ? part.split(/(?<=[^\s/]\/)(?=[^\s/])/) : [part]).forEach((text, i) => {
				if (i > 0) tokens.push({ kind: 'space', piece: pieceOf(look, '', 0) });
				const piece = pieceOf(look, text, measure.width(text, style, options.size));
				const previous = tokens.at(-1);
				if (previous?.kind === 'word') previous.pieces.push(piece);
				else tokens.push({ kind: 'word', pieces: [piece] });
			});
		}
	}
	return tokens;
}

/** Breaks a word too long for any line between characters. */
function splitWord(pieces: readonly Piece[], width: number, firstRoom: number, measure: Measure, size: number): Piece[][] {
	const lines: Piece[][] = [];
	let line: Piece[] = [];
	let used = 0;
	let room = firstRoom;
	for (const piece of pieces) {
		for (const char of piece.text) {
			const w = measure.width(char, piece.style, size);
			if (used + w > room && (line.length > 0 || used > 0)) {
				lines.push(line);
				line = [];
				used = 0;
				room = width;
			}
			const last = line.at(-1);
			if (last && sameLook(last, piece)) {
				line[line.length - 1] = pieceOf(last, last.text + char, last.width + w);
			} else line.push(pieceOf(piece, char, w));
			used += w;
		}
	}
	if (line.length > 0) lines.push(line);
	return lines;
}

function toLine(pieces: readonly Piece[], size: number, options: WrapOptions): TextLine {
	const segments: Segment[] = [];
	let x = 0;
	for (const piece of pieces) {
		const last = segments.at(-1);
		if (last && sameLook(last, piece)) {
			last.text += piece.text;
			last.width += piece.width;
		} else {
			segments.push({
				text: piece.text,
				x,
				width: piece.width,
				style: piece.style,
				size,
				colour: piece.colour,
				...(piece.href ? { href: piece.href } : {}),
				...(piece.strike ? { strike: true } : {}),
				...(piece.image !== undefined ? { image: piece.image } : {})
			});
		}
		x += piece.width;
	}
	const shift = options.align === 'right' ? options.width - x : options.align === 'center' ? (options.width - x) / 2 : 0;
	if (shift > 0) for (const s of segments) s.x += shift;
	return { segments, width: x };
}

/** Wraps runs into lines no wider than `options.width`. A hard break always starts a new line. */
export function wrapInlines(inlines: readonly Inline[], measure: Measure, options: WrapOptions): TextLine[] {
	const lines: TextLine[] = [];
	let current: Piece[] = [];
	let used = 0;
	let space: Piece | undefined;
	const flush = () => {
		lines.push(toLine(current, options.size, options));
		current = [];
		used = 0;
		space = undefined;
	};
	for (const token of tokensOf(inlines, measure, options)) {
		if (token.kind === 'break') {
			flush();
			continue;
		}
		if (token.kind === 'space') {
			if (current.length > 0) space = token.piece;
			continue;
		}
		const width = wordWidth(token.pieces);
		const gap = space?.width ?? 0;
		if (current.length > 0 && used + gap + width <= options.width + 1e-6) {
			if (space) current.push(space);
			current.push(...token.pieces);
			used += gap + width;
			space = undefined;
			continue;
		}
		if (current.length > 0) flush();
		if (width <= options.width + 1e-6) {
			current.push(...token.pieces);
			used = width;
			continue;
		}
		const parts = splitWord(token.pieces, options.width, options.width, measure, options.size);
		parts.forEach((part, i) => {
			current.push(...part);
			used = wordWidth(part);
			if (i < parts.length - 1) flush();
		});
	}
	if (current.length > 0) flush();
	return lines;
}

/** Wraps plain text in one style. */
export function wrapText(text: string, measure: Measure, options: WrapOptions): TextLine[] {
	return wrapInlines([{ kind: 'text', text }], measure, options);
}

/** The widest word and the whole unwrapped width of some runs: the bounds a table column needs. */
export function naturalWidths(inlines: readonly Inline[], measure: Measure, size: number): { min: number; max: number } {
	const tokens = tokensOf(inlines, measure, { width: Infinity, size });
	let min = 0;
	let max = 0;
	let line = 0;
	for (const token of tokens) {
		if (token.kind === 'break') {
			max = Math.max(max, line);
			line = 0;
		} else if (token.kind === 'space') line += token.piece.width;
		else {
			const w = wordWidth(token.pieces);
			min = Math.max(min, w);
			line += w;
		}
	}
	return { min, max: Math.max(max, line) };
}
