import { actionStatusLabel } from '../domain/actions.ts';
import { formatLongDate } from '../domain/dates.ts';
import { comparatorKinds, directionText, figureChart, formatValue } from '../domain/figures.ts';
import { placedQuestions } from '../domain/frameworks/index.ts';
import { principleById, principles } from '../domain/frameworks/principles.ts';
import { statementProgress } from '../domain/progress.ts';
import { isAnswered, responseStatuses, selfRatingLabel, selfRatings, statusLabel } from '../domain/response.ts';
import { slug } from '../domain/file-format/write.ts';
import type {
	ActionItem,
	ActionStatus,
	Assessment,
	ComparatorKind,
	Direction,
	Figure,
	PrincipleId,
	Reporter,
	Response,
	ResponseStatus,
	SelfRating
} from '../domain/types.ts';
import type { Block } from './blocks.ts';
import { markdownToBlocks } from './markdown-blocks.ts';

// The answer's content blocks live in blocks.ts, which markdown-blocks.ts also reads; renderers may take them from here.
export type { Block, Inline, TableCell } from './blocks.ts';

/**
 * The one document model every export renderer reads (PDF, Word, HTML), so
 * the three formats cannot drift apart. Built from the stored statement by
 * `buildExportDocument`; pure data, no DOM and no library types.
 */

/** Which copy is being made: the public agenda pack, or the exempt (Part 2) copy with everything. */
export type ExportVersion = 'public' | 'exempt';

/** What the position-statement column shows for one question. */
export type ExportAnswer =
	| {
			kind: 'answered';
			blocks: Block[];
			/** Set when the answer is exempt and this is the exempt version. */
			exemptionCategory?: string;
	  }
	| {
			kind: 'notApplicable';
			/** Why the question does not apply, as typed; may be empty. */
			reason: string;
			/** "Not applicable: <reason>", printed in place of the answer. */
			notice: string;
			/** Set when the answer is exempt and this is the exempt version. */
			exemptionCategory?: string;
	  }
	| { kind: 'withheld'; notice: string; exemptionCategory: string }
	| { kind: 'unanswered'; notice: string };

/** A figure's bar chart: the council's value against its comparators (see `figureChart`). */
export type ExportChart = ReturnType<typeof figureChart>;

/** One figure quoted in an answer, every part already in words. */
export interface ExportFigure {
	id: string;
	indicator: string;
	/** The value with its unit: "72", "12.5%", "1,204 children". */
	value: string;
	period: string;
	/** The comparators given, in the order they are offered, each value with its unit. */
	comparators: { kind: ComparatorKind; label: string; value: string }[];
	/** "Statistical neighbours 68; England 70", or `NO_COMPARATORS`. */
	comparatorsText: string;
	direction: Direction;
	/** "↑ Going up", "→ No change", "↓ Going down" or "Not known": the arrow never alone. */
	directionText: string;
	/** Where the figure comes from; may be empty. */
	source: string;
	/** The bar chart: the council's bar, then one per comparator. */
	chart: ExportChart;
}

/** Something being done about a question, by whom and by when. */
export interface ExportAction {
	id: string;
	text: string;
	/** Who is doing it, or `NOT_GIVEN`. */
	owner: string;
	/** yyyy-mm-dd, or empty when not set. */
	dueDateIso: string;
	/** "30 September 2026", or `NOT_GIVEN`. */
	due: string;
	status: ActionStatus;
	statusLabel: string;
}

/** One question row. */
export interface ExportQuestion {
	id: string;
	/** "1.2": area number and question number. */
	number: string;
	text: string;
	answer: ExportAnswer;
	reporters: Reporter[];
	selfRating: SelfRating;
	selfRatingLabel: string;
	status: ResponseStatus;
	statusLabel: string;
	principleIds: PrincipleId[];
	/** Short labels of the principles the answer bears on. */
	principleLabels: string[];
	/** Figures quoted in the answer; none when the answer is withheld from this copy. */
	figures: ExportFigure[];
	/** Actions on the answer; none when the answer is withheld from this copy. */
	actions: ExportAction[];
}

/** One area of focus: a full-width heading row and its questions. */
export interface ExportArea {
	number: number;
	title: string;
	/** The question set's short title, e.g. "LGSCO Careless (December 2020)". */
	setTitle: string;
	questions: ExportQuestion[];
}

/** Counts for the summary page. */
export interface ExportSummary {
	total: number;
	answered: number;
	byStatus: { status: ResponseStatus; label: string; count: number }[];
	/** Self-ratings per area; columns follow `ratingColumns`. */
	ratingColumns: { rating: SelfRating; label: string }[];
	ratingsByArea: { number: number; title: string; counts: number[] }[];
	/** The seven principles, in statutory order, as matrix columns. */
	principleColumns: { id: PrincipleId; number: number; label: string; text: string }[];
	/** One row per question: whether its answer bears on each principle column. */
	matrix: { number: string; text: string; bears: boolean[] }[];
	/** How many answers bear on each principle, in column order. */
	principleTotals: number[];
}

