import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDetailsInput } from '../../../src/lib/domain/assessment.ts';
import { emptyDraft } from '../../../src/lib/domain/response.ts';
import { createAssessment } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { getResponse, listRevisions, saveResponse } from '../../../src/lib/storage/responses.ts';
import { getSyncConflict, heldBackAnswers } from '../../../src/lib/storage/sync-conflicts.ts';
import { dropWithheldAnswers, takeShared } from '../../../src/lib/storage/sync-merge.ts';
import { saveSyncedThrough } from '../../../src/lib/storage/shared-statements.ts';
import { exportStatement } from '../../../src/lib/storage/transfer.ts';

/**
 * What arrives from a shared statement's documents is merged like a
 * colleague's file: new statements added whole, one-sided changes taken or
 * kept, and an answer changed on both sides kept here with the other version
 * waiting for the person's choice.
 */

let device = 0;
function newDevice(): void {
	useDatabase(new ScrutinyDatabase(`sync-merge-${++device}`));
}

async function answer(assessmentId: string, statement: string, questionId = 'careless-1-1') {
	const current = await getResponse(assessmentId, questionId);
	return saveResponse({ assessmentId, questionId, draft: { ...emptyDraft([]), statement }, baseRev: current?.rev ?? 0, author: 'Alice Ward' });
}

async function sharedStatement() {
	newDevice();
	const assessment = await createAssessment({
		...emptyDetailsInput(),
		council: 'Anytown Borough Council',
		service: 'Children and Learning',
		panel: 'Children and Families Scrutiny Panel',
		meetingDate: { day: '21', month: '1', year: '2027' },
		coordinatorName: 'Alice Ward',
		coordinatorDesignation: 'Quality Assurance Manager'
	});
	await answer(assessment.id, 'The first version, agreed by both.');
	return (await exportStatement(assessment.id)).data;
}

beforeEach(() => newDevice());

describe('taking a shared statement into this device', () => {
	it('adds a statement new to the device, whole', async () => {
		const shared = await sharedStatement();
		newDevice();
		expect(await takeShared(shared, 'edit', 'Priya Shah')).toEqual({ added: true, waiting: [] });
		const here = (await exportStatement(shared.assessment.id)).data;
		expect(here.responses.map((r) => r.statement)).toEqual(['The first version, agreed by both.']);
		expect(here.revisions).toHaveLength(1);
	});

	it('takes an answer changed only there, and is a no-op when taken again', async () => {
		const shared = await sharedStatement();
		const device1 = device;
		newDevice();
		await takeShared(shared, 'edit', 'Priya Shah');
		// The first device moves on.
		useDatabase(new ScrutinyDatabase(`sync-merge-${device1}`));
		await answer(shared.assessment.id, 'Changed by Alice.');
		const moved = (await exportStatement(shared.assessment.id)).data;
		useDatabase(new ScrutinyDatabase(`sync-merge-${device1 + 1}`));
		await takeShared(moved, 'edit', 'Priya Shah');
		await takeShared(moved, 'edit', 'Priya Shah');
		expect((await getResponse(shared.assessment.id, 'careless-1-1'))?.statement).toBe('Changed by Alice.');
		expect(await listRevisions(moved.responses[0]?.id ?? '')).toHaveLength(2);
	});

	it('keeps this device’s version of an answer changed on both sides, and holds the other for a choice', async () => {
		const shared = await sharedStatement();
		const device1 = device;
		newDevice();
		await takeShared(shared, 'edit', 'Priya Shah');
		await answer(shared.assessment.id, 'Priya’s version.');
		useDatabase(new ScrutinyDatabase(`sync-merge-${device1}`));
		await answer(shared.assessment.id, 'Alice’s version.');
		const alices = (await exportStatement(shared.assessment.id)).data;

		useDatabase(new ScrutinyDatabase(`sync-merge-${device1 + 1}`));
		expect((await takeShared(alices, 'edit', 'Priya Shah')).waiting).toEqual(['careless-1-1']);
		const mine = await getResponse(shared.assessment.id, 'careless-1-1');
		expect(mine?.statement).toBe('Priya’s version.');
		const theirs = await getSyncConflict(shared.assessment.id, 'careless-1-1');
		expect(theirs).toMatchObject({ statement: 'Alice’s version.', id: mine?.id, rev: mine?.rev });
		expect(await heldBackAnswers(shared.assessment.id)).toEqual(new Set([mine?.id]));
		// Both versions are in the history already.
		expect((await listRevisions(mine?.id ?? '')).map((r) => r.statement)).toEqual(
			expect.arrayContaining(['Priya’s version.', 'Alice’s version.', 'The first version, agreed by both.'])
		);
	});

	it('takes the coordinator’s details on a reporter’s device, keeping its own “last edited”', async () => {
		const shared = await sharedStatement();
		newDevice();
		await takeShared(shared, 'edit', 'Priya Shah');
		const renamed = { ...shared, assessment: { ...shared.assessment, title: 'Renamed by the coordinator', updatedAt: '2000-01-01T00:00:00.000Z' } };
		await takeShared(renamed, 'edit', 'Priya Shah');
		const here = (await exportStatement(shared.assessment.id)).data.assessment;
		expect(here.title).toBe('Renamed by the coordinator');
		expect(here.updatedAt).toBe(shared.assessment.updatedAt);
	});
});

describe('an answer marked exempt after it reached a device without exempt access', () => {
	it('leaves the device with its saved versions, once the team server had everything from it', async () => {
		const shared = await sharedStatement();
		const id = shared.assessment.id;
		const stored = await getResponse(id, 'careless-1-1');
		await saveSyncedThrough(id, stored?.updatedAt ?? '');
		expect(await dropWithheldAnswers(id, ['careless-1-1'])).toEqual(['careless-1-1']);
		expect(await getResponse(id, 'careless-1-1')).toBeUndefined();
		expect(JSON.stringify((await exportStatement(id)).data)).not.toContain('The first version, agreed by both.');
	});

	it('stays when it was changed here and not yet sent, so no word is lost', async () => {
		const shared = await sharedStatement();
		const id = shared.assessment.id;
		await saveSyncedThrough(id, '2000-01-01T00:00:00.000Z');
		expect(await dropWithheldAnswers(id, ['careless-1-1'])).toEqual([]);
		const kept = await getResponse(id, 'careless-1-1');
		expect(kept?.statement).toBe('The first version, agreed by both.');
		expect(await listRevisions(kept?.id ?? '')).not.toEqual([]);
	});
});
