import { actionPlan, actionStatusLabel, actionStatuses } from './actions.ts';
import { toCsv } from './csv.ts';
import { formatLongDate, formatShortDate } from './dates.ts';
import { slug } from './file-format/write.ts';
import { placedQuestions } from './frameworks/index.ts';
import type { ActionStatus, Assessment, Response } from './types.ts';

/**
 * The statement-wide action plan: every action on every answer, in question
 * order, as the action plan screen shows it and as its PDF and CSV files
 * hold it. Built once here so the screen and the files say the same thing.
 * Pure: statement and answers in, rows and text out.
 */

/** What the plan can be narrowed to: a status, or overdue (due before today and not done). */
export type ActionPlanShow = ActionStatus | 'overdue';

/** The filter's options in the order offered. */
export const actionPlanShowOptions: readonly { value: ActionPlanShow; label: string }[] = [...actionStatuses, { value: 'overdue', label: 'Overdue' }];

/** The table's columns, as the screen and the PDF head them. */
export const ACTION_PLAN_COLUMNS = ['Question', 'Action', 'Owner', 'Due', 'Status'] as const;

/** The CSV's columns: each row stands on its own when a spreadsheet sorts it. */
export const ACTION_PLAN_CSV_COLUMNS = ['Question', 'Action', 'Owner', 'Due date', 'Status', 'Overdue', 'Exempt answer'] as const;

/** One action as a row of the plan. */
export interface ActionPlanEntry {
	id: string;
	questionId: string;
	/** "2.1". */
	questionNumber: string;
	questionText: string;
	/** True when the answer the action belongs to is exempt (left out of the public pack). */
	exempt: boolean;
	text: string;
	owner: string;
	/** yyyy-mm-dd, or empty when no due date is set. */
	dueDate: string;
	status: ActionStatus;
	/** "At risk". */
	statusLabel: string;
	overdue: boolean;
	/** True when the row above is an action on the same question. */
	sameQuestionAsAbove: boolean;
}

/** The whole plan as filtered, with its heading. */
export interface ActionPlanTable {
	/** "Action plan – 12 May 2026" (the day it was made: what is overdue depends on it). */
	title: string;
	statementTitle: string;
	council: string;
	panel: string;
	/** "Meeting on 25 March 2026". */
	meeting: string;
	/** "All 4 actions" or "Showing 2 of 4 actions: at risk or overdue". */
	scope: string;
	/** "4 actions: 1 at risk, 1 overdue", over the whole plan. */
	summary: string;
	/** How many rows come from exempt answers. */
	exemptCount: number;
	rows: ActionPlanEntry[];
	/** yyyy-mm-dd: the day it was made. */
	madeOn: string;
}

/** The questions a statement shows: a reporter's copy from a contribution pack shows only hers. */
function shownQuestions(assessment: Assessment) {
	const asked = assessment.pack ? new Set(assessment.pack.contributor.questionIds) : undefined;
	return placedQuestions(assessment).filter((p) => !asked || asked.has(p.question.id));
}

/**
 * Every action on the statement's questions, in question order, soonest due
 * first within a question (undated last). Actions on answers to questions the
 * statement no longer shows are left out, as those answers are everywhere else.
 */
export function actionPlanEntries(assessment: Assessment, responses: readonly Response[], today: string): ActionPlanEntry[] {
	const placed = shownQuestions(assessment);
	const byId = new Map(placed.map((p) => [p.question.id, p]));
	const exempt = new Map(responses.map((r) => [r.questionId, r.exempt]));
	const shown = responses.filter((r) => byId.has(r.questionId));
	// actionPlan orders by due date; a stable sort by question keeps that order within each question.
	const rows = actionPlan(
		shown,
		placed.map((p) => p.question.id),
		today
	).sort((a, b) => (byId.get(a.questionId)?.index ?? 0) - (byId.get(b.questionId)?.index ?? 0));
	return rows.map(({ action, questionId, overdue }, i) => {
		const p = byId.get(questionId);
		return {
			id: action.id,
			questionId,
			questionNumber: p ? `${p.areaNumber}.${p.questionNumber}` : '',
			questionText: p?.question.text ?? '',
			exempt: exempt.get(questionId) ?? false,
			text: action.text,
			owner: action.owner,
			dueDate: action.dueDate,
			status: action.status,
			statusLabel: actionStatusLabel(action.status),
			overdue,
			sameQuestionAsAbove: i > 0 && rows[i - 1]?.questionId === questionId
		};
	});
}

/** True when the entry is one of those asked for; every entry when nothing is. */
export function entryShown(entry: Pick<ActionPlanEntry, 'status' | 'overdue'>, show: readonly ActionPlanShow[]): boolean {
	return show.length === 0 || show.includes(entry.status) || (entry.overdue && show.includes('overdue'));
}

