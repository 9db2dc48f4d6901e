import type { jsPDF } from 'jspdf';
import type { Cell, CellHookData, UserOptions } from 'jspdf-autotable';
import { structNode, taggerOf, type StructNode } from './tagging.ts';
import { drawText } from './text-writer.ts';

/**
 * Tagging for tables that jspdf-autotable draws: each cell's fill and
 * borders are an artifact, its text is drawn again by hand inside the cell's
 * TH or TD (autotable draws text between its hooks, outside our reach, so
 * the cell's text is emptied in `willDrawCell` and restored after), and the
 * head row, where it repeats on later pages, is a pagination artifact. Rows
 * are told apart by their `raw` input, so a row split across pages is one TR
 * and its cells one TH or TD each.
 */

export type TableHooks = Required<Pick<UserOptions, 'willDrawCell' | 'didDrawCell'>>;

export interface TableTaggingOptions {
	/** 'cells': body text is the cells' own; 'drawn': the caller draws and tags body content itself (the cells are empty boxes). */
	body?: 'cells' | 'drawn';
	/** Body cells whose text is only a reminder of the row above ("2.1 (continued)" at the top of a page): drawn as artifacts, their TD left empty. */
	reminder?: (data: CellHookData) => boolean;
	/** Body cells that name their row (an area of focus, a question): a TH with /Scope /Row rather than a TD. */
	rowHeader?: (data: CellHookData) => boolean;
	/**
	 * For a row header printed once over several rows (a question over its
	 * actions): how many rows it spans (/RowSpan), and 0 for a cell under it,
	 * which is then no element of its own (its "continued" note an artifact).
	 */
	rowSpan?: (data: CellHookData) => number;
}

/**
 * The same arithmetic as autotable's own text drawing (autoTableText), so the
 * text lands where autotable would put it: a cell's lines in one text call,
 * jsPDF stepping down one line height (the document's factor) per line and
 * aligning each line as autotable would.
 */
function drawCellText(pdf: jsPDF, cell: Cell, lines: readonly string[]): void {
	const { x, y: top } = cell.getTextPos();
	const physical = 1.15;
	const fontSize = pdf.getFontSize() / pdf.internal.scaleFactor;
	const lineHeight = fontSize * pdf.getLineHeightFactor();
	const { halign, valign } = cell.styles;
	let y = top + fontSize * (2 - physical);
	if (valign === 'middle') y -= (lines.length / 2) * lineHeight;
	else if (valign === 'bottom') y -= lines.length * lineHeight;
	const align = halign === 'center' || halign === 'right' ? halign : 'left';
	const colour = cell.styles.textColor;
	if (align === 'left' && Array.isArray(colour) && colour.length === 3) drawText(pdf, lines, x, y, [colour[0], colour[1], colour[2]]);
	else pdf.text([...lines], x, y, { align });
}

/** Hooks that tag a table drawn by autotable as `table` (a Table element); `merge` runs the caller's own hooks too. */
export function tableTagging(pdf: jsPDF, table: StructNode | undefined, options: TableTaggingOptions = {}): TableHooks {
	const head = table ? structNode('THead', table) : undefined;
	const body = table ? structNode('TBody', table) : undefined;
	const rows = new Map<unknown, StructNode>();
	const cells = new Map<StructNode, Map<number, StructNode>>();
	const saved = new Map<Cell, string[]>();
	let headPage: number | undefined;

	const cellNode = (data: CellHookData): StructNode | undefined => {
		const section = data.section === 'head' ? head : data.section === 'body' ? body : undefined;
		if (!section) return undefined;
		let row = rows.get(data.row.raw);
		if (!row) {
			row = structNode('TR', section);
			rows.set(data.row.raw, row);
		}
		const byColumn = cells.get(row) ?? new Map<number, StructNode>();
		cells.set(row, byColumn);
		let cell = byColumn.get(data.column.index);
		if (!cell) {
			const span = data.cell.colSpan > 1 ? { colSpan: data.cell.colSpan } : {};
			if (data.section === 'head') cell = structNode('TH', row, { scope: 'Column', ...span });
			else if (options.rowHeader?.(data)) {
				const rows = options.rowSpan?.(data) ?? 1;
				if (rows < 1) return undefined;
				cell = structNode('TH', row, { scope: 'Row', ...span, ...(rows > 1 ? { rowSpan: rows } : {}) });
			} else cell = structNode('TD', row, span);
			byColumn.set(data.column.index, cell);
		}
		return cell;
	};

	return {
		willDrawCell(data) {
			const tagger = taggerOf(pdf);
			if (!tagger || !table || tagger.open) return;
			saved.set(data.cell, data.cell.text);
			data.cell.text = [];
			const page = pdf.getCurrentPageInfo().pageNumber;
			const repeated = data.section === 'head' && headPage !== undefined && page !== headPage;
			tagger.beginArtifact(repeated ? 'Pagination' : 'Layout');
		},
		didDrawCell(data) {
			const tagger = taggerOf(pdf);
			const text = saved.get(data.cell);
			if (!tagger || text === undefined) return;
			saved.delete(data.cell);
			tagger.end();
			data.cell.text = text;
			const page = pdf.getCurrentPageInfo().pageNumber;
			if (data.section === 'head' && headPage === undefined) headPage = page;
			const repeated = data.section === 'head' && page !== headPage;
			if (data.section === 'body' && options.body === 'drawn') return;
			const reminder = data.section === 'body' && options.reminder?.(data) === true;
			const cell = repeated ? undefined : cellNode(data);
			const node = reminder ? undefined : cell;
			if (!text.some((line) => line.trim())) return;
			const draw = () => drawCellText(pdf, data.cell, text);
			if (node) tagger.content(node, draw);
			else tagger.artifact(draw, 'Pagination');
		}
	};
}

/** Runs the tagging hooks around the caller's own: the caller's willDrawCell first (it may change the text), its didDrawCell after. */
export function withTableTagging(hooks: TableHooks, own: Pick<UserOptions, 'willDrawCell' | 'didDrawCell'>): TableHooks {
	return {
		willDrawCell(data) {
			const result = own.willDrawCell?.(data);
			hooks.willDrawCell(data);
			return result;
		},
		didDrawCell(data) {
			hooks.didDrawCell(data);
			own.didDrawCell?.(data);
		}
	};
}
