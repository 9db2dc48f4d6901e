import type { jsPDF } from 'jspdf';

/** A straight line from (x1, y1) to (x2, y2), in mm. */
export type Stroke = readonly [x1: number, y1: number, x2: number, y2: number];

/**
 * Strokes straight lines as one path in the current colour and width: a
 * `m`/`l` pair per line and one `S` for them all, where `doc.line` writes a
 * path and a stroke per line (and runs its argument checks each time). A
 * chart's hatching or a table's borders are many short lines.
 */
export function strokeLines(doc: jsPDF, lines: Iterable<Stroke>): void {
	let any = false;
	for (const [x1, y1, x2, y2] of lines) {
		doc.moveTo(x1, y1);
		doc.lineTo(x2, y2);
		any = true;
	}
	if (any) doc.stroke();
}
