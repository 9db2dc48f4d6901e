import { holdsAnswer, versionOf } from '../domain/answer-versions.ts';
import { FILE_TYPES } from '../domain/file-format/constants.ts';
import type { BackupFile, PackFile, StatementFile } from '../domain/file-format/schema.ts';
import { backupFile, statementFile } from '../domain/file-format/write.ts';
import { planMerge, type MergeStep } from '../domain/merge.ts';
import { mergeNote, mergeRecommendation } from '../domain/merge-notes.ts';
import type { Assessment, ChallengeNote, Contributor, PackOrigin, Recommendation, Response, Revision } from '../domain/types.ts';
import { getDatabase } from './db.ts';
import { refreshStatementSummary, summariesFor } from './statement-summaries.ts';
import { MissingRecordError } from './errors.ts';
import { newId, nowIso } from './ids.ts';

/** The app's version, written into every file. */
export const APP_VERSION = '0.1.0';

const LAST_BACKUP_KEY = 'last-backup';

/** One statement with its answers and history, as a file envelope (not yet saved anywhere). */
export async function exportStatement(id: string): Promise<StatementFile> {
	const db = getDatabase();
	return db.transaction('r', [db.assessments, db.responses, db.revisions, db.notes, db.recommendations], async () => {
		const assessment = await db.assessments.get(id);
		if (!assessment) throw new MissingRecordError('This position statement');
		const [responses, revisions, notes, recommendations] = await Promise.all([
			db.responses.where('assessmentId').equals(id).toArray(),
			db.revisions.where('assessmentId').equals(id).toArray(),
			db.notes.where('assessmentId').equals(id).toArray(),
			db.recommendations.where('assessmentId').equals(id).toArray()
		]);
		return statementFile({ assessment, responses, revisions, notes, recommendations }, nowIso(), APP_VERSION);
	});
}

/** Everything on this device as one backup file; records when it was made. */
export async function backUpEverything(): Promise<BackupFile> {
	const db = getDatabase();
	const tables = [db.assessments, db.responses, db.revisions, db.notes, db.recommendations, db.people, db.settings, db.questionSets];
	const file = await db.transaction('r', tables, async () =>
		backupFile(
			{
				assessments: await db.assessments.toArray(),
				responses: await db.responses.toArray(),
				revisions: await db.revisions.toArray(),
				notes: await db.notes.toArray(),
				recommendations: await db.recommendations.toArray(),
				people: await db.people.toArray(),
				settings: (await db.settings.toArray()).filter((s) => s.key !== LAST_BACKUP_KEY),
				questionSets: await db.questionSets.toArray()
			},
			nowIso(),
			APP_VERSION
		)
	);
	return file;
}

/** Call once the backup file has been handed to the browser to save. */
export async function recordBackup(at: string): Promise<void> {
	await getDatabase().settings.put({ key: LAST_BACKUP_KEY, value: at });
}

/** When the last backup was made, and when anything was last edited (for the reminder). */
export async function backupStatus(): Promise<{ lastBackup?: string; lastEdit?: string; firstEdit?: string }> {
	const db = getDatabase();
	const [backup, latest, earliest] = await Promise.all([
		db.settings.get(LAST_BACKUP_KEY),
		db.assessments.orderBy('updatedAt').last(),
		db.assessments.orderBy('updatedAt').first()
	]);
	return {
		lastBackup: typeof backup?.value === 'string' ? backup.value : undefined,
		lastEdit: latest?.updatedAt,
		firstEdit: earliest?.createdAt
	};
}

/** What importing a statement file would do, shown before anything is written. */
export type StatementImportPlan =
	| { kind: 'new'; file: StatementFile }
	| { kind: 'existing'; file: StatementFile; existing: Assessment; steps: MergeStep[] };

