/**
 * The look of the Word position statement in one place, matching the PDF:
 * A4 portrait with a wider left margin for binding, Arial (Word's own font on
 * council laptops; other word processors substitute a metric twin) at 11 pt,
 * 10.5 pt inside the main table. Lengths are twentieths of a point (twips),
 * Word's unit; font sizes are half-points, as the docx package takes them.
 */

/** Twips in a millimetre. */
const MM = 1440 / 25.4;

/** Millimetres to whole twips. */
export function mm(value: number): number {
	return Math.round(value * MM);
}

export const PAGE = {
	width: mm(210),
	height: mm(297),
	/** Left margin for binding into an agenda pack. */
	left: mm(25),
	right: mm(20),
	top: mm(20),
	bottom: mm(20),
	/** Where the header and footer text sit, from the page edge. */
	header: mm(9),
	footer: mm(9)
} as const;

/** The width between the margins. */
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/**
 * Area of focus | Position statement | Reporter | Designation in millimetres.
 * The designation column is a little wider than the PDF's so that words such
 * as "Commissioning" fit whole in Arial at 10.5 pt.
 */
const MAIN_MM = [35, 77, 22, 31] as const;
const mainTotal = MAIN_MM.reduce((sum, w) => sum + w, 0);
export const MAIN_COLUMNS: readonly number[] = (() => {
	const widths = MAIN_MM.map((w) => Math.floor((w / mainTotal) * CONTENT_WIDTH));
	// Any rounding left over goes to the answer column, so the grid fills the line exactly.
	widths[1] = (widths[1] ?? 0) + CONTENT_WIDTH - widths.reduce((sum, w) => sum + w, 0);
	return widths;
})();

/** Padding inside the main table's cells. */
export const CELL_MARGIN = { top: mm(1.2), bottom: mm(1.2), left: mm(1.5), right: mm(1.5) } as const;

/** The font everywhere but code. */
export const FONT = 'Arial';
export const MONO_FONT = 'Courier New';

/** Sizes in half-points. */
export const SIZE = {
	body: 22,
	cell: 21,
	miniTable: 20,
	title: 32,
	section: 28,
	subHeading: 24,
	areaHeading: 23,
	footer: 18,
	banner: 20
} as const;

/** Colours as hex without "#"; all at least 4.5:1 on white or on the fills used. */
export const COLOUR = {
	text: '0B0C0C',
	secondary: '505A5F',
	link: '1D70B8',
	rule: '505A5F',
	lightRule: 'B1B4B6',
	headFill: 'DEE0E2',
	areaFill: 'F3F2F1',
	/** Darker than an area's fill: a question set's heading row. */
	setFill: 'CDD0D3'
} as const;

/** Space after a paragraph, in twips. */
export const SPACE = { paragraph: 100, cellParagraph: 80, list: 40 } as const;

/** Indent of each list level and of quotes. */
export const INDENT = { level: mm(5), hanging: mm(4.5), quote: mm(4) } as const;
