import { describe, expect, it } from 'vitest';
import { placeholderOf, readShared, recordsToSend, type SharedMaps } from '../../../../src/lib/domain/team/remote-statement.ts';
import { changedSince, latestChange } from '../../../../src/lib/domain/team/sync-progress.ts';
import type { Access } from '../../../../src/lib/domain/team/roles.ts';
import { assessment, note, response, revision } from '../../../server/support/records.ts';

const ID = '6f0e3c1a-2b7d-4e55-9a10-0c4b8d2f7a01';
const open = response(ID, 'q1', 'An open answer.');
const exempt = response(ID, 'q2', 'A deficit of £1.2m.', { exempt: true, exemptionCategory: 'Schedule 12A, paragraph 3' });
const byId = (...records: { id: string }[]) => Object.fromEntries(records.map((r) => [r.id, r]));

function maps(overrides: Partial<SharedMaps> = {}): SharedMaps {
	return {
		main: { assessment: { record: assessment(ID) }, responses: byId(open, placeholderOf(exempt)), revisions: byId(revision(open)) },
		exempt: { responses: byId(exempt), revisions: byId(revision(exempt)) },
		panel: { notes: {}, recommendations: {} },
		...overrides
	};
}

const local = { assessment: assessment(ID), responses: [open, exempt], revisions: [revision(open), revision(exempt)], notes: [], recommendations: [] };
const empty = (): SharedMaps => ({
	main: { assessment: {}, responses: {}, revisions: {} },
	exempt: { responses: {}, revisions: {} },
	panel: { notes: {}, recommendations: {} }
});
const coordinator: Access = { role: 'coordinator', exempt: true };

describe('reading shared documents back', () => {
	it('is empty until the statement’s details are there', () => {
		expect(readShared(ID, empty())).toEqual({ kind: 'empty' });
	});

	it('gives the exempt answer in full with the exempt document, and only its place without it', () => {
		const full = readShared(ID, maps());
		expect(full.kind === 'statement' && full.records.responses.map((r) => r.statement)).toEqual(['An open answer.', 'A deficit of £1.2m.']);
		const withheld = readShared(ID, { ...maps(), exempt: undefined });
		expect(withheld.kind === 'statement' && withheld.records.responses.map((r) => r.questionId)).toEqual(['q1']);
		expect(withheld.kind === 'statement' && withheld.withheld.map((w) => w.questionId)).toEqual(['q2']);
		expect(JSON.stringify(withheld)).not.toContain('£1.2m');
	});

	it('refuses what does not fit the file format, or belongs to another statement, saying where', () => {
		const bad = readShared(ID, maps({ panel: { notes: { n: { id: 'n', text: 42 } }, recommendations: {} } }));
		expect(bad).toMatchObject({ kind: 'refused' });
		expect(bad.kind === 'refused' && bad.problem).toContain('notes');
		const foreign = readShared(ID, maps({ panel: { notes: byId(note('another-statement', 'q1', 'Misplaced')), recommendations: {} } }));
		expect(foreign).toEqual({ kind: 'refused', problem: 'a record belongs to another statement' });
	});
});

describe('what this device sends', () => {
	it('everything the coordinator holds, the exempt answer only in the exempt document', () => {
		const sends = recordsToSend(local, empty(), { access: coordinator, personName: 'Alice Ward', heldBack: new Set() });
		const where = sends.map((s) => `${s.kind}/${s.map}/${s.key}`);
		expect(where).toContain(`main/assessment/record`);
		expect(where).toContain(`main/responses/${exempt.id}`);
		expect(sends.find((s) => s.kind === 'main' && s.key === exempt.id)?.value).toEqual(placeholderOf(exempt));
		expect(where).toContain(`exempt/responses/${exempt.id}`);
		expect(where).toContain(`exempt/revisions/${revision(exempt).id}`);
		expect(JSON.stringify(sends.filter((s) => s.kind === 'main'))).not.toContain('£1.2m');
	});

	it('nothing the documents already hold, and nothing held back for a choice', () => {
		expect(recordsToSend(local, maps(), { access: coordinator, personName: 'Alice Ward', heldBack: new Set() })).toEqual([]);
		const changed = { ...local, responses: [{ ...open, statement: 'Changed here.' }, exempt] };
		expect(recordsToSend(changed, maps(), { access: coordinator, personName: 'Alice Ward', heldBack: new Set([open.id]) })).toEqual([]);
	});

	it('never the same answer back under this device’s own save count and time (it would bounce between devices)', () => {
		const takenHere = { ...open, rev: 7, updatedAt: '2026-12-03T10:00:00.000Z', updatedBy: 'Priya Shah' };
		const here = { ...local, responses: [takenHere, exempt] };
		expect(recordsToSend(here, maps(), { access: coordinator, personName: 'Alice Ward', heldBack: new Set() })).toEqual([]);
	});

	it('within the role: a reporter never the details, a councillor never an answer, a reader nothing', () => {
		const changed = { ...local, assessment: { ...local.assessment, title: 'Renamed' }, responses: [{ ...open, statement: 'Changed here.' }, exempt] };
		const reporter = recordsToSend(changed, maps(), { access: { role: 'edit', exempt: false }, personName: 'Priya Shah', heldBack: new Set() });
		expect(reporter.map((s) => `${s.kind}/${s.map}`)).toEqual(['main/responses']);
		const councillorNote = note(ID, 'q1', 'Why?', 'n1');
		const withNote = { ...changed, notes: [councillorNote] };
		const councillor = recordsToSend(withNote, maps(), { access: { role: 'comment', exempt: false }, personName: 'Cllr Jo Bloggs', heldBack: new Set() });
		expect(councillor.map((s) => `${s.kind}/${s.map}/${s.key}`)).toEqual(['panel/notes/n1']);
		expect(recordsToSend(withNote, maps(), { access: { role: 'read', exempt: true }, personName: 'Rita Reader', heldBack: new Set() })).toEqual([]);
	});

	it('never a note under someone else’s name, which the team server would refuse', () => {
		const others = { ...local, notes: [note(ID, 'q1', 'Written by a councillor', 'n2')] };
		expect(recordsToSend(others, maps(), { access: { role: 'edit', exempt: false }, personName: 'Priya Shah', heldBack: new Set() })).toEqual([]);
	});
});