/** Looks at a validated statement file against what is on this device. Writes nothing. */
export async function planStatementImport(file: StatementFile): Promise<StatementImportPlan> {
	const db = getDatabase();
	const existing = await db.assessments.get(file.data.assessment.id);
	if (!existing) return { kind: 'new', file };
	const [mine, myRevisions] = await Promise.all([
		db.responses.where('assessmentId').equals(existing.id).toArray(),
		db.revisions.where('assessmentId').equals(existing.id).toArray()
	]);
	return { kind: 'existing', file, existing, steps: planMerge(mine, myRevisions, file.data.responses, file.data.revisions) };
}

/** A statement with every id replaced, so it can sit beside the original. */
function asCopy(data: StatementFile['data'], now: string): StatementFile['data'] {
	const assessmentId = newId();
	const responseIds = new Map(data.responses.map((r) => [r.id, newId()]));
	return {
		assessment: { ...data.assessment, id: assessmentId, title: `${data.assessment.title} (copy)`.slice(0, 200), updatedAt: now },
		responses: data.responses.map((r) => ({ ...r, id: responseIds.get(r.id) ?? newId(), assessmentId })),
		revisions: data.revisions.map((v) => ({ ...v, id: newId(), assessmentId, responseId: responseIds.get(v.responseId) ?? v.responseId })),
		notes: data.notes.map((n) => ({ ...n, id: newId(), assessmentId })),
		recommendations: data.recommendations.map((r) => ({ ...r, id: newId(), assessmentId }))
	};
}

/**
 * Adds a statement from a file: as it is when it is new to this device, or
 * as a copy with new ids beside an existing one. One transaction: all of it
 * is written or none.
 */
export async function addStatement(file: StatementFile, asNewCopy: boolean): Promise<string> {
	const db = getDatabase();
	const data = asNewCopy ? asCopy(file.data, nowIso()) : file.data;
	await db.transaction('rw', [db.assessments, db.responses, db.revisions, db.notes, db.recommendations, db.statementSummaries], async () => {
		if (await db.assessments.get(data.assessment.id)) throw new Error('This statement is already on this device');
		await db.assessments.add(data.assessment);
		await db.responses.bulkAdd(data.responses);
		await db.revisions.bulkAdd(data.revisions);
		await db.notes.bulkPut(data.notes);
		await db.recommendations.bulkPut(data.recommendations);
		await refreshStatementSummary(data.assessment.id);
	});
	return data.assessment.id;
}

/**
 * The user's choice for each answer changed on both sides: keep this
 * device's version, use the file's, or a combination they edited.
 */
export type ConflictChoice = 'mine' | 'theirs' | { combined: string };
/** Choices by question id. */
export type ConflictChoices = Record<string, ConflictChoice>;

/** The answers (and their history) a file brings into a statement already on this device. */
export interface IncomingAnswers {
	responses: Response[];
	revisions: Revision[];
}

/**
 * Merges answers into a statement on this device. Answers changed only in
 * the file are taken; answers changed only here are kept; answers changed on
 * both sides follow `choices` and nothing is written if any lacks a choice.
 * Every saved version from the file joins the history, so the version not
 * chosen is never lost. With `unchosen` 'keep-mine' (sync), an answer changed
 * on both sides without a choice keeps this device's version for now. Runs inside the caller's transaction and re-plans
 * there, so a change made here since the user looked is not overwritten.
 * Returns how many records it wrote: 0 when the file brings nothing new (the
 * same file merged twice).
 */
