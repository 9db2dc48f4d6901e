/**
 * An answer's content as the export document model holds it: blocks of
 * styled text, lists, quotes and tables, made from the answer's markdown by
 * `markdown-blocks.ts` and read by every renderer (through `model.ts`).
 * Pure types, so the model and the markdown reader share them without
 * importing each other.
 */

/** A run of text with its styling, or a hard line break. */
export type Inline =
	| {
			kind: 'text';
			text: string;
			bold?: boolean;
			italic?: boolean;
			code?: boolean;
			strike?: boolean;
			/** Only http(s) and mailto links reach the model. */
			href?: string;
			/** This run stands in for a picture (papers never fetch pictures): the picture's text alternative. */
			image?: string;
	  }
	| { kind: 'break' };

/** One cell of a table inside an answer. */
export type TableCell = Inline[];

/** Block-level content of an answer or of the further-scrutiny section. */
export type Block =
	| { kind: 'paragraph'; inlines: Inline[] }
	| { kind: 'heading'; level: number; inlines: Inline[] }
	| { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
	| { kind: 'quote'; blocks: Block[] }
	| { kind: 'table'; header: TableCell[]; rows: TableCell[][]; align: ('left' | 'center' | 'right')[] }
	| { kind: 'code'; text: string }
	| { kind: 'rule' };
