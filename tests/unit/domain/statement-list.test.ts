import { describe, expect, it } from 'vitest';
import { findStatements, matchesSearch, statementCount, type ListedStatement } from '../../../src/lib/domain/statement-list.ts';

const statement = (title: string, council: string, panel: string, meetingDate: string, lastEdited: string): ListedStatement => ({
	assessment: { title, council, panel, meetingDate },
	lastEdited
});

const anytown = statement('Position statement on care leavers', 'Anytown Borough Council', 'Children and Families Scrutiny Panel', '2024-03-25', '2026-01-02T10:00:00.000Z');
const othertown = statement('Children in care', 'Othertown City Council', 'Corporate Parenting Board', '2026-11-05', '2025-06-01T10:00:00.000Z');
const northshire = statement('Placements away from home', 'Northshire County Council', 'People Scrutiny Committee', '2025-07-15', '2026-02-01T10:00:00.000Z');
const all = [anytown, othertown, northshire];

describe('finding a statement', () => {
	it('matches title, council, panel or meeting year, every word, in any case', () => {
		expect(matchesSearch(anytown, '')).toBe(true);
		expect(matchesSearch(anytown, 'CARE leavers')).toBe(true);
		expect(matchesSearch(anytown, 'anytown')).toBe(true);
		expect(matchesSearch(anytown, 'scrutiny panel')).toBe(true);
		expect(matchesSearch(anytown, '2024')).toBe(true);
		expect(matchesSearch(anytown, 'anytown 2025')).toBe(false);
		expect(matchesSearch(anytown, 'Othertown')).toBe(false);
		// The day and month of the meeting are not searched.
		expect(matchesSearch(anytown, '03-25')).toBe(false);
	});

	it('sorts by last edited or by meeting date, newest first', () => {
		expect(findStatements(all, '', 'last-edited')).toEqual([northshire, anytown, othertown]);
		expect(findStatements(all, '', 'meeting-date')).toEqual([othertown, northshire, anytown]);
		expect(findStatements(all, 'council 2025', 'meeting-date')).toEqual([northshire]);
		expect(findStatements(all, 'nowhere', 'last-edited')).toEqual([]);
	});

	it('counts in words', () => {
		expect(statementCount(1)).toBe('1 statement');
		expect(statementCount(1500)).toBe('1,500 statements');
	});
});
