import { describe, expect, it } from 'vitest';
import { describeMerge, mergeAction, type MergeStep } from '../../../src/lib/domain/merge.ts';
import { emptyDraft } from '../../../src/lib/domain/response.ts';
import type { Response, Revision } from '../../../src/lib/domain/types.ts';

/** An answer holding `statement`, saved at `at` (minutes past nine). */
function answer(statement: string, rev: number, at: number): Response {
	const time = `2026-03-01T09:${String(at).padStart(2, '0')}:00.000Z`;
	return { ...emptyDraft([]), statement, id: 'r', assessmentId: 'a', questionId: 'q', rev, createdAt: time, updatedAt: time, updatedBy: '' };
}

/** A saved version with a stable id, as it travels between devices. */
function version(id: string, statement: string, rev: number, at: number): Revision {
	return { id, responseId: 'r', assessmentId: 'a', questionId: 'q', rev, statement, savedAt: `2026-03-01T09:${String(at).padStart(2, '0')}:00.000Z`, savedBy: '' };
}

const base = version('v1', 'Shared draft.', 1, 0);

describe('deciding which side changed an answer', () => {
	it('takes the file when only the file moved on, keeps mine when only I did, asks when both did', () => {
		const mineV2 = version('mine-2', 'Mine.', 2, 10);
		const theirsV2 = version('theirs-2', 'Theirs.', 2, 20);
		expect(mergeAction(answer('Shared draft.', 1, 0), [base], answer('Theirs.', 2, 20), [base, theirsV2])).toBe('take-theirs');
		expect(mergeAction(answer('Mine.', 2, 10), [base, mineV2], answer('Shared draft.', 1, 0), [base])).toBe('keep-mine');
		expect(mergeAction(answer('Mine.', 2, 10), [base, mineV2], answer('Theirs.', 2, 20), [base, theirsV2])).toBe('conflict');
	});

	it('after keeping my version over a newer one from the file, the same file again changes nothing', () => {
		// I kept "Mine." (saved 09:10); the file's later "Theirs." (09:20) joined my history without being kept.
		const mine = answer('Mine.', 2, 10);
		const myHistory = [base, version('mine-2', 'Mine.', 2, 10), version('theirs-2', 'Theirs.', 2, 20)];
		expect(mergeAction(mine, myHistory, answer('Theirs.', 2, 20), [base, version('theirs-2', 'Theirs.', 2, 20)])).toBe('keep-mine');
	});

	it('after keeping my version, a later edit in the file is still a conflict: its author never saw mine', () => {
		const mine = answer('Mine.', 2, 10);
		const myHistory = [base, version('mine-2', 'Mine.', 2, 10), version('theirs-2', 'Theirs.', 2, 20)];
		const theirHistory = [base, version('theirs-2', 'Theirs.', 2, 20), version('theirs-3', 'Theirs, corrected.', 3, 30)];
		expect(mergeAction(mine, myHistory, answer('Theirs, corrected.', 3, 30), theirHistory)).toBe('conflict');
	});

	it('compares versions by what each side holds, not by save counts, which differ between devices', () => {
		// I saved many times before sending (rev 7); they saved once more (their rev 2).
		const mine = answer('Draft seven.', 7, 5);
		const myHistory = [version('v7', 'Draft seven.', 7, 5)];
		expect(mergeAction(mine, myHistory, answer('Their edit.', 2, 30), [version('v7', 'Draft seven.', 7, 5), version('t2', 'Their edit.', 2, 30)])).toBe(
			'take-theirs'
		);
	});
});

describe('saying what a merge did', () => {
	const step = (questionId: string, action: MergeStep['action']): MergeStep => ({ questionId, action, mine: undefined, theirs: answer('x', 1, 0) });

	it('counts answers added, updated, combined and kept, naming whose they were', () => {
		const steps = [step('a', 'add'), step('b', 'take-theirs'), step('c', 'conflict'), step('d', 'conflict'), step('e', 'conflict'), step('f', 'same')];
		expect(describeMerge(steps, { c: { combined: 'Both' }, d: 'theirs', e: 'mine' }, 'Priya Shah')).toBe(
			"Priya Shah's answers have been merged: 1 added, 2 updated, 1 combined, 1 kept as they were on this device."
		);
	});

	it('says so when nothing needed to change', () => {
		expect(describeMerge([step('a', 'same')], {})).toBe('The statement has been updated from the file: nothing needed to change.');
	});
});
