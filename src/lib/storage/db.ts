import Dexie, { type EntityTable, type Table } from 'dexie';
import { statementSummaryRecord, type StatementSummaryRecord } from '../domain/progress.ts';
import type {
	Assessment,
	ChallengeNote,
	Person,
	Recommendation,
	Response,
	Revision,
	StoredQuestionSet
} from '../domain/types.ts';

/** A stored setting: one row per key. */
export interface Setting {
	key: string;
	value: unknown;
}

/**
 * Every schema version the app has shipped, oldest first. Versions are only
 * ever added, never edited: a user's database may be at any of them. A new
 * version that changes data adds an `upgrade` step here, and
 * tests/unit/storage/schema-upgrade.test.ts seeds each older version and
 * opens the newest.
 */
export const schemaVersions: readonly {
	version: number;
	stores: Record<string, string>;
	upgrade?: (tx: import('dexie').Transaction) => Promise<void>;
}[] = [
	{
		version: 1,
		stores: {
			assessments: 'id, updatedAt',
			responses: 'id, &[assessmentId+questionId], assessmentId, updatedAt',
			revisions: 'id, responseId, assessmentId, [responseId+rev]',
			people: 'id',
			settings: 'key'
		}
	},
	{
		// Notes and recommendations; question sets loaded from files; local
		// questions, not applicable, figures and actions on existing records.
		version: 2,
		stores: {
			notes: 'id, assessmentId, [assessmentId+questionId]',
			recommendations: 'id, assessmentId, meetingDate, status',
			questionSets: '[id+edition], id'
		},
		upgrade: async (tx) => {
			await tx.table('assessments').toCollection().modify((a: Record<string, unknown>) => {
				a.localAreas ??= [];
				a.importedSets ??= [];
			});
			await tx.table('responses').toCollection().modify((r: Record<string, unknown>) => {
				r.notApplicable ??= false;
				r.notApplicableReason ??= '';
				r.figures ??= [];
				r.actions ??= [];
			});
		}
	},
	{
		// Each statement's progress and "last edited", kept beside it so the home
		// screen never reads every answer. Derived data: not synced, not in files.
		version: 3,
		stores: {
			statementSummaries: 'assessmentId'
		},
		upgrade: async (tx) => {
			const assessments = (await tx.table('assessments').toArray()) as Assessment[];
			for (const assessment of assessments) {
				const responses = (await tx.table('responses').where('assessmentId').equals(assessment.id).toArray()) as Response[];
				await tx.table('statementSummaries').put(statementSummaryRecord(assessment, responses));
			}
		}
	}
];

/** The app's IndexedDB database. Only code in `storage/` touches it. */
export class ScrutinyDatabase extends Dexie {
	assessments!: EntityTable<Assessment, 'id'>;
	responses!: EntityTable<Response, 'id'>;
	revisions!: EntityTable<Revision, 'id'>;
	people!: EntityTable<Person, 'id'>;
	settings!: EntityTable<Setting, 'key'>;
	notes!: EntityTable<ChallengeNote, 'id'>;
	recommendations!: EntityTable<Recommendation, 'id'>;
	questionSets!: Table<StoredQuestionSet, [string, string]>;
	statementSummaries!: EntityTable<StatementSummaryRecord, 'assessmentId'>;

	constructor(name = 'scrutiny-position-statements') {
		// 'strict' makes Chromium flush each transaction to disk before it
		// reports success, so "Saved" on screen survives a crash or power cut.
		super(name, { chromeTransactionDurability: 'strict' });
		for (const v of schemaVersions) {
			const version = this.version(v.version).stores(v.stores);
			if (v.upgrade) version.upgrade(v.upgrade);
		}
	}
}

let current: ScrutinyDatabase | undefined;

/** The open database, created on first use. */
export function getDatabase(): ScrutinyDatabase {
	current ??= new ScrutinyDatabase();
	return current;
}

/** Replaces the database the repositories use (tests use a fresh one each). */
export function useDatabase(db: ScrutinyDatabase): void {
	current = db;
}

/**
 * Calls `beforeClose` when a newer version of the app, open in another tab,
 * needs to upgrade the database; then closes this tab's connection so the
 * upgrade can go ahead. Pending saves get the chance to finish first.
 */
export function onUpgradeElsewhere(beforeClose: () => Promise<void>, afterClose: () => void): void {
	const db = getDatabase();
	db.on('versionchange', () => {
		void beforeClose()
			.catch(() => undefined)
			.finally(() => {
				db.close();
				afterClose();
			});
		// Returning false stops Dexie closing at once, before the saves finish.
		return false;
	});
}