export async function mergeAnswers(
	assessmentId: string,
	incoming: IncomingAnswers,
	choices: ConflictChoices,
	author: string,
	unchosen: 'refuse' | 'keep-mine' = 'refuse'
): Promise<number> {
	const db = getDatabase();
	const [mine, myRevisions] = await Promise.all([
		db.responses.where('assessmentId').equals(assessmentId).toArray(),
		db.revisions.where('assessmentId').equals(assessmentId).toArray()
	]);
	const steps = planMerge(mine, myRevisions, incoming.responses, incoming.revisions);
	const missingChoice = steps.find((s) => s.action === 'conflict' && !choices[s.questionId]);
	if (missingChoice && unchosen === 'refuse') throw new Error(`Choose which version to keep for question ${missingChoice.questionId}`);
	const now = nowIso();
	const known = new Set(myRevisions.map((r) => r.id));
	let written = 0;
	for (const step of steps) {
		const choice = step.action === 'conflict' ? choices[step.questionId] : undefined;
		const combined = typeof choice === 'object' ? choice.combined : undefined;
		const takeTheirs = step.action === 'add' || step.action === 'take-theirs' || choice === 'theirs';
		if (!takeTheirs && combined === undefined) continue;
		// A hand-edited file could give a new answer the id of another answer here: refuse rather than overwrite it.
		if (!step.mine && (await db.responses.get(step.theirs.id))) {
			throw new Error(`The file's answer to question ${step.questionId} has the same id as another answer on this device`);
		}
		const base = combined !== undefined && step.mine ? step.mine : step.theirs;
		const responseId = step.mine?.id ?? step.theirs.id;
		const rev = (step.mine?.rev ?? 0) + 1;
		const statement = combined ?? step.theirs.statement;
		// A combination is written here, by the person using this device; otherwise the words are the file's author's.
		const savedBy = combined !== undefined ? author : step.theirs.updatedBy;
		const merged: Response = { ...base, id: responseId, assessmentId, statement, rev, updatedAt: now, updatedBy: savedBy };
		await db.responses.put(merged);
		written += 1;
		// A version taken from the file is already in the history the file brings; adding
		// another with a new id would make the other side look out of date at the next merge.
		const inHistory = [...myRevisions, ...incoming.revisions].some(
			(r) => (r.responseId === responseId || r.responseId === step.theirs.id) && holdsAnswer(r, merged)
		);
		if (step.mine && (combined !== undefined || !inHistory)) {
			await db.revisions.add(versionOf(merged, newId(), now, savedBy));
			written += 1;
		}
	}
	// Versions from the file join the history of the answer they belong to here.
	const idHere = new Map(steps.map((s) => [s.theirs.id, s.mine?.id ?? s.theirs.id]));
	const newVersions = incoming.revisions
		.filter((r) => !known.has(r.id))
		.map((r) => ({ ...r, assessmentId, responseId: idHere.get(r.responseId) ?? r.responseId }));
	await db.revisions.bulkAdd(newVersions);
	return written + newVersions.length;
}

/**
 * Merges a statement file into the same statement on this device (see
 * mergeAnswers); the statement's details come from whichever side changed
 * them last. One transaction: all of it or none.
 */
export async function mergeStatement(file: StatementFile, choices: ConflictChoices, author: string): Promise<void> {
	const db = getDatabase();
	await db.transaction('rw', [db.assessments, db.responses, db.revisions, db.notes, db.recommendations, db.statementSummaries], async () => {
		const existing = await db.assessments.get(file.data.assessment.id);
		if (!existing) throw new MissingRecordError('The statement to merge into');
		await mergeAnswers(existing.id, file.data, choices, author);
		await mergeNotesAndRecommendations(file.data.notes, file.data.recommendations);
		const incoming = file.data.assessment;
		const details = incoming.updatedAt > existing.updatedAt ? { ...incoming, contributors: existing.contributors, pack: existing.pack } : existing;
		await db.assessments.put({ ...details, id: existing.id, updatedAt: nowIso() });
		await refreshStatementSummary(existing.id);
	});
}

/**
 * Brings a file's notes and recommendations in beside this device's. One
 * only in the file is added as it is; one on both sides is merged (see
 * `mergeNote` and `mergeRecommendation` in domain/merge-notes.ts): a note
 * keeps every reply from both sides and stays resolved unless that
 * resolution was reopened, its text and kind coming from the copy changed
 * last; a recommendation keeps every history entry from both sides, its
 * progress being the latest entry's. Runs inside the caller's transaction.
 */
