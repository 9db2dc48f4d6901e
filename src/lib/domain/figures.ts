import type { Comparator, ComparatorKind, Direction, FieldError, Figure, Validated } from './types.ts';

/**
 * Figures quoted in an answer: what the form accepts, how periods are
 * recognised, and the bar-chart model every view (app, PDF, Word, HTML) draws.
 */

/** Comparators in the order they are offered and drawn, with the sector's words. */
export const comparatorKinds: readonly { kind: ComparatorKind; label: string; short: string }[] = [
	{ kind: 'statistical-neighbours', label: 'Statistical neighbours', short: 'SN' },
	{ kind: 'england', label: 'England', short: 'England' },
	{ kind: 'region', label: 'Region', short: 'Region' },
	{ kind: 'target', label: 'Target', short: 'Target' }
];

/** Directions of travel with their arrows and words (the arrow never stands alone). */
export const directions: readonly { value: Direction; arrow: string; label: string }[] = [
	{ value: 'up', arrow: '↑', label: 'Going up' },
	{ value: 'same', arrow: '→', label: 'No change' },
	{ value: 'down', arrow: '↓', label: 'Going down' },
	{ value: 'unknown', arrow: '', label: 'Not known' }
];

/** The words for a comparator kind. */
export function comparatorLabel(kind: ComparatorKind): string {
	return comparatorKinds.find((c) => c.kind === kind)?.label ?? kind;
}

/** "↑ Going up" (or "Not known"). */
export function directionText(direction: Direction): string {
	const d = directions.find((x) => x.value === direction);
	return d ? `${d.arrow ? `${d.arrow} ` : ''}${d.label}` : '';
}

/** What the figure form holds: everything as typed. */
export interface FigureInput {
	id: string;
	indicator: string;
	value: string;
	unit: string;
	period: string;
	comparators: Record<ComparatorKind, string>;
	direction: Direction;
	source: string;
}

/** A blank figure form. */
export function emptyFigureInput(id: string): FigureInput {
	return {
		id,
		indicator: '',
		value: '',
		unit: '',
		period: '',
		comparators: { 'statistical-neighbours': '', england: '', region: '', target: '' },
		direction: 'unknown',
		source: ''
	};
}

/** The form for a stored figure. */
export function figureToInput(figure: Figure): FigureInput {
	const input = emptyFigureInput(figure.id);
	for (const c of figure.comparators) input.comparators[c.kind] = formatNumber(c.value);
	return { ...input, indicator: figure.indicator, value: formatNumber(figure.value), unit: figure.unit, period: figure.period, direction: figure.direction, source: figure.source };
}

/**
 * Reads a number as people type it in council papers: "1,204", "12.5",
 * "-3", "45%" (the % is allowed and ignored; put it in the unit). Returns
 * undefined for anything else, such as "about 40" or "n/a".
 */
export function parseNumber(text: string): number | undefined {
	const cleaned = text.trim().replace(/^£/, '').replace(/%$/, '').trim();
	if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+]?\.\d+$/.test(cleaned)) return undefined;
	const value = Number(cleaned.replace(/,/g, ''));
	return Number.isFinite(value) ? value : undefined;
}

/** "1,204" or "12.5": numbers as printed in UK council papers. */
export function formatNumber(value: number): string {
	return value.toLocaleString('en-GB', { maximumFractionDigits: 6 });
}

const MONTH = '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)';
const YEAR = '(19|20)\\d{2}';
const FINANCIAL_YEAR = `${YEAR}\\s*[-/–]\\s*(\\d{2}|${YEAR})`;
const DAY_MONTH_YEAR = `\\d{1,2}(st|nd|rd|th)?\\s+${MONTH}\\s+${YEAR}`;
const PERIOD_PATTERNS: readonly RegExp[] = [
	new RegExp(`^${YEAR}$`, 'i'), // 2025
	new RegExp(`^(fy\\s*)?${FINANCIAL_YEAR}$`, 'i'), // 2025-26, 2025/2026
	new RegExp(`^(q[1-4]|quarter [1-4])\\s+${FINANCIAL_YEAR}$`, 'i'), // Q3 2025-26
	new RegExp(`^(q[1-4]|quarter [1-4])\\s+${YEAR}$`, 'i'), // Q3 2025
	new RegExp(`^${MONTH}\\s+${YEAR}$`, 'i'), // March 2026
	new RegExp(`^${MONTH}\\s+(to|–|-)\\s+${MONTH}\\s+${YEAR}$`, 'i'), // April to September 2025
	new RegExp(`^${MONTH}\\s+${YEAR}\\s+(to|–|-)\\s+${MONTH}\\s+${YEAR}$`, 'i'), // April 2025 to March 2026
	new RegExp(`^(as at|at|on)\\s+${DAY_MONTH_YEAR}$`, 'i'), // as at 31 March 2026
	new RegExp(`^${DAY_MONTH_YEAR}$`, 'i'), // 31 March 2026
	new RegExp(`^(as at\\s+)?\\d{1,2}/\\d{1,2}/${YEAR}$`, 'i'), // 31/03/2026
	new RegExp(`^(as at\\s+)?${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$`, 'i'), // 2026-03-31
	new RegExp(`^(year|12 months) (to|ending) ${MONTH}\\s+${YEAR}$`, 'i'), // year to March 2026
	new RegExp(`^(academic year|school year)\\s+${FINANCIAL_YEAR}$`, 'i') // academic year 2024/25
];