/** Everything a renderer needs. */
export interface ExportDocument {
	version: ExportVersion;
	/** "Appendix 2: Position statement against LGSCO areas of focus". */
	heading: string;
	title: string;
	appendixLabel: string;
	council: string;
	service: string;
	panel: string;
	meetingDateIso: string;
	/** "12 March 2026". */
	meetingDate: string;
	subject: string;
	coordinator: Reporter;
	/** Printed on every page of the exempt version; absent on the public one. */
	exemptBanner?: string;
	/** For PDF and Word metadata. */
	keywords: string[];
	language: 'en-GB';
	/** Footer text beside the page numbers. */
	footer: string;
	columns: { area: string; position: string; reporter: string; designation: string };
	areas: ExportArea[];
	/** Present when the summary page is wanted. */
	summary?: ExportSummary;
	/** The statement's "opportunities for further scrutiny"; empty when there are none. */
	furtherScrutiny: Block[];
	/** How many answers were withheld from this (public) copy. */
	withheldCount: number;
	/** ISO timestamp the export was made, for the "Produced" line. */
	producedAt: string;
}

/** The choices on the export screen. */
export interface ExportOptions {
	version: ExportVersion;
	includeSummary: boolean;
	/** ISO timestamp; passed in so the model stays pure. */
	now: string;
}

export const EXEMPT_NOTICE = 'Exempt information – not for publication';
export const EXEMPT_BANNER = 'EXEMPT – NOT FOR PUBLICATION';
export const UNANSWERED_NOTICE = 'No answer has been given to this question yet.';
/** Printed for a figure with no comparators, an action with no owner or no due date. */
export const NO_COMPARATORS = 'None given';
export const NOT_GIVEN = 'Not given';

/** "Not applicable: <reason>" (or "no reason given"). */
export function notApplicableNotice(reason: string): string {
	return `Not applicable: ${reason.trim() || 'no reason given'}`;
}

/** A stored figure in words, with its chart. */
export function exportFigure(figure: Figure): ExportFigure {
	const comparators = comparatorKinds.flatMap(({ kind, label }) => {
		const c = figure.comparators.find((x) => x.kind === kind);
		return c ? [{ kind, label, value: formatValue(c.value, figure.unit) }] : [];
	});
	return {
		id: figure.id,
		indicator: figure.indicator,
		value: formatValue(figure.value, figure.unit),
		period: figure.period,
		comparators,
		comparatorsText: comparators.length > 0 ? comparators.map((c) => `${c.label} ${c.value}`).join('; ') : NO_COMPARATORS,
		direction: figure.direction,
		directionText: directionText(figure.direction),
		source: figure.source,
		chart: figureChart(figure)
	};
}

/** A stored action in words. */
export function exportAction(action: ActionItem): ExportAction {
	return {
		id: action.id,
		text: action.text,
		owner: action.owner.trim() || NOT_GIVEN,
		dueDateIso: action.dueDate,
		due: action.dueDate ? formatLongDate(action.dueDate) : NOT_GIVEN,
		status: action.status,
		statusLabel: actionStatusLabel(action.status)
	};
}

function answerFor(response: Response | undefined, version: ExportVersion): ExportAnswer {
	// Marked exempt, even before it is written (or withheld from this person on the team): the public copy says so.
	if (response?.exempt && version === 'public') return { kind: 'withheld', notice: EXEMPT_NOTICE, exemptionCategory: response.exemptionCategory.trim() };
	if (!response || !isAnswered(response)) return { kind: 'unanswered', notice: UNANSWERED_NOTICE };
	const exemptionCategory = response.exemptionCategory.trim();
	const exempt = response.exempt ? { exemptionCategory } : {};
	if (response.notApplicable) {
		const reason = response.notApplicableReason.trim();
		return { kind: 'notApplicable', reason, notice: notApplicableNotice(reason), ...exempt };
	}
	return { kind: 'answered', blocks: markdownToBlocks(response.statement), ...exempt };
}

/** Reporters with at least a name or a designation; half-typed blank rows are left out. */
function filledReporters(response: Response | undefined): Reporter[] {
	return (response?.reporters ?? [])
		.map((r) => ({ name: r.name.trim(), designation: r.designation.trim() }))
		.filter((r) => r.name || r.designation);
}

function summaryOf(assessment: Assessment, responses: readonly Response[], areas: ExportArea[]): ExportSummary {
	const progress = statementProgress(assessment, responses);
	const ratingColumns = selfRatings.map((r) => ({ rating: r.value, label: r.label }));
	const principleColumns = principles.map((p) => ({ id: p.id, number: p.number, label: p.label, text: p.text }));
	const questions = areas.flatMap((a) => a.questions);
	// Only what this copy shows is counted: a withheld answer's rating and principles stay out of the public summary.
	const answered = (q: ExportQuestion) => q.answer.kind === 'answered' || q.answer.kind === 'notApplicable';
	// A question that does not apply bears on no principle, as on the overview.
	const bearsOn = (q: ExportQuestion, id: PrincipleId) => q.answer.kind === 'answered' && q.principleIds.includes(id);
	return {
		total: progress.total,
		answered: progress.answered,
		byStatus: responseStatuses.map((s) => ({ status: s.value, label: s.label, count: progress.byStatus[s.value] })),
		ratingColumns,
		ratingsByArea: areas.map((area) => ({
			number: area.number,
			title: area.title,
			counts: ratingColumns.map((c) => area.questions.filter((q) => answered(q) && q.selfRating === c.rating).length)
		})),
		principleColumns,
		matrix: questions.map((q) => ({
			number: q.number,
			text: q.text,
			bears: principleColumns.map((p) => bearsOn(q, p.id))
		})),
		principleTotals: principleColumns.map((p) => questions.filter((q) => bearsOn(q, p.id)).length)
	};
}