export async function mergeNotesAndRecommendations(notes: readonly ChallengeNote[], recommendations: readonly Recommendation[]): Promise<void> {
	const db = getDatabase();
	for (const note of notes) {
		const here = await db.notes.get(note.id);
		await db.notes.put(here ? mergeNote(here, note) : note);
	}
	for (const recommendation of recommendations) {
		const here = await db.recommendations.get(recommendation.id);
		await db.recommendations.put(here ? mergeRecommendation(here, recommendation) : recommendation);
	}
}

/**
 * Thrown when a contribution pack cannot be used on this device: answers for
 * a statement that is not here, or a pack that has not been answered yet.
 * Nothing was written; the message says what to do instead.
 */
export class PackRefusedError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PackRefusedError';
	}
}

/** "Priya Shah, Head of Service": the reporter a pack was made for. */
function reporterLabel(c: Contributor): string {
	return `${c.name}, ${c.designation}`;
}

/** A contribution pack for one contributor: the statement's details and just their questions. */
export async function exportPack(assessmentId: string, contributorId: string): Promise<PackFile> {
	const file = await exportStatement(assessmentId);
	const contributor = file.data.assessment.contributors.find((c) => c.id === contributorId);
	if (!contributor) throw new MissingRecordError('This contributor');
	return packOf(file, { packId: newId(), contributor, createdAt: file.exportedAt });
}

/**
 * On a reporter's device: their answers, to send back to the coordinator.
 * Marked with `returnedAt`, which tells the coordinator's device it holds
 * answers to merge rather than a pack to answer.
 */
export async function exportPackReturn(assessmentId: string): Promise<PackFile> {
	const file = await exportStatement(assessmentId);
	const origin = file.data.assessment.pack;
	if (!origin) throw new MissingRecordError('This contribution pack');
	return packOf(file, origin, file.exportedAt);
}

function packOf(file: StatementFile, origin: PackOrigin, returnedAt?: string): PackFile {
	const asked = new Set(origin.contributor.questionIds);
	// On the reporter's copy, a save made before anyone said who was using the
	// device is the reporter's: name her, so the coordinator's history says who wrote it.
	const by = (who: string, at: string) => (returnedAt && !who && at > origin.createdAt ? reporterLabel(origin.contributor) : who);
	const responses = file.data.responses.filter((r) => asked.has(r.questionId)).map((r) => ({ ...r, updatedBy: by(r.updatedBy, r.updatedAt) }));
	const ids = new Set(responses.map((r) => r.id));
	const { pack: _ignored, ...details } = file.data.assessment;
	return {
		type: FILE_TYPES.pack,
		formatVersion: file.formatVersion,
		exportedAt: file.exportedAt,
		appVersion: file.appVersion,
		data: {
			pack: origin,
			...(returnedAt ? { returnedAt } : {}),
			// Other contributors' names and email addresses stay on the coordinator's device.
			assessment: { ...details, contributors: [] },
			responses,
			revisions: file.data.revisions.filter((r) => ids.has(r.responseId)).map((r) => ({ ...r, savedBy: by(r.savedBy, r.savedAt) }))
		}
	};
}

/** What opening a contribution pack would do: open it for answering, merge the answers back, or neither (and why). */
export type PackImportPlan =
	| { kind: 'answer'; file: PackFile }
	| { kind: 'merge'; file: PackFile; existing: Assessment; steps: MergeStep[] }
	| {
			kind: 'refused';
			file: PackFile;
			/** What is wrong and what to do, in a sentence or two. */
			reason: string;
			/** The statement on this device to carry on with, when there is one. */
			statementId?: string;
	  };

/**
 * Why a pack cannot be used on this device, or undefined when it can: a
 * pack not yet answered opens for answering on a device without the
 * statement; answers sent back merge only into the statement itself (not
 * into another reporter's copy).
 */