/** True when `text` is a period or as-at date we recognise ("2025-26", "Q3 2025-26", "as at 31 March 2026", …). */
export function isRecognisablePeriod(text: string): boolean {
	const t = text.trim().replace(/\s+/g, ' ');
	return PERIOD_PATTERNS.some((p) => p.test(t));
}

const MAX_TEXT = 200;

/** Checks a figure form. Every problem names its field; nothing is stored until all are fixed. */
export function validateFigure(input: FigureInput): Validated<Figure> {
	const errors: FieldError[] = [];
	const field = (name: string) => `figure-${name}`;
	const indicator = input.indicator.replace(/\s+/g, ' ').trim();
	if (!indicator) errors.push({ field: field('indicator'), message: 'Enter what the figure measures, for example Children in care per 10,000' });
	else if (indicator.length > MAX_TEXT) errors.push({ field: field('indicator'), message: `The indicator must be ${MAX_TEXT} characters or fewer` });
	const value = parseNumber(input.value);
	if (!input.value.trim()) errors.push({ field: field('value'), message: 'Enter the value, for example 72 or 12.5' });
	else if (value === undefined) errors.push({ field: field('value'), message: 'The value must be a number, like 72, 1,204 or 12.5' });
	const unit = input.unit.trim();
	if (unit.length > 50) errors.push({ field: field('unit'), message: 'The unit must be 50 characters or fewer' });
	const period = input.period.replace(/\s+/g, ' ').trim();
	if (!period) errors.push({ field: field('period'), message: 'Enter the period or date, for example 2025-26 or as at 31 March 2026' });
	else if (!isRecognisablePeriod(period)) {
		errors.push({ field: field('period'), message: 'Enter the period as a year (2025-26), quarter (Q3 2025-26), month (March 2026) or date (as at 31 March 2026)' });
	}
	const comparators: Comparator[] = [];
	for (const { kind, label } of comparatorKinds) {
		const typed = input.comparators[kind].trim();
		if (!typed) continue;
		const n = parseNumber(typed);
		if (n === undefined) errors.push({ field: field(`comparator-${kind}`), message: `The ${label.toLowerCase()} figure must be a number, like 68 or 12.5` });
		else comparators.push({ kind, value: n });
	}
	const source = input.source.replace(/\s+/g, ' ').trim();
	if (source.length > 500) errors.push({ field: field('source'), message: 'The source must be 500 characters or fewer' });
	if (errors.length > 0 || value === undefined) return { ok: false, errors };
	return { ok: true, value: { id: input.id, indicator, value, unit, period, comparators, direction: input.direction, source } };
}

/** "72", "12.5%", "1,204 children": a value with its unit. */
export function formatValue(value: number, unit: string): string {
	const n = formatNumber(value);
	if (!unit) return n;
	return unit === '%' ? `${n}%` : `${n} ${unit}`;
}

/** One bar of a figure's chart. */
export interface ChartBar {
	label: string;
	value: number;
	/** The value as printed beside the bar. */
	text: string;
	/** 0–1, the bar's length against the longest bar (0 for zero or negative values). */
	ratio: number;
	/** True for the council's own value; drawn solid, comparators hatched, so colour is never the only cue. */
	own: boolean;
}

