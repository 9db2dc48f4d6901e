import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import { FONT, INDENT } from './theme.ts';

/**
 * Word's list numbering for the answers' bullet and numbered lists.
 *
 * Every list gets its own numbering instance, and every list is written at
 * level 0 of a definition made for its depth (a list nested in an item is
 * depth 1, and so on). Word restarts a numbering instance only where it is
 * told to, and the docx package tells it so for level 0 alone: keeping every
 * list on level 0 means each numbered list starts again at its own first
 * number, nested ones too, instead of running on from an earlier list.
 */

/** Nesting deeper than this is drawn at this depth. */
export const MAX_DEPTH = 8;

const BULLETS = ['•', '◦', '▪'] as const;

/** Where a depth's marker and text sit. */
export function levelIndent(depth: number): { left: number; hanging: number } {
	return { left: (Math.min(depth, MAX_DEPTH) + 1) * INDENT.level, hanging: INDENT.hanging };
}

/** What the paragraphs of one list point at. */
export interface ListRef {
	reference: string;
	instance: number;
	depth: number;
}

interface Definition {
	kind: 'bullet' | 'number';
	depth: number;
	start: number;
}

/** Hands out one numbering instance per list and records which definitions the document needs. */
export class ListNumbering {
	private nextInstance = 1;
	private readonly used = new Map<string, Definition>();

	private ref(definition: Definition): ListRef {
		const reference =
			definition.kind === 'bullet' ? `bullets-${definition.depth}` : `numbers-${definition.depth}-from-${definition.start}`;
		this.used.set(reference, definition);
		return { reference, instance: this.nextInstance++, depth: definition.depth };
	}

	/** A new bullet list nested `depth` lists deep. */
	bullets(depth: number): ListRef {
		return this.ref({ kind: 'bullet', depth: Math.min(depth, MAX_DEPTH), start: 1 });
	}

	/** A new numbered list nested `depth` lists deep, counting from `start`. */
	numbers(depth: number, start: number): ListRef {
		const from = Number.isInteger(start) && start >= 0 ? start : 1;
		return this.ref({ kind: 'number', depth: Math.min(depth, MAX_DEPTH), start: from });
	}

	/** The numbering definitions the document's lists use (none when it has no lists). */
	config(): INumberingOptions {
		return {
			config: [...this.used].map(([reference, d]) => ({
				reference,
				levels: [
					d.kind === 'bullet'
						? {
								level: 0,
								format: LevelFormat.BULLET,
								text: BULLETS[d.depth % BULLETS.length] ?? '•',
								alignment: AlignmentType.LEFT,
								style: { paragraph: { indent: levelIndent(d.depth) }, run: { font: FONT } }
							}
						: {
								level: 0,
								format: LevelFormat.DECIMAL,
								text: '%1.',
								start: d.start,
								alignment: AlignmentType.LEFT,
								style: { paragraph: { indent: levelIndent(d.depth) } }
							}
				]
			}))
		};
	}
}