/** The entries asked for, each saying whether the row above is on the same question among those shown. */
export function filterEntries(entries: readonly ActionPlanEntry[], show: readonly ActionPlanShow[]): ActionPlanEntry[] {
	const kept = entries.filter((e) => entryShown(e, show));
	return kept.map((e, i) => ({ ...e, sameQuestionAsAbove: i > 0 && kept[i - 1]?.questionId === e.questionId }));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "4 actions: 1 at risk, 1 overdue, 1 done", "2 actions: none at risk or overdue", or "No actions yet". */
export function describeActionCounts(entries: readonly Pick<ActionPlanEntry, 'status' | 'overdue'>[]): string {
	if (entries.length === 0) return 'No actions yet';
	const atRisk = entries.filter((e) => e.status === 'at-risk').length;
	const overdue = entries.filter((e) => e.overdue).length;
	const done = entries.filter((e) => e.status === 'done').length;
	const parts = [atRisk > 0 ? `${atRisk} at risk` : '', overdue > 0 ? `${overdue} overdue` : ''].filter(Boolean);
	if (parts.length === 0) parts.push('none at risk or overdue');
	if (done > 0) parts.push(`${done} done`);
	return `${plural(entries.length, 'action', 'actions')}: ${parts.join(', ')}`;
}

/** "at risk or overdue": the filter in words, lower case, for running text. */
export function describeShow(show: readonly ActionPlanShow[]): string {
	return actionPlanShowOptions
		.filter((o) => show.includes(o.value))
		.map((o) => o.label.toLowerCase())
		.join(' or ');
}

/** "All 4 actions", or "Showing 2 of 4 actions: at risk or overdue". */
export function describeScope(shown: number, total: number, show: readonly ActionPlanShow[]): string {
	if (show.length === 0) return total === 0 ? 'No actions' : total === 1 ? '1 action' : `All ${total} actions`;
	return `Showing ${shown} of ${plural(total, 'action', 'actions')}: ${describeShow(show)}`;
}

/** The status in words with overdue said too: "At risk, overdue". */
export function statusWords(entry: Pick<ActionPlanEntry, 'statusLabel' | 'overdue'>): string {
	return entry.overdue ? `${entry.statusLabel}, overdue` : entry.statusLabel;
}

/** The filter read from the address (`?show=at-risk&show=overdue`); unknown values are ignored. */
export function showFromQuery(params: URLSearchParams): ActionPlanShow[] {
	const asked = params.getAll('show');
	return actionPlanShowOptions.map((o) => o.value).filter((v) => asked.includes(v));
}

/** The filter as the address's query, `?show=…`, or empty when nothing is chosen. */
export function showQuery(show: readonly ActionPlanShow[]): string {
	const params = new URLSearchParams();
	for (const o of actionPlanShowOptions) if (show.includes(o.value)) params.append('show', o.value);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** The plan for the screen's filter, made on `today` (yyyy-mm-dd). */
export function buildActionPlanTable(assessment: Assessment, responses: readonly Response[], show: readonly ActionPlanShow[], today: string): ActionPlanTable {
	const all = actionPlanEntries(assessment, responses, today);
	const rows = filterEntries(all, show);
	return {
		title: `Action plan – ${formatLongDate(today)}`,
		statementTitle: assessment.title,
		council: assessment.council,
		panel: assessment.panel,
		meeting: `Meeting on ${formatLongDate(assessment.meetingDate)}`,
		scope: describeScope(rows.length, all.length, show),
		summary: describeActionCounts(all),
		exemptCount: rows.filter((r) => r.exempt).length,
		rows,
		madeOn: today
	};
}

/** `<council>-<panel>-<meeting yyyy-mm-dd>-action-plan.<ext>`, like the statement's other files. */
export function actionPlanFileName(assessment: Pick<Assessment, 'council' | 'panel' | 'meetingDate'>, extension: 'pdf' | 'csv'): string {
	return `${slug(assessment.council)}-${slug(assessment.panel)}-${assessment.meetingDate}-action-plan.${extension}`;
}

/**
 * The plan as CSV for Excel: one row per action with its question's number
 * and text in one cell ("2.10" alone would become the number 2.1), the due date as dd/mm/yyyy (which Excel in the UK reads
 * as a date), overdue and exempt as "Yes" or empty.
 */
export function actionPlanCsv(table: Pick<ActionPlanTable, 'rows'>): string {
	return toCsv([
		[...ACTION_PLAN_CSV_COLUMNS],
		...table.rows.map((r) => [
			`${r.questionNumber} ${r.questionText}`.trim(),
			r.text,
			r.owner,
			formatShortDate(r.dueDate),
			r.statusLabel,
			r.overdue ? 'Yes' : '',
			r.exempt ? 'Yes' : ''
		])
	]);
}
