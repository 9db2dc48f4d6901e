import type { jsPDF } from 'jspdf';
import type { Inline } from '../model.ts';
import { drawItems } from './draw.ts';
import { lineItem, type LayoutItem } from './items.ts';
import type { Measure } from './measure.ts';
import { wrapInlines, type WrapOptions } from './rich-text.ts';
import type { StructNode } from './tagging.ts';
import { CONTENT_WIDTH, PAGE, lineHeight } from './theme.ts';

/**
 * Text outside the main table (the title block, the summary headings and
 * notes, the further-scrutiny section) flowing down the page between the
 * margins, onto new pages as needed. Whole items move to the next page, and
 * headings stay with the first lines that follow them.
 */
export class PageFlow {
	y: number;

	constructor(
		private readonly pdf: jsPDF,
		readonly measure: Measure,
		/** The lowest y content may reach. */
		readonly bottom: number,
		y = PAGE.top
	) {
		this.y = y;
	}

	newPage(): void {
		this.pdf.addPage();
		this.y = PAGE.top;
	}

	/** Starts a new page unless `height` more fits on this one. */
	ensure(height: number): void {
		if (this.y + height > this.bottom && this.y > PAGE.top) this.newPage();
	}

	/** Places laid-out items (tops relative to 0) at the cursor, `x` from the left margin, breaking pages between items. */
	items(items: readonly LayoutItem[], x = 0): void {
		let origin = this.y;
		let offset = 0;
		items.forEach((item, i) => {
			let need = item.top - offset + item.height;
			const next = items[i + 1];
			if (item.keepWithNext && next) need = Math.max(need, next.top - offset + next.height);
			if (origin + need > this.bottom && origin + item.top - offset > PAGE.top + 1e-6) {
				this.newPage();
				origin = this.y;
				offset = item.top;
			}
			drawItems(this.pdf, [item], PAGE.left + x, origin - offset);
			this.y = Math.max(this.y, origin - offset + item.top + item.height);
		});
	}

	/** Wrapped text across the content width. `keepWith` is the space that must follow on the same page (for headings); `node` is the structure element it belongs to. */
	text(inlines: Inline[] | string, options: Omit<WrapOptions, 'width'> & { width?: number; x?: number; after?: number; keepWith?: number; node?: StructNode }): void {
		const runs: Inline[] = typeof inlines === 'string' ? [{ kind: 'text', text: inlines }] : inlines;
		const x = options.x ?? 0;
		const lh = lineHeight(options.size);
		const lines = wrapInlines(runs, this.measure, { ...options, width: options.width ?? CONTENT_WIDTH - x });
		this.ensure(Math.min(lines.length, 2) * lh + (options.keepWith ?? 0));
		this.items(lines.map((line, i) => lineItem(line, x, i * lh, options.size, options.node)));
		this.y += options.after ?? 0;
	}

	gap(height: number): void {
		this.y += height;
	}
}
