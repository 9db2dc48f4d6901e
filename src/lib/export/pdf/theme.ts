/**
 * The look of the position statement PDF in one place: A4 portrait, a wider
 * left margin for binding into an agenda pack, Arimo (metric-compatible with
 * Arial, which council papers use) at 11 pt for text and 10 pt in the table.
 * Lengths are millimetres; font sizes are points.
 */

export type Rgb = readonly [number, number, number];

export const PAGE = {
	width: 210,
	height: 297,
	/** Left margin for binding. */
	left: 25,
	right: 20,
	top: 20,
	bottom: 20
} as const;

/** The width between the margins. */
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Millimetres in a point. */
export const MM_PER_PT = 25.4 / 72;

/** Line height as a multiple of the font size. */
export const LINE_FACTOR = 1.2;

/** Arimo's ascent and descent as fractions of the em (hhea 1854 and 434 of 2048, as Arial). */
const ASCENT = 1854 / 2048;
const DESCENT = 434 / 2048;

/** Height of one line of text at `size` pt, in mm. */
export function lineHeight(size: number): number {
	return size * MM_PER_PT * LINE_FACTOR;
}

/** Distance from the top of a line box to the text baseline, in mm (half the leading above the ascent). */
export function baselineOffset(size: number): number {
	const em = size * MM_PER_PT;
	return (em * (LINE_FACTOR - ASCENT - DESCENT)) / 2 + em * ASCENT;
}

export const FONT_SIZE = {
	/** Text outside the table: the title block, summary and further scrutiny. */
	body: 11,
	/** Every cell of the main table, and the head row. */
	cell: 10,
	/** Tables inside an answer; smaller only when a table is very wide. */
	miniTable: 10,
	areaHeading: 11.5,
	/** "Question set: …" above the first area of each set, when a statement uses several. */
	setHeading: 12,
	title: 16,
	sectionHeading: 14,
	subHeading: 12,
	footer: 9,
	/** The exempt banner's line in the footer. */
	banner: 10,
	/** The exempt banner at the top of every page: bold, boxed, unmissable. */
	topBanner: 13
} as const;

export const COLOUR = {
	text: [11, 12, 12] as Rgb,
	/** Dark enough for AA contrast on white (about 7:1). */
	secondary: [80, 90, 95] as Rgb,
	link: [29, 112, 184] as Rgb,
	rule: [80, 90, 95] as Rgb,
	lightRule: [177, 180, 182] as Rgb,
	headFill: [222, 224, 226] as Rgb,
	areaFill: [243, 242, 241] as Rgb,
	/** Darker than an area's fill: a question set's heading row. */
	setFill: [205, 208, 211] as Rgb,
	miniHeadFill: [243, 242, 241] as Rgb
} as const;

/** Border widths. */
export const LINE = { table: 0.3, mini: 0.2, quote: 0.6 } as const;

/**
 * The main table: Area of focus | Position statement | Reporter | Designation.
 * The answer gets half the width; the other columns are as narrow as the
 * words they must hold whole at 10 pt: the question column the longest word
 * of any set's questions ("recommendations,"; "future/commissioning" may
 * break after its slash), the reporter column names such as "Montgomery",
 * the designation column "Commissioning," or "Responsibilities".
 */
export const TABLE = {
	widths: [32, 82.5, 22.5, 28] as const,
	/** Padding inside each cell. */
	padX: 1.4,
	padTop: 1.3,
	padBottom: 1.5
} as const;

/** The bottom of the footer's last line, inside the bottom margin. */
export const FOOTER_BOTTOM = PAGE.height - 12;

/** The top of the footer's first line. */
export function footerTop(footerLines: number): number {
	return FOOTER_BOTTOM - footerLines * lineHeight(FONT_SIZE.footer);
}

/** The rule above the footer; nothing in the body may be drawn below it. */
export function footerRuleY(footerLines: number): number {
	return footerTop(footerLines) - 1.5;
}

/** The lowest point of body content: a little clear of the footer rule. */
export function contentBottom(footerLines: number): number {
	return footerRuleY(footerLines) - 2.5;
}

/**
 * The exempt banner at the top of every page of the exempt version: its
 * baseline, and the box drawn round it, all inside the top margin, so the
 * body (which starts at PAGE.top) is never under it.
 */
export const TOP_BANNER = { baseline: 13, boxTop: 7.6, boxBottom: 15.2, padX: 4, line: 0.5 } as const;