/** Builds the export document for a statement and its answers. */
export function buildExportDocument(
	assessment: Assessment,
	responses: readonly Response[],
	options: ExportOptions
): ExportDocument {
	const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
	const areas: ExportArea[] = [];
	let withheldCount = 0;
	for (const placed of placedQuestions(assessment)) {
		let area = areas.at(-1);
		if (!area || area.number !== placed.areaNumber) {
			area = { number: placed.areaNumber, title: placed.area.title, setTitle: placed.framework.shortTitle, questions: [] };
			areas.push(area);
		}
		const response = byQuestion.get(placed.question.id);
		const answer = answerFor(response, options.version);
		if (answer.kind === 'withheld') withheldCount += 1;
		// An exempt answer's figures, actions, rating and principles never reach the public copy, answered or not.
		const hidden = answer.kind === 'withheld' || (response?.exempt === true && options.version === 'public');
		const shown = hidden ? undefined : response;
		const principleIds = shown ? [...shown.principleIds] : [];
		area.questions.push({
			id: placed.question.id,
			number: `${placed.areaNumber}.${placed.questionNumber}`,
			text: placed.question.text,
			answer,
			reporters: filledReporters(response),
			selfRating: shown?.selfRating ?? 'not-rated',
			selfRatingLabel: selfRatingLabel(shown?.selfRating ?? 'not-rated'),
			status: response?.status ?? 'not-started',
			statusLabel: statusLabel(response?.status ?? 'not-started'),
			principleIds,
			principleLabels: principleIds.map((id) => principleById(id).label),
			figures: (shown?.figures ?? []).map(exportFigure),
			actions: (shown?.actions ?? []).map(exportAction)
		});
	}
	const heading = `${assessment.appendixLabel}: ${assessment.title}`;
	const meetingDate = formatLongDate(assessment.meetingDate);
	return {
		version: options.version,
		heading,
		title: assessment.title,
		appendixLabel: assessment.appendixLabel,
		council: assessment.council,
		service: assessment.service,
		panel: assessment.panel,
		meetingDateIso: assessment.meetingDate,
		meetingDate,
		subject: `${assessment.service}: ${assessment.title}`,
		coordinator: { ...assessment.coordinator },
		...(options.version === 'exempt' ? { exemptBanner: EXEMPT_BANNER } : {}),
		keywords: ['position statement', 'scrutiny', 'children in care', 'corporate parenting', 'LGSCO', assessment.panel],
		language: 'en-GB',
		footer: `${assessment.council} – ${assessment.panel}, ${meetingDate} – ${heading}`,
		columns: { area: 'Area of focus', position: 'Position statement', reporter: 'Reporter', designation: 'Designation' },
		areas,
		...(options.includeSummary ? { summary: summaryOf(assessment, responses, areas) } : {}),
		furtherScrutiny: markdownToBlocks(assessment.furtherScrutiny),
		withheldCount,
		producedAt: options.now
	};
}

/** The export formats. */
export type ExportFormat = 'pdf' | 'docx' | 'html';

/** `<council>-<panel>-<yyyy-mm-dd>-position-statement[-exempt].<ext>` */
export function exportFileName(
	assessment: Pick<Assessment, 'council' | 'panel' | 'meetingDate'>,
	version: ExportVersion,
	format: ExportFormat
): string {
	const suffix = version === 'exempt' ? '-exempt' : '';
	return `${slug(assessment.council)}-${slug(assessment.panel)}-${assessment.meetingDate}-position-statement${suffix}.${format}`;
}

/** Questions to mention before exporting: not answered, or answered but not yet agreed. */
export interface ExportReadiness {
	unanswered: { id: string; number: string; text: string }[];
	notAgreed: { id: string; number: string; text: string; statusLabel: string }[];
	exemptCount: number;
}

/** What the export screen warns about before the user goes on. */
export function exportReadiness(assessment: Assessment, responses: readonly Response[]): ExportReadiness {
	const doc = buildExportDocument(assessment, responses, { version: 'exempt', includeSummary: false, now: '' });
	const questions = doc.areas.flatMap((a) => a.questions);
	return {
		unanswered: questions.filter((q) => q.answer.kind === 'unanswered').map(({ id, number, text }) => ({ id, number, text })),
		notAgreed: questions
			.filter((q) => q.answer.kind !== 'unanswered' && q.status !== 'agreed')
			.map(({ id, number, text, statusLabel }) => ({ id, number, text, statusLabel })),
		exemptCount: responses.filter((r) => r.exempt && isAnswered(r)).length
	};
}