/** The council's value against its comparators, as bars every renderer can draw. */
export function figureChart(figure: Figure, councilLabel = 'This council'): { title: string; bars: ChartBar[]; description: string } {
	const raw = [
		{ label: councilLabel, value: figure.value, own: true },
		...comparatorKinds.flatMap(({ kind, label }) => {
			const c = figure.comparators.find((x) => x.kind === kind);
			return c ? [{ label, value: c.value, own: false }] : [];
		})
	];
	const max = Math.max(...raw.map((b) => Math.max(b.value, 0)), 0);
	const bars = raw.map((b) => ({ ...b, text: formatValue(b.value, figure.unit), ratio: max > 0 ? Math.max(b.value, 0) / max : 0 }));
	const description = `${figure.indicator}, ${figure.period}: ${bars.map((b) => `${b.label} ${b.text}`).join('; ')}.${figure.direction !== 'unknown' ? ` ${directionText(figure.direction)}.` : ''}`;
	return { title: `${figure.indicator} (${figure.period})`, bars, description };
}

/** The answer's figures with `figure` saved in: replaces the one with its id, or adds it at the end. */
export function withFigure(figures: readonly Figure[], figure: Figure): Figure[] {
	return figures.some((f) => f.id === figure.id) ? figures.map((f) => (f.id === figure.id ? figure : f)) : [...figures, figure];
}

/** The answer's figures without the one with this id. */
export function withoutFigure(figures: readonly Figure[], id: string): Figure[] {
	return figures.filter((f) => f.id !== id);
}

/** True when two figures hold the same indicator, value, period, comparators, direction and source. */
export function sameFigure(a: Figure, b: Figure): boolean {
	const key = (f: Figure) => JSON.stringify([f.id, f.indicator, f.value, f.unit, f.period, f.comparators.map((c) => [c.kind, c.value]), f.direction, f.source]);
	return key(a) === key(b);
}

/** A bar placed on the chart: where its label, bar and value text go. */
export interface PlacedBar extends ChartBar {
	/** Top of the bar. */
	y: number;
	/** Left end of the bar (the axis). */
	x: number;
	/** Length of the bar; at least 2 for a value above zero, so it can be seen. */
	length: number;
	/** Where the label is anchored: its right end beside the bar, or its left end above it on a narrow chart. */
	labelX: number;
	labelY: number;
	labelAnchor: 'start' | 'end';
	/** Start of the value text, just after the bar's end. */
	valueX: number;
	/** Baseline of the value text, centred on the bar (and of the label too, unless stacked). */
	textY: number;
}

/** A chart's drawing: its size and the bars in place. */
export interface ChartLayout {
	width: number;
	height: number;
	/** Where the bars start: the axis. */
	axisX: number;
	/** True when the labels sit above the bars because the chart is too narrow for them beside. */
	stacked: boolean;
	bars: PlacedBar[];
}

/** Rough width of text at 16px in a sans-serif face, for sizing columns without measuring. */
function textWidth(text: string): number {
	return Math.ceil(text.length * 8.6);
}

/**
 * Places a figure's bars on a horizontal bar chart `width` wide (drawn at
 * that size, so the 16px text stays 16px): a label column wide enough for
 * the longest label, the bars, and the value printed after each bar. When
 * the labels would take more than two fifths of the width, each label goes
 * above its bar instead. Every bar keeps its label and value as text, so the
 * chart never relies on colour or bar length alone.
 */
export function chartLayout(bars: readonly ChartBar[], width = 600, barHeight = 28, gap = 12): ChartLayout {
	const padding = 8;
	const labelLine = 22;
	const labelWidth = Math.max(...bars.map((b) => textWidth(b.label)), 40) + 12;
	const valueWidth = Math.max(...bars.map((b) => textWidth(b.text)), 30) + 10;
	const stacked = labelWidth > width * 0.4;
	const axisX = stacked ? padding : padding + labelWidth;
	const room = Math.max(width - axisX - valueWidth - padding, 20);
	const rowHeight = stacked ? labelLine + barHeight : barHeight;
	const placed = bars.map((bar, i) => {
		const top = padding + i * (rowHeight + gap);
		const y = stacked ? top + labelLine : top;
		const length = bar.ratio > 0 ? Math.max(Math.round(bar.ratio * room), 2) : 0;
		const middle = y + barHeight / 2 + 5;
		return {
			...bar,
			y,
			x: axisX,
			length,
			labelX: stacked ? axisX : axisX - 8,
			labelY: stacked ? top + 16 : middle,
			labelAnchor: stacked ? ('start' as const) : ('end' as const),
			valueX: axisX + length + 6,
			textY: middle
		};
	});
	const height = padding * 2 + bars.length * rowHeight + Math.max(bars.length - 1, 0) * gap;
	return { width, height, axisX, stacked, bars: placed };
}
