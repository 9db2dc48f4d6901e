import { actionStatusLabel } from './actions.ts';
import { formatLongDate } from './dates.ts';
import { comparatorLabel, directionText, formatValue } from './figures.ts';
import { principleById, sortPrincipleIds } from './frameworks/principles.ts';
import { selfRatingLabel, statusLabel } from './response.ts';
import type { ActionItem, AnswerDetails, Figure, Revision } from './types.ts';

/**
 * How two saved versions of an answer differ, in words a reader can check:
 * for the history's list, its comparison and the restore screen.
 */

/** One difference between two versions' details, in words a reader can check. */
export interface DetailChange {
	/** What changed: "Status", "Figure: Children in care per 10,000". */
	what: string;
	/** How it read in the earlier version; empty when it was added. */
	before: string;
	/** How it reads in the later version; empty when it was removed. */
	after: string;
}

const yesNo = (flag: boolean, reason: string): string => (flag ? (reason ? `Yes: ${reason}` : 'Yes') : 'No');

function reportersText(details: AnswerDetails): string {
	const named = details.reporters.filter((r) => r.name || r.designation);
	if (named.length === 0) return 'None';
	return named.map((r) => (r.designation ? `${r.name || 'No name'} (${r.designation})` : r.name)).join('; ');
}

function principlesText(details: AnswerDetails): string {
	if (details.principleIds.length === 0) return 'None';
	return sortPrincipleIds(details.principleIds)
		.map((id) => principleById(id).label)
		.join('; ');
}

/** "72 (2025-26); Statistical neighbours 68; ↑ Going up; source: SSDA903": a figure as one line. */
export function figureText(figure: Figure): string {
	const parts = [`${formatValue(figure.value, figure.unit)} (${figure.period})`];
	for (const c of figure.comparators) parts.push(`${comparatorLabel(c.kind)} ${formatValue(c.value, figure.unit)}`);
	if (figure.direction !== 'unknown') parts.push(directionText(figure.direction));
	if (figure.source) parts.push(`source: ${figure.source}`);
	return parts.join('; ');
}

/** "Owner: Jo Smith; due 31 March 2027; On track": an action's details as one line. */
export function actionText(action: ActionItem): string {
	const owner = action.owner ? `Owner: ${action.owner}` : 'No owner';
	const due = action.dueDate ? `due ${formatLongDate(action.dueDate)}` : 'no date';
	return `${owner}; ${due}; ${actionStatusLabel(action.status)}`;
}

/** Differences between items kept by id (figures, actions): added, removed, or changed. */
function itemChanges<T extends { id: string }>(
	before: readonly T[],
	after: readonly T[],
	name: (item: T) => string,
	text: (item: T) => string,
	kind: string
): DetailChange[] {
	const changes: DetailChange[] = [];
	const afterById = new Map(after.map((item) => [item.id, item]));
	const beforeIds = new Set(before.map((item) => item.id));
	for (const old of before) {
		const now = afterById.get(old.id);
		if (!now) {
			changes.push({ what: `${kind} removed: ${name(old)}`, before: text(old), after: '' });
		} else if (name(old) !== name(now)) {
			changes.push({ what: `${kind}: ${name(now)}`, before: `${name(old)}: ${text(old)}`, after: `${name(now)}: ${text(now)}` });
		} else if (text(old) !== text(now)) {
			changes.push({ what: `${kind}: ${name(now)}`, before: text(old), after: text(now) });
		}
	}
	for (const item of after) {
		if (!beforeIds.has(item.id)) changes.push({ what: `${kind} added: ${name(item)}`, before: '', after: text(item) });
	}
	return changes;
}

/**
 * What changed in an answer's details from one version to another, in the
 * order the question page shows them. The text is compared separately
 * (word by word).
 */
export function detailChanges(before: AnswerDetails, after: AnswerDetails): DetailChange[] {
	const changes: DetailChange[] = [];
	const field = (what: string, a: string, b: string) => {
		if (a !== b) changes.push({ what, before: a, after: b });
	};
	field('Reporters', reportersText(before), reportersText(after));
	field('Self-rating', selfRatingLabel(before.selfRating), selfRatingLabel(after.selfRating));
	field('Corporate parenting principles', principlesText(before), principlesText(after));
	field('Status', statusLabel(before.status), statusLabel(after.status));
	field('Exempt information', yesNo(before.exempt, before.exemptionCategory), yesNo(after.exempt, after.exemptionCategory));
	field('Does not apply', yesNo(before.notApplicable, before.notApplicableReason), yesNo(after.notApplicable, after.notApplicableReason));
	changes.push(...itemChanges(before.figures, after.figures, (f) => f.indicator, figureText, 'Figure'));
	changes.push(...itemChanges(before.actions, after.actions, (a) => a.text, actionText, 'Action'));
	return changes;
}

/**
 * Of two "; "-separated descriptions of the same thing, only the parts that
 * differ ("72 (2025-26)" and "70 (2025-26)" rather than the whole figure),
 * or the whole of both when they do not line up part for part.
 */
function differingParts(a: string, b: string): [string, string] {
	const pa = a.split('; ');
	const pb = b.split('; ');
	if (pa.length !== pb.length) return [a, b];
	const differ = pa.map((_, i) => i).filter((i) => pa[i] !== pb[i]);
	return [differ.map((i) => pa[i]).join('; '), differ.map((i) => pb[i]).join('; ')];
}

/**
 * In a few words, what a version changed from the one before it, for the
 * history's list: "Text", "Status", "Figure: Children in care (72, was 70)".
 * A version with no earlier one is the first; where either version kept
 * only its text, only the text can be compared.
 */
export function versionSummary(previous: Revision | undefined, version: Revision): string[] {
	if (!previous) return ['First saved version'];
	const parts: string[] = [];
	if (previous.statement !== version.statement) parts.push('Text');
	if (previous.details && version.details) {
		for (const change of detailChanges(previous.details, version.details)) {
			if (change.before && change.after) {
				const [after, before] = differingParts(change.after, change.before);
				parts.push(`${change.what}: ${after} (was ${before})`);
			} else {
				parts.push(change.what);
			}
		}
	} else if (version.details === undefined) {
		if (parts.length === 0) parts.push('Text only kept');
	} else if (parts.length === 0) {
		parts.push('Details kept from this version on');
	}
	return parts.length > 0 ? parts : ['Saved again, unchanged'];
}
