import { describe, expect, it } from 'vitest';
import { holdsAnswer, isUntouched, restoredDraft, sameDetails, versionOf } from '../../../src/lib/domain/answer-versions.ts';
import { detailChanges, versionSummary } from '../../../src/lib/domain/version-changes.ts';
import { draftOf, emptyDraft } from '../../../src/lib/domain/response.ts';
import type { AnswerDetails, Figure, Response, Revision } from '../../../src/lib/domain/types.ts';

const at = '2026-03-01T10:00:00.000Z';

const figure = (overrides: Partial<Figure> = {}): Figure => ({
	id: 'f1',
	indicator: 'Children in care per 10,000',
	value: 66,
	unit: '',
	period: '2025-26',
	comparators: [{ kind: 'statistical-neighbours', value: 70 }],
	direction: 'up',
	source: 'SSDA903',
	...overrides
});

function answer(overrides: Partial<Response> = {}): Response {
	return {
		id: 'r1',
		assessmentId: 'a1',
		questionId: 'careless-1-1',
		statement: 'Rates are rising.',
		reporters: [{ name: 'Brett Purdy', designation: 'Team Manager' }],
		selfRating: 'one-to-watch',
		principleIds: ['best-interests'],
		status: 'in-progress',
		exempt: false,
		exemptionCategory: '',
		notApplicable: false,
		notApplicableReason: '',
		figures: [figure()],
		actions: [{ id: 'x1', text: 'Audit placements', owner: 'Head of Placements', dueDate: '2027-03-31', status: 'on-track' }],
		rev: 3,
		createdAt: at,
		updatedAt: at,
		updatedBy: 'Jo Bloggs',
		...overrides
	};
}

const details = (r: Response): AnswerDetails => versionOf(r, 'v', at, '').details!;

describe('a saved version of the whole answer', () => {
	it('copies every detail, so a later change to the answer never reaches it', () => {
		const r = answer();
		const version = versionOf(r, 'v1', at, 'Jo Bloggs');
		expect(version).toMatchObject({ id: 'v1', responseId: 'r1', rev: 3, statement: 'Rates are rising.', savedBy: 'Jo Bloggs' });
		r.figures[0]!.value = 99;
		r.reporters[0]!.name = 'Someone else';
		expect(version.details?.figures[0]?.value).toBe(66);
		expect(version.details?.reporters[0]?.name).toBe('Brett Purdy');
		expect(version.details).not.toHaveProperty('statement');
		expect(version.details).not.toHaveProperty('rev');
	});

	it('holds the answer only when its text and every detail are the same', () => {
		const version = versionOf(answer(), 'v1', at, '');
		expect(holdsAnswer(version, answer())).toBe(true);
		expect(holdsAnswer(version, answer({ statement: 'Rates are falling.' }))).toBe(false);
		expect(holdsAnswer(version, answer({ figures: [figure({ value: 68 })] }))).toBe(false);
		expect(holdsAnswer(version, answer({ status: 'agreed' }))).toBe(false);
		expect(sameDetails(details(answer()), details(answer({ actions: [] })))).toBe(false);
	});

	it('holds the answer on its text alone when it was saved before versions kept the whole answer', () => {
		const textOnly: Revision = { ...versionOf(answer(), 'v1', at, ''), details: undefined };
		expect(holdsAnswer(textOnly, answer({ figures: [], status: 'agreed' }))).toBe(true);
		expect(holdsAnswer(textOnly, answer({ statement: 'Other words.' }))).toBe(false);
	});

	it('restores the whole answer, or only the text of a text-only version', () => {
		const old = versionOf(answer({ statement: 'Old words.', figures: [figure({ value: 60 })], status: 'not-started' }), 'v1', at, '');
		const now = draftOf(answer({ statement: 'New words.', figures: [figure({ value: 72 })], status: 'agreed' }));
		expect(restoredDraft(now, old)).toMatchObject({ statement: 'Old words.', status: 'not-started', figures: [{ value: 60 }] });
		expect(restoredDraft(now, { ...old, details: undefined })).toMatchObject({ statement: 'Old words.', status: 'agreed', figures: [{ value: 72 }] });
	});

	it('counts an answer with nothing in it as untouched, and anything set as a change', () => {
		const blank = { ...emptyDraft(['best-interests']), reporters: [] };
		expect(isUntouched(blank)).toBe(true);
		expect(isUntouched({ ...blank, status: 'agreed' })).toBe(false);
		expect(isUntouched({ ...blank, figures: [figure()] })).toBe(false);
		expect(isUntouched({ ...blank, reporters: [{ name: 'Brett Purdy', designation: '' }] })).toBe(false);
		expect(isUntouched({ ...blank, statement: 'A' })).toBe(false);
	});
});

