import { describe, expect, it } from 'vitest';
import { actionInputOf, actionPlan, emptyActionInput, isOverdue, validateAction, withAction, withoutAction } from '../../../src/lib/domain/actions.ts';
import type { ActionItem } from '../../../src/lib/domain/types.ts';

const action = (id: string, dueDate: string, status: ActionItem['status'] = 'on-track'): ActionItem => ({ id, text: id, owner: 'Jo', dueDate, status });

describe('actions', () => {
	it('needs what will be done, and a real due date when one is given', () => {
		const result = validateAction({ id: 'a', text: ' ', owner: '', due: { day: '31', month: '2', year: '2026' }, status: 'not-started' });
		expect(result).toEqual({
			ok: false,
			errors: [
				{ field: 'action-text', message: 'Enter what will be done' },
				{ field: 'action-due-day', message: 'The due date must be a real date, for example 25 3 2026' }
			]
		});
		expect(validateAction({ id: 'a', text: 'Audit B&B use', owner: 'Head of Placements', due: { day: '', month: '', year: '' }, status: 'on-track' })).toEqual({
			ok: true,
			value: { id: 'a', text: 'Audit B&B use', owner: 'Head of Placements', dueDate: '', status: 'on-track' }
		});
	});

	it('lists the plan soonest first, undated last, and flags overdue actions not done', () => {
		const plan = actionPlan(
			[
				{ questionId: 'q2', actions: [action('later', '2026-09-01'), action('undated', '')] },
				{ questionId: 'q1', actions: [action('late', '2026-01-01'), action('late but done', '2026-01-01', 'done')] }
			],
			['q1', 'q2'],
			'2026-03-01'
		);
		expect(plan.map((r) => [r.action.id, r.overdue])).toEqual([
			['late', true],
			['late but done', false],
			['later', false],
			['undated', false]
		]);
	});

	it('is overdue only when due before today and not done', () => {
		expect(isOverdue({ dueDate: '2026-05-11', status: 'at-risk' }, '2026-05-12')).toBe(true);
		expect(isOverdue({ dueDate: '2026-05-12', status: 'at-risk' }, '2026-05-12')).toBe(false);
		expect(isOverdue({ dueDate: '2026-05-11', status: 'done' }, '2026-05-12')).toBe(false);
		expect(isOverdue({ dueDate: '', status: 'not-started' }, '2026-05-12')).toBe(false);
	});

	it('fills the change form from a stored action, and a blank form for a new one', () => {
		expect(actionInputOf(action('a', '2026-06-30', 'at-risk'))).toEqual({ id: 'a', text: 'a', owner: 'Jo', due: { day: '30', month: '6', year: '2026' }, status: 'at-risk' });
		expect(actionInputOf(action('a', '')).due).toEqual({ day: '', month: '', year: '' });
		expect(emptyActionInput('n')).toEqual({ id: 'n', text: '', owner: '', due: { day: '', month: '', year: '' }, status: 'not-started' });
	});

	it('adds a new action at the end, replaces a changed one in place, and removes one, leaving the list it was given alone', () => {
		const list = [action('a', ''), action('b', '')];
		expect(withAction(list, action('c', '2026-01-01')).map((a) => a.id)).toEqual(['a', 'b', 'c']);
		expect(withAction(list, action('a', '2026-01-01', 'done'))).toEqual([action('a', '2026-01-01', 'done'), action('b', '')]);
		expect(withoutAction(list, 'a').map((a) => a.id)).toEqual(['b']);
		expect(list.map((a) => a.id)).toEqual(['a', 'b']);
	});
});