function packRefusal(file: PackFile, existing: Assessment | undefined): string | undefined {
	const { pack, assessment } = file.data;
	const who = pack.contributor.name;
	const title = `“${assessment.title}”`;
	const coordinator = assessment.coordinator.name;
	if (file.data.returnedAt) {
		if (!existing) {
			return `These are ${who}'s answers for ${title}, ${assessment.council}, but that position statement is not on this device. Open the file on the device where ${coordinator} keeps the statement.`;
		}
		if (existing.pack) {
			return `These are ${who}'s answers for ${coordinator}. This device holds a reporter's copy of ${title}, not the statement itself, so they cannot be merged here. Send the file to ${coordinator}.`;
		}
		return undefined;
	}
	if (!existing) return undefined;
	if (existing.pack) return `These questions are already open on this device, in ${title}. Carry on answering them there.`;
	return `This is the pack made for ${who}: it has no answers from them yet. Send it to ${who}; when their answers come back, open that file here.`;
}

/** Looks at a validated pack against this device. Writes nothing. */
export async function planPackImport(file: PackFile): Promise<PackImportPlan> {
	const db = getDatabase();
	const existing = await db.assessments.get(file.data.assessment.id);
	const reason = packRefusal(file, existing);
	if (reason) return { kind: 'refused', file, reason, ...(existing ? { statementId: existing.id } : {}) };
	if (!existing) return { kind: 'answer', file };
	const asked = new Set(file.data.pack.contributor.questionIds);
	const [mine, myRevisions] = await Promise.all([
		db.responses.where('assessmentId').equals(existing.id).toArray(),
		db.revisions.where('assessmentId').equals(existing.id).toArray()
	]);
	return {
		kind: 'merge',
		file,
		existing,
		steps: planMerge(mine.filter((r) => asked.has(r.questionId)), myRevisions, file.data.responses, file.data.revisions)
	};
}

/**
 * On a reporter's device: stores the pack as a statement showing only their
 * questions. Refused (PackRefusedError, nothing written) for answers sent
 * back, or when the statement is already on this device.
 */
export async function openPackForAnswering(file: PackFile): Promise<string> {
	const db = getDatabase();
	const { assessment, responses, revisions, pack } = file.data;
	await db.transaction('rw', [db.assessments, db.responses, db.revisions, db.statementSummaries], async () => {
		const existing = await db.assessments.get(assessment.id);
		const reason = packRefusal(file, existing) ?? (existing ? `${pack.contributor.name}'s questions are already on this device.` : undefined);
		if (reason) throw new PackRefusedError(reason);
		await db.assessments.add({ ...assessment, contributors: [], pack });
		await db.responses.bulkAdd(responses);
		await db.revisions.bulkAdd(revisions);
		await refreshStatementSummary(assessment.id);
	});
	return assessment.id;
}

/**
 * Merges a reporter's answers into the statement here (see mergeAnswers);
 * the statement's details are left as they are. Refused (PackRefusedError,
 * nothing written) for a pack not yet answered, a statement not on this
 * device, or a reporter's copy. One transaction: all of it or none. Merging
 * the same answers again writes nothing.
 */
export async function mergePack(file: PackFile, choices: ConflictChoices, author: string): Promise<void> {
	const db = getDatabase();
	await db.transaction('rw', [db.assessments, db.responses, db.revisions, db.statementSummaries], async () => {
		const existing = await db.assessments.get(file.data.assessment.id);
		const reason = packRefusal(file, existing) ?? (file.data.returnedAt ? undefined : 'This pack has not been answered yet.');
		if (reason || !existing) throw new PackRefusedError(reason ?? 'The statement to merge into is not on this device.');
		const written = await mergeAnswers(existing.id, file.data, choices, author);
		if (written > 0) await db.assessments.update(existing.id, { updatedAt: nowIso() });
		await refreshStatementSummary(existing.id);
	});
}

