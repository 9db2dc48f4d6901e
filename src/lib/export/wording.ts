import { formatLongDate } from '../domain/dates.ts';
import type { Block, ExportAction, ExportAnswer, ExportDocument, ExportFigure, Inline } from './model.ts';

/**
 * The words the Word and web-page renderers print around the answers (the
 * version note, the exempt label, "No position recorded", the summary's
 * headings), in one place so the two formats say the same thing as the PDF.
 * Pure: model in, model blocks or strings out.
 */

/** "1 answer is" / "2 answers are". */
function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** What the reader needs to know about exempt material in this copy, if anything. */
export function versionNote(doc: ExportDocument): { text: string; bold: boolean } | undefined {
	if (doc.version === 'exempt') {
		return { text: 'This version includes exempt information. It is for councillors only and is not for publication.', bold: true };
	}
	if (doc.withheldCount > 0) {
		return {
			text: `${plural(doc.withheldCount, 'answer is', 'answers are')} exempt information and ${doc.withheldCount === 1 ? 'is' : 'are'} not included in this version.`,
			bold: false
		};
	}
	return undefined;
}

/** The title block's label and value pairs, without empty ones. */
export function titleDetails(doc: ExportDocument): [label: string, value: string][] {
	const details: [string, string][] = [
		['Council', doc.council],
		['Panel', doc.panel],
		['Meeting date', doc.meetingDate],
		['Subject', doc.subject],
		['Prepared by', [doc.coordinator.name, doc.coordinator.designation].filter((s) => s.trim()).join(', ')]
	];
	if (doc.producedAt && !Number.isNaN(Date.parse(doc.producedAt))) details.push(['Produced', formatLongDate(doc.producedAt.slice(0, 10))]);
	return details.filter(([, value]) => value.trim() !== '');
}

/**
 * The title block's main heading: the statement's own title, as the
 * appendix label is printed on its own line just above it (so "Appendix 2"
 * is not said twice); the full heading when there is no title.
 */
export function titleHeading(doc: Pick<ExportDocument, 'title' | 'heading'>): string {
	return doc.title.trim() || doc.heading;
}

/** The heading row above the first area of each question set, when a statement uses more than one set. */
export function questionSetHeading(setTitle: string): string {
	return `Question set: ${setTitle}`;
}

/** "1", "1 to 5", or "1, 3 and 5 to 7" for area numbers in order. */
function numberRanges(numbers: readonly number[]): string {
	const ranges: string[] = [];
	let i = 0;
	while (i < numbers.length) {
		let j = i;
		while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] ?? 0) + 1) j += 1;
		ranges.push(j > i ? `${numbers[i]} to ${numbers[j]}` : String(numbers[i]));
		i = j + 1;
	}
	return ranges.length > 1 ? `${ranges.slice(0, -1).join(', ')} and ${ranges.at(-1)}` : (ranges[0] ?? '');
}

/**
 * For the title block: the question sets the areas come from, in order, each
 * with its areas ("LGSCO Careless (December 2020): areas 1 to 5"). Empty
 * when every area comes from one set.
 */
export function questionSetLines(doc: { areas: readonly Pick<ExportDocument['areas'][number], 'number' | 'setTitle'>[] }): string[] {
	const sets = new Map<string, number[]>();
	for (const area of doc.areas) sets.set(area.setTitle, [...(sets.get(area.setTitle) ?? []), area.number]);
	if (sets.size < 2) return [];
	return [...sets].map(([title, numbers]) => `${title}: ${numbers.length === 1 ? 'area' : 'areas'} ${numberRanges(numbers)}`);
}

/** "1. Accommodation for 16 and 17 year olds". */
export function areaTitle(area: { number: number; title: string }): string {
	return `${area.number}. ${area.title}`;
}

/** Shown when an answered question's statement has no text left after parsing. */
export const NO_POSITION = 'No position recorded.';

const paragraph = (text: string, marks: { bold?: boolean; italic?: boolean } = {}): Block => ({
	kind: 'paragraph',
	inlines: [{ kind: 'text', text, ...marks }]
});

/**
 * What the position statement column says, as blocks: the answer, or the
 * withheld or unanswered notice; an exempt answer in the exempt copy is
 * labelled with its exemption category first.
 */
export function answerBlocks(answer: ExportAnswer): Block[] {
	switch (answer.kind) {
		case 'unanswered':
			return [paragraph(answer.notice, { italic: true })];
		case 'withheld':
			return [paragraph(answer.notice, { bold: true }), ...(answer.exemptionCategory ? [paragraph(`Exemption: ${answer.exemptionCategory}`)] : [])];
		case 'notApplicable': {
			const label = answer.exemptionCategory !== undefined ? [paragraph(exemptLabel(answer.exemptionCategory), { bold: true })] : [];
			return [...label, notApplicableParagraph(answer.notice)];
		}
		case 'answered': {
			const label = answer.exemptionCategory !== undefined ? [paragraph(exemptLabel(answer.exemptionCategory), { bold: true })] : [];
			const body = answer.blocks.length > 0 ? answer.blocks : [paragraph(NO_POSITION, { italic: true })];
			return [...label, ...body];
		}
	}
}

