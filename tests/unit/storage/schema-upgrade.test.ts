/**
 * Every database a user may have must open in the newest version of the app
 * with nothing lost. For each schema version ever shipped (storage/db.ts
 * `schemaVersions`), this seeds a database declared with only the versions up
 * to that one, then opens it with the current app and reads everything back.
 *
 * When a version adds an `upgrade` step that changes data, add its
 * expectations to `expectAfterUpgrade` below, keyed by the version seeded.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Assessment, Response, Revision } from '../../../src/lib/domain/types.ts';
import { getAssessment, listResponses } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, schemaVersions, useDatabase } from '../../../src/lib/storage/db.ts';
import { getResponse, listRevisions, saveResponse } from '../../../src/lib/storage/responses.ts';
import { emptyDraft } from '../../../src/lib/domain/response.ts';

const at = '2026-03-01T10:00:00.000Z';

/** A statement as version 1 stored it (before local questions). */
const assessmentV1: Omit<Assessment, 'localAreas' | 'importedSets'> = {
	id: 'a1',
	title: 'Position statement against LGSCO areas of focus',
	council: 'Anytown Borough Council',
	service: 'Children and Learning',
	panel: 'Children and Families Scrutiny Panel',
	meetingDate: '2026-03-25',
	appendixLabel: 'Appendix 2',
	coordinator: { name: 'Sam Patel', designation: 'Quality Assurance Unit Manager' },
	frameworks: [{ id: 'lgsco-careless-2020', edition: '2020-12' }],
	furtherScrutiny: '',
	contributors: [],
	createdAt: at,
	updatedAt: at
};
const assessment: Assessment = { ...assessmentV1, localAreas: [], importedSets: [] };

/** An answer as version 1 stored it (before not applicable, figures and actions). */
const responseV1: Omit<Response, 'notApplicable' | 'notApplicableReason' | 'figures' | 'actions'> = {
	id: 'r1',
	assessmentId: 'a1',
	questionId: 'careless-1-1',
	statement: 'Four young people aged 16 or 17 are in unregulated homes.',
	reporters: [{ name: 'Jo Bloggs', designation: 'Head of Placements' }],
	selfRating: 'one-to-watch',
	principleIds: ['best-interests', 'safe-and-stable'],
	status: 'agreed',
	exempt: false,
	exemptionCategory: '',
	rev: 1,
	createdAt: at,
	updatedAt: at,
	updatedBy: 'Jo Bloggs'
};
const response: Response = { ...responseV1, notApplicable: false, notApplicableReason: '', figures: [], actions: [] };

const revision: Revision = {
	id: 'v1',
	responseId: 'r1',
	assessmentId: 'a1',
	questionId: 'careless-1-1',
	rev: 1,
	statement: response.statement,
	savedAt: at,
	savedBy: 'Jo Bloggs'
};

/** Version 3's upgrade: each statement's summary row, worked out from its answers. */
async function expectSummaryFilled(db: ScrutinyDatabase): Promise<void> {
	expect(await db.statementSummaries.toArray()).toEqual([
		{
			assessmentId: 'a1',
			total: 20,
			answered: 1,
			notApplicable: 0,
			byStatus: { 'not-started': 19, 'in-progress': 0, 'ready-for-review': 0, agreed: 1 },
			lastEdited: at
		}
	]);
}

/** Extra checks for versions whose upgrade step changes data, keyed by the version seeded. */
const expectAfterUpgrade: Record<number, (db: ScrutinyDatabase) => Promise<void>> = {
	// Version 2's upgrade filled in the new fields (checked by the toEqual
	// above) and added empty notes and recommendations tables.
	1: async (db) => {
		expect(await db.notes.count()).toBe(0);
		expect(await db.recommendations.count()).toBe(0);
		await expectSummaryFilled(db);
	},
	2: expectSummaryFilled
};

/** What each version stored: the shape the records had when that version shipped. */
function recordsAt(version: number): { assessment: object; response: object } {
	return version < 2 ? { assessment: assessmentV1, response: responseV1 } : { assessment, response };
}

async function seedAt(name: string, version: number): Promise<void> {
	const old = new Dexie(name);
	for (const v of schemaVersions.filter((s) => s.version <= version)) {
		const declared = old.version(v.version).stores(v.stores);
		if (v.upgrade) declared.upgrade(v.upgrade);
	}
	await old.open();
	const records = recordsAt(version);
	await old.table('assessments').add(records.assessment);
	await old.table('responses').add(records.response);
	await old.table('revisions').add(revision);
	old.close();
}

describe('opening a database saved by an earlier version of the app', () => {
	for (const { version } of schemaVersions) {
		it(`keeps everything saved at schema version ${version}`, async () => {
			const name = `upgrade-from-${version}-${crypto.randomUUID()}`;
			await seedAt(name, version);

			const db = new ScrutinyDatabase(name);
			useDatabase(db);
			expect(await getAssessment('a1')).toEqual(assessment);
			expect(await listResponses('a1')).toEqual([response]);
			expect(await listRevisions('r1')).toEqual([revision]);
			await expectAfterUpgrade[version]?.(db);

			// And work carries on as normal.
			await saveResponse({ assessmentId: 'a1', questionId: 'careless-1-1', draft: { ...emptyDraft([]), statement: 'Updated' }, baseRev: 1, author: '' });
			expect((await getResponse('a1', 'careless-1-1'))?.rev).toBe(2);
			// The summary row moves on in the same transaction as the save.
			expect((await db.statementSummaries.get('a1'))?.lastEdited).toBe((await getResponse('a1', 'careless-1-1'))?.updatedAt);
			expect(db.verno).toBe(schemaVersions.at(-1)?.version);
			db.close();
		});
	}
});