/** What restoring a backup would do. */
export interface RestorePlan {
	file: BackupFile;
	/** Statements in the file that are not on this device. */
	newStatements: Assessment[];
	/** Statements in the file that are also on this device (matched by id). */
	existingStatements: Assessment[];
	/** Statements on this device that the file does not hold (deleted by "replace everything"). */
	onlyHere: Assessment[];
}

/** Compares a backup with this device. Writes nothing. */
export async function planRestore(file: BackupFile): Promise<RestorePlan> {
	const here = await getDatabase().assessments.toArray();
	const hereIds = new Set(here.map((a) => a.id));
	const fileIds = new Set(file.data.assessments.map((a) => a.id));
	return {
		file,
		newStatements: file.data.assessments.filter((a) => !hereIds.has(a.id)),
		existingStatements: file.data.assessments.filter((a) => hereIds.has(a.id)),
		onlyHere: here.filter((a) => !fileIds.has(a.id))
	};
}

/**
 * Restores a backup. "replace" makes this device hold exactly what the file
 * holds; "add-missing" adds only the statements not already here and leaves
 * everything else alone. One transaction: a failure changes nothing.
 */
export async function restoreBackup(file: BackupFile, mode: 'replace' | 'add-missing'): Promise<void> {
	const db = getDatabase();
	const tables = [db.assessments, db.responses, db.revisions, db.notes, db.recommendations, db.people, db.settings, db.questionSets];
	await db.transaction('rw', [...tables, db.statementSummaries], async () => {
		if (mode === 'replace') {
			await Promise.all(tables.map((t) => t.clear()));
			await db.assessments.bulkAdd(file.data.assessments);
			await db.responses.bulkAdd(file.data.responses);
			await db.revisions.bulkAdd(file.data.revisions);
			await db.notes.bulkAdd(file.data.notes);
			await db.recommendations.bulkAdd(file.data.recommendations);
			await db.people.bulkAdd(file.data.people);
			await db.settings.bulkPut(file.data.settings);
			await db.questionSets.bulkPut(file.data.questionSets);
			// Derived data, never in files: rebuilt from the file's own answers.
			await db.statementSummaries.clear();
			await db.statementSummaries.bulkPut(summariesFor(file.data.assessments, file.data.responses));
			return;
		}
		const hereIds = new Set((await db.assessments.toCollection().primaryKeys()).map(String));
		const adding = new Set(file.data.assessments.filter((a) => !hereIds.has(a.id)).map((a) => a.id));
		await db.assessments.bulkAdd(file.data.assessments.filter((a) => adding.has(a.id)));
		await db.responses.bulkAdd(file.data.responses.filter((r) => adding.has(r.assessmentId)));
		await db.statementSummaries.bulkPut(
			summariesFor(
				file.data.assessments.filter((a) => adding.has(a.id)),
				file.data.responses.filter((r) => adding.has(r.assessmentId))
			)
		);
		await db.revisions.bulkAdd(file.data.revisions.filter((r) => adding.has(r.assessmentId)));
		await db.notes.bulkAdd(file.data.notes.filter((n) => adding.has(n.assessmentId)));
		// Recommendations form one tracker across statements: add those not already here.
		const knownRecommendations = new Set((await db.recommendations.toCollection().primaryKeys()).map(String));
		await db.recommendations.bulkAdd(file.data.recommendations.filter((r) => !knownRecommendations.has(r.id)));
		// Loaded question sets: an edition never changes, so one already here is the same; add the others.
		const knownSets = new Set((await db.questionSets.toArray()).map((s) => `${s.id}@${s.edition}`));
		await db.questionSets.bulkAdd(file.data.questionSets.filter((s) => !knownSets.has(`${s.id}@${s.edition}`)));
	});
}

/** True when `file` is a statement file (rather than a backup). */
export function isStatementFile(file: StatementFile | BackupFile): file is StatementFile {
	return file.type === FILE_TYPES.statement;
}

