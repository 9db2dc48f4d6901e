import { toCsv } from './csv.ts';
import { formatLongDate, formatShortDate } from './dates.ts';
import { slug } from './file-format/write.ts';
import { placedQuestions } from './frameworks/index.ts';
import {
	describeFilter,
	describeShowing,
	filterRecommendations,
	isFiltered,
	sortRecommendations,
	statusLabel,
	type RecommendationFilter
} from './recommendation.ts';
import type { Assessment, Recommendation } from './types.ts';

/**
 * The "Scrutiny Monitoring" table as the panel papers print it (seed 000:
 * Date | Title | Action proposed | Action taken | Progress status), built
 * once from the tracker so the PDF and the CSV say the same thing. Pure.
 */

/** The statement details the table names: enough to say which statement and to number its questions. */
export type StatementRef = Pick<Assessment, 'id' | 'title' | 'council' | 'panel' | 'meetingDate' | 'frameworks'>;

/** The monitoring table's own columns, in the seed's order. */
export const MONITORING_COLUMNS = ['Date', 'Title', 'Action proposed', 'Action taken', 'Progress status'] as const;

/** The CSV's columns: the table's, then what each recommendation is linked to. */
export const MONITORING_CSV_COLUMNS = [...MONITORING_COLUMNS, 'Linked position statement', 'Linked questions'] as const;

/** One recommendation as a row of the table. */
export interface MonitoringRow {
	id: string;
	/** "01/10/2020". */
	date: string;
	title: string;
	/** The recommendation's number under its meeting and item: "1)", "2)", as the minutes number them. */
	number: number;
	actionProposed: string;
	actionTaken: string;
	/** "Recommend review in June 2021". */
	progressStatus: string;
	/** "Position statement against LGSCO areas of focus (Anytown Borough Council, 25 March 2026)", or empty. */
	statement: string;
	/** "2.1 How many children…", one per linked question. */
	questions: string[];
	/** True when the row above is the same meeting and item: the seed leaves its Date and Title blank. */
	sameItemAsAbove: boolean;
}

/** The whole table with its heading. */
export interface MonitoringTable {
	/** "Scrutiny monitoring – 25 March 2026" (the date the table was made). */
	title: string;
	/** The scrutiny panel, when the recommendations shown all come from one panel's statements; otherwise empty. */
	panel: string;
	/** The council, likewise. */
	council: string;
	/** "Showing 4 of 9 recommendations: progress status Outstanding", or "All 9 recommendations". */
	scope: string;
	rows: MonitoringRow[];
	/** yyyy-mm-dd: the day it was made. */
	madeOn: string;
}

/** A linked question as "2.1 <question text>", or its id when the statement's question sets do not have it. */
function questionLabels(statement: StatementRef | undefined, questionIds: readonly string[]): string[] {
	const placed = statement ? placedQuestions(statement) : [];
	return questionIds.map((id) => {
		const found = placed.find((p) => p.question.id === id);
		return found ? `${found.areaNumber}.${found.questionNumber} ${found.question.text}` : id;
	});
}

/** "Title (Council, 25 March 2026)". */
export function statementLabel(statement: StatementRef): string {
	return `${statement.title} (${statement.council}, ${formatLongDate(statement.meetingDate)})`;
}

/**
 * Each recommendation's number under its meeting and item, counted over
 * every recommendation recorded (not just those shown), so a filter never
 * renumbers the panel's resolutions.
 */
export function numberRecommendations(all: readonly Recommendation[]): Map<string, number> {
	const numbers = new Map<string, number>();
	const counts = new Map<string, number>();
	for (const r of sortRecommendations(all)) {
		const key = `${r.meetingDate}\u0000${r.itemTitle.toLowerCase()}`;
		const n = (counts.get(key) ?? 0) + 1;
		counts.set(key, n);
		numbers.set(r.id, n);
	}
	return numbers;
}

/** The rows for `shown` (already in the table's order), numbered over `all`. */
export function monitoringRows(shown: readonly Recommendation[], all: readonly Recommendation[], statements: readonly StatementRef[]): MonitoringRow[] {
	const numbers = numberRecommendations(all);
	const byId = new Map(statements.map((s) => [s.id, s]));
	return shown.map((r, i) => {
		const above = shown[i - 1];
		const statement = r.assessmentId ? byId.get(r.assessmentId) : undefined;
		return {
			id: r.id,
			date: formatShortDate(r.meetingDate),
			title: r.itemTitle,
			number: numbers.get(r.id) ?? 1,
			actionProposed: r.text,
			actionTaken: r.actionTaken,
			progressStatus: statusLabel(r.status, r.reviewMonth),
			statement: statement ? statementLabel(statement) : '',
			questions: questionLabels(statement, r.questionIds),
			sameItemAsAbove: above !== undefined && above.meetingDate === r.meetingDate && above.itemTitle.toLowerCase() === r.itemTitle.toLowerCase()
		};
	});
}

/**
 * The panel and council to head the table with: those of the statements the
 * shown recommendations are linked to, or, when none is linked, of the
 * statements on this device; empty when they are not all the same.
 */
export function monitoringPanel(shown: readonly Recommendation[], statements: readonly StatementRef[]): { panel: string; council: string } {
	const linkedIds = new Set(shown.map((r) => r.assessmentId).filter((id): id is string => id !== null));
	const linked = statements.filter((s) => linkedIds.has(s.id));
	const pool = linked.length > 0 ? linked : statements;
	const one = (values: string[]) => (new Set(values.map((v) => v.trim().toLowerCase())).size === 1 ? (values[0] ?? '').trim() : '');
	return { panel: one(pool.map((s) => s.panel)), council: one(pool.map((s) => s.council)) };
}

/** The table for the tracker as filtered, made on `today` (yyyy-mm-dd). */
export function buildMonitoringTable(
	all: readonly Recommendation[],
	filter: RecommendationFilter,
	statements: readonly StatementRef[],
	today: string
): MonitoringTable {
	const shown = filterRecommendations(all, filter);
	const { panel, council } = monitoringPanel(shown, statements);
	const n = all.length;
	const scope = isFiltered(filter)
		? `${describeShowing(shown.length, n)}: ${describeFilter(filter).replace(/^./, (c) => c.toLowerCase())}`
		: `All ${n} ${n === 1 ? 'recommendation' : 'recommendations'}`;
	return { title: `Scrutiny monitoring – ${formatLongDate(today)}`, panel, council, scope, rows: monitoringRows(shown, all, statements), madeOn: today };
}

/**
 * `<council-or-panel>-scrutiny-monitoring-<yyyy-mm-dd>.<ext>`, or
 * `scrutiny-monitoring-<yyyy-mm-dd>.<ext>` when the recommendations are not
 * all one council's or panel's.
 */
export function monitoringFileName(table: Pick<MonitoringTable, 'council' | 'panel' | 'madeOn'>, extension: 'pdf' | 'csv'): string {
	const who = table.council || table.panel;
	return `${who ? `${slug(who)}-` : ''}scrutiny-monitoring-${table.madeOn}.${extension}`;
}

/**
 * The table as CSV for Excel: one row per recommendation, each with its date
 * and title filled in (a spreadsheet row must stand on its own when sorted),
 * and the linked statement and questions (one per line in the cell).
 */
export function monitoringCsv(table: Pick<MonitoringTable, 'rows'>): string {
	return toCsv([
		[...MONITORING_CSV_COLUMNS],
		...table.rows.map((r) => [r.date, r.title, r.actionProposed, r.actionTaken, r.progressStatus, r.statement, r.questions.join('\n')])
	]);
}
