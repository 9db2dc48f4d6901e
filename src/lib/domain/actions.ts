import { isoToDateParts, parseDateParts, type DateParts } from './dates.ts';
import type { ActionItem, ActionStatus, FieldError, Response, Validated } from './types.ts';

/** Action statuses in order, with their tag words. */
export const actionStatuses: readonly { value: ActionStatus; label: string }[] = [
	{ value: 'not-started', label: 'Not started' },
	{ value: 'on-track', label: 'On track' },
	{ value: 'at-risk', label: 'At risk' },
	{ value: 'done', label: 'Done' }
];

/** The words for an action status. */
export function actionStatusLabel(status: ActionStatus): string {
	return actionStatuses.find((s) => s.value === status)?.label ?? 'Not started';
}

/** What the action form holds, as typed. */
export interface ActionInput {
	id: string;
	text: string;
	owner: string;
	due: DateParts;
	status: ActionStatus;
}

/** The ids of the action form's fields, so errors link to them (the due date's link goes to its day box). */
export const ACTION_FIELDS = {
	text: 'action-text',
	owner: 'action-owner',
	due: 'action-due',
	status: 'action-status'
} as const;

/** A blank action form, for a new action with this id. */
export function emptyActionInput(id: string): ActionInput {
	return { id, text: '', owner: '', due: { day: '', month: '', year: '' }, status: 'not-started' };
}

/** The form for changing a stored action, filled with what it holds. */
export function actionInputOf(action: ActionItem): ActionInput {
	return {
		id: action.id,
		text: action.text,
		owner: action.owner,
		due: action.dueDate ? isoToDateParts(action.dueDate) : { day: '', month: '', year: '' },
		status: action.status
	};
}

/** True when the action's due date (yyyy-mm-dd) is before `today` and it is not done. */
export function isOverdue(action: Pick<ActionItem, 'dueDate' | 'status'>, today: string): boolean {
	return action.status !== 'done' && !!action.dueDate && action.dueDate < today;
}

/** The list with `action` in place of the one with its id, or added at the end when it is new. */
export function withAction(actions: readonly ActionItem[], action: ActionItem): ActionItem[] {
	return actions.some((a) => a.id === action.id) ? actions.map((a) => (a.id === action.id ? { ...action } : { ...a })) : [...actions.map((a) => ({ ...a })), { ...action }];
}

/** The list without the action with this id. */
export function withoutAction(actions: readonly ActionItem[], id: string): ActionItem[] {
	return actions.filter((a) => a.id !== id).map((a) => ({ ...a }));
}

/** Checks an action form: what is being done is required; the due date, when given, must be a real date. */
export function validateAction(input: ActionInput): Validated<ActionItem> {
	const errors: FieldError[] = [];
	const text = input.text.trim();
	if (!text) errors.push({ field: 'action-text', message: 'Enter what will be done' });
	else if (text.length > 2000) errors.push({ field: 'action-text', message: 'The action must be 2,000 characters or fewer' });
	const owner = input.owner.replace(/\s+/g, ' ').trim();
	if (owner.length > 200) errors.push({ field: 'action-owner', message: 'The owner must be 200 characters or fewer' });
	let dueDate = '';
	if (input.due.day.trim() || input.due.month.trim() || input.due.year.trim()) {
		const parsed = parseDateParts(input.due);
		if (parsed.ok) dueDate = parsed.iso;
		else errors.push({ field: 'action-due-day', message: parsed.message.replace('The date', 'The due date').replace('Enter the date', 'Enter the due date') });
	}
	if (errors.length > 0) return { ok: false, errors };
	return { ok: true, value: { id: input.id, text, owner, dueDate, status: input.status } };
}

/** One row of the statement-wide action plan. */
export interface ActionPlanRow {
	action: ActionItem;
	questionId: string;
	/** True when the due date has passed and the action is not done. */
	overdue: boolean;
}

/**
 * Every action in a statement's answers, soonest due first (undated last),
 * in question order within a date; `today` is yyyy-mm-dd.
 */
export function actionPlan(responses: readonly Pick<Response, 'questionId' | 'actions'>[], questionOrder: readonly string[], today: string): ActionPlanRow[] {
	const position = new Map(questionOrder.map((id, i) => [id, i]));
	const rows = responses.flatMap((r) =>
		r.actions.map((action) => ({ action, questionId: r.questionId, overdue: isOverdue(action, today) }))
	);
	return rows.sort((a, b) => {
		const da = a.action.dueDate || '9999-99-99';
		const db = b.action.dueDate || '9999-99-99';
		if (da !== db) return da < db ? -1 : 1;
		return (position.get(a.questionId) ?? Infinity) - (position.get(b.questionId) ?? Infinity);
	});
}