describe('an answer marked exempt after it was shared', () => {
	const wasOpen = response(ID, 'q3', 'The provider is named here.', { rev: 1 });
	const nowExempt = { ...wasOpen, statement: 'The provider is named here, with its deficit.', exempt: true, exemptionCategory: 'Schedule 12A, paragraph 3', rev: 2 };
	const shared = (): SharedMaps => {
		const before = maps();
		return { ...before, main: { ...before.main, responses: { ...before.main.responses, [wasOpen.id]: wasOpen }, revisions: { ...before.main.revisions, [revision(wasOpen).id]: revision(wasOpen) } } };
	};
	const here = { ...local, responses: [open, exempt, nowExempt], revisions: [...local.revisions, revision(wasOpen), revision(nowExempt)] };

	it('takes its earlier versions out of the main document into the exempt one, with only a placeholder left', () => {
		const sends = recordsToSend(here, shared(), { access: coordinator, personName: 'Alice Ward', heldBack: new Set() });
		const of = (kind: string, map: string, key: string) => sends.find((s) => s.kind === kind && s.map === map && s.key === key);
		expect(of('main', 'responses', wasOpen.id)?.value).toEqual(placeholderOf(nowExempt));
		expect(of('main', 'revisions', revision(wasOpen).id)).toEqual({ kind: 'main', map: 'revisions', key: revision(wasOpen).id, value: undefined });
		expect(of('exempt', 'revisions', revision(wasOpen).id)?.value).toEqual(revision(wasOpen));
		expect(of('exempt', 'revisions', revision(nowExempt).id)?.value).toEqual(revision(nowExempt));
		expect(JSON.stringify(sends.filter((s) => s.kind === 'main'))).not.toContain('provider is named');
	});

	it('someone who cannot see exempt answers moves nothing', () => {
		const sends = recordsToSend(here, shared(), { access: { role: 'edit', exempt: false }, personName: 'Priya Shah', heldBack: new Set() });
		expect(sends.filter((s) => s.value === undefined)).toEqual([]);
	});
});

describe('changes waiting to be sent', () => {
	const details = assessment(ID, { updatedAt: '2026-11-01T09:00:00.000Z' });
	const answers = [
		response(ID, 'q1', 'Saved before the last sync.', { updatedAt: '2026-11-02T09:00:00.000Z' }),
		response(ID, 'q2', 'Saved on the train, offline.', { updatedAt: '2026-11-03T09:00:00.000Z' })
	];
	const notes = [{ ...note(ID, 'q1', 'A challenge.'), updatedAt: '2026-11-03T10:00:00.000Z' }];

	it('counts every answer, note and recommendation until the team server has acknowledged anything', () => {
		expect(changedSince({ responses: answers, notes, recommendations: [] }, undefined)).toBe(3);
	});

	it('counts only what changed after the last acknowledged change', () => {
		expect(changedSince({ responses: answers, notes, recommendations: [] }, '2026-11-02T09:00:00.000Z')).toBe(2);
		expect(changedSince({ responses: answers, notes, recommendations: [] }, latestChange({ assessment: details, responses: answers, notes, recommendations: [] }))).toBe(0);
	});

	it('the latest change is the newest of the details, answers, notes and recommendations', () => {
		expect(latestChange({ assessment: details, responses: answers, notes, recommendations: [] })).toBe('2026-11-03T10:00:00.000Z');
		expect(latestChange({ assessment: details, responses: [], notes: [], recommendations: [] })).toBe('2026-11-01T09:00:00.000Z');
	});
});
