import type { StatementRecords } from './remote-statement.ts';

/**
 * How far the team server has what a device holds: the latest change it
 * acknowledged, and what changed since. Kept apart from the sync's own code
 * (and its schema checks), since the header's count is read on every screen.
 */
/**
 * The latest change in a statement's records: once the team server has
 * acknowledged everything sent from them, nothing changed up to then waits.
 */
export function latestChange(records: Pick<StatementRecords, 'assessment' | 'responses' | 'notes' | 'recommendations'>): string {
	let latest = records.assessment.updatedAt;
	for (const list of [records.responses, records.notes, records.recommendations]) {
		for (const record of list) if (record.updatedAt > latest) latest = record.updatedAt;
	}
	return latest;
}

/** How many records changed after `through` (all of them when nothing has been acknowledged yet). */
export function changedSince(
	records: Pick<StatementRecords, 'responses' | 'notes' | 'recommendations'>,
	through: string | undefined
): number {
	let count = 0;
	for (const list of [records.responses, records.notes, records.recommendations]) {
		for (const record of list) if (through === undefined || record.updatedAt > through) count += 1;
	}
	return count;
}