/** "**Not applicable:** <reason>" in place of the answer. */
export function notApplicableParagraph(notice: string): Block {
	const label = 'Not applicable:';
	if (!notice.startsWith(label)) return paragraph(notice, { bold: true });
	return { kind: 'paragraph', inlines: [{ kind: 'text', text: label, bold: true }, { kind: 'text', text: notice.slice(label.length) }] };
}

/** "Exempt – Schedule 12A, paragraph 3" above an exempt answer in the exempt copy. */
export function exemptLabel(category: string): string {
	return category ? `Exempt – ${category}` : 'Exempt information';
}

/** The question cell's text: the number in bold, then the verbatim question. */
export function questionInlines(question: { number: string; text: string }): Inline[] {
	return [
		{ kind: 'text', text: question.number, bold: true },
		{ kind: 'text', text: ` ${question.text}` }
	];
}

/** The label of the line under a rated question in the Word table: "Self-rating: One to watch" (the Word import reads it back). */
export const SELF_RATING_LABEL = 'Self-rating';

/** Headings and fixed sentences of the summary and further-scrutiny sections. */
export const SUMMARY_WORDS = {
	heading: 'Summary',
	answered: (answered: number, total: number) => `${answered} of ${total} questions answered.`,
	progressCaption: 'Progress of the answers',
	progressColumns: ['Progress of the answers', 'Questions'] as const,
	ratingsHeading: 'Self-ratings by area of focus',
	ratingsIntro: 'How the officers rated each answered question, by area of focus.',
	matrixHeading: 'Answers and the corporate parenting principles',
	matrixIntro: '“Yes” marks each corporate parenting principle an answer bears on. The columns are numbered as the principles:',
	matrixTotal: 'Answers bearing on each principle',
	mark: 'Yes',
	total: 'Total',
	furtherScrutiny: 'Opportunities for further scrutiny'
} as const;

/** The words around an answer's figures, charts and actions, the same in every format. */
export const FIGURE_WORDS = {
	figuresHeading: 'Figures',
	figuresCaption: (number: string) => `Figures for question ${number}`,
	figureColumns: ['Indicator', 'Value', 'Period', 'Compared with', 'Direction of travel', 'Source'] as const,
	noSource: 'Not given',
	chartTitle: (title: string) => `Chart: ${title}`,
	/** How the bars are drawn, for the key under a chart (the app's words). */
	chartKey: 'Solid bar: this council. Hatched bars: what it is compared with.',
	chartNoComparators: 'No comparators recorded for this figure.',
	actionsHeading: 'Actions',
	actionsCaption: (number: string) => `Actions for question ${number}`,
	actionColumns: ['Action', 'Owner', 'Due', 'Status'] as const
} as const;

/** A figure as one row of the figures table, in `FIGURE_WORDS.figureColumns` order. */
export function figureCells(figure: ExportFigure): string[] {
	return [figure.indicator, figure.value, figure.period, figure.comparatorsText, figure.directionText, figure.source || FIGURE_WORDS.noSource];
}

/** The figure's comparators one per line ("England 70"), or "None given"; `space` goes between name and value. */
export function comparatorLines(figure: ExportFigure, space = ' '): string[] {
	return figure.comparators.length > 0 ? figure.comparators.map((c) => `${c.label}${space}${c.value}`) : [figure.comparatorsText];
}

/** An action as one row of the actions table, in `FIGURE_WORDS.actionColumns` order. */
export function actionCells(action: ExportAction): string[] {
	return [action.text, action.owner, action.due, action.statusLabel];
}

type TableBlock = Extract<Block, { kind: 'table' }>;

const run = (text: string, bold = false): Inline[] => [{ kind: 'text', text, ...(bold ? { bold: true } : {}) }];

/**
 * A figure as a two-column table of labels and values, for the narrow
 * position statement column of the PDF and the Word document: the indicator
 * is its head row, then value, period, comparators (one a line, so a name
 * and its value are not parted), direction of travel and source.
 */
export function figureTable(figure: ExportFigure): TableBlock {
	const [indicator, ...labels] = FIGURE_WORDS.figureColumns;
	const [name = '', ...values] = figureCells(figure);
	// A non-breaking space before the value keeps "Statistical neighbours 68" from ending a line on the name.
	const comparators = comparatorLines(figure, '\u00a0').flatMap((line, k): Inline[] => [...(k > 0 ? [{ kind: 'break' as const }] : []), ...run(line)]);
	return {
		kind: 'table',
		header: [run(indicator), run(name)],
		rows: labels.map((label, i) => [run(label, true), label === 'Compared with' ? comparators : run(values[i] ?? '')]),
		align: ['left', 'left']
	};
}

/** Actions as a table: Action | Owner | Due | Status. */
export function actionsTable(actions: readonly ExportAction[]): TableBlock {
	return {
		kind: 'table',
		header: FIGURE_WORDS.actionColumns.map((label) => run(label)),
		rows: actions.map((action) => actionCells(action).map((cell) => run(cell))),
		align: FIGURE_WORDS.actionColumns.map(() => 'left' as const)
	};
}