describe('what changed between two versions', () => {
	it('names each changed detail with how it read before and after', () => {
		const before = details(answer());
		const after = details(
			answer({
				reporters: [
					{ name: 'Brett Purdy', designation: 'Team Manager' },
					{ name: 'Ann Lee', designation: 'Head of Service' }
				],
				selfRating: 'going-well',
				status: 'agreed',
				exempt: true,
				exemptionCategory: 'Schedule 12A, paragraph 2',
				figures: [figure({ value: 68 }), figure({ id: 'f2', indicator: 'Placement stability', value: 71, unit: '%', comparators: [], direction: 'unknown', source: '' })],
				actions: []
			})
		);
		expect(detailChanges(before, after)).toEqual([
			{ what: 'Reporters', before: 'Brett Purdy (Team Manager)', after: 'Brett Purdy (Team Manager); Ann Lee (Head of Service)' },
			{ what: 'Self-rating', before: 'One to watch', after: 'Going well or better' },
			{ what: 'Status', before: 'In progress', after: 'Agreed' },
			{ what: 'Exempt information', before: 'No', after: 'Yes: Schedule 12A, paragraph 2' },
			{
				what: 'Figure: Children in care per 10,000',
				before: '66 (2025-26); Statistical neighbours 70; ↑ Going up; source: SSDA903',
				after: '68 (2025-26); Statistical neighbours 70; ↑ Going up; source: SSDA903'
			},
			{ what: 'Figure added: Placement stability', before: '', after: '71% (2025-26)' },
			{ what: 'Action removed: Audit placements', before: 'Owner: Head of Placements; due 31 March 2027; On track', after: '' }
		]);
		expect(detailChanges(before, before)).toEqual([]);
		// Principles are a set: ticked in another order, they are no change.
		const reordered = details(answer({ principleIds: ['safe-and-stable', 'express-views'] }));
		expect(detailChanges(reordered, details(answer({ principleIds: ['express-views', 'safe-and-stable'] })))).toEqual([]);
		expect(sameDetails(reordered, details(answer({ principleIds: ['express-views', 'safe-and-stable'] })))).toBe(true);
	});

	it('sums up each version against the one before in a few words, with only the part of a figure that changed', () => {
		const v1 = versionOf(answer(), 'v1', at, '');
		const v2 = versionOf(answer({ figures: [figure({ value: 68 })] }), 'v2', at, '');
		const v3 = versionOf(answer({ statement: 'Rates have risen.', figures: [figure({ value: 72 })], status: 'agreed' }), 'v3', at, '');
		expect(versionSummary(undefined, v1)).toEqual(['First saved version']);
		expect(versionSummary(v1, v2)).toEqual(['Figure: Children in care per 10,000: 68 (2025-26) (was 66 (2025-26))']);
		expect(versionSummary(v2, v3)).toEqual(['Text', 'Status: Agreed (was In progress)', 'Figure: Children in care per 10,000: 72 (2025-26) (was 68 (2025-26))']);
		expect(versionSummary(v2, { ...v2, id: 'v2b' })).toEqual(['Saved again, unchanged']);
	});

	it('compares only the text where a version kept only its text', () => {
		const textOnly = (r: Revision): Revision => ({ ...r, details: undefined });
		const v1 = versionOf(answer({ statement: 'Old.' }), 'v1', at, '');
		const v2 = versionOf(answer({ statement: 'New.', status: 'agreed' }), 'v2', at, '');
		expect(versionSummary(textOnly(v1), v2)).toEqual(['Text']);
		expect(versionSummary(textOnly(v1), textOnly(v2))).toEqual(['Text']);
		expect(versionSummary(textOnly(v1), { ...v1, id: 'v1b' })).toEqual(['Details kept from this version on']);
	});
});
