import * as v from 'valibot';
import { StatementFileSchema, type StatementFile } from '../file-format/schema.ts';
import { CURRENT_FORMAT_VERSION, FILE_TYPES } from '../file-format/constants.ts';
import type { Response } from '../types.ts';
import { ASSESSMENT_KEY, type DocumentKind } from './documents.ts';
import { checkRecordChange, isWithheld, sameJson, type WithheldResponse } from './record-rules.ts';
import { addsNotes, editsAnswers, seesExempt, type Access } from './roles.ts';

/**
 * Between a statement on this device and its shared documents. Pure: what
 * arrives is read back into the file format's shapes and checked with its
 * schema before anything is written; what this device should put in each
 * document is worked out from its own records and the person's role.
 */

/** A statement's records as they are stored on a device (the statement file's data). */
export type StatementRecords = StatementFile['data'];

/** The plain contents of a statement's documents: each map as an object keyed by record id. */
export interface SharedMaps {
	main: { assessment: Record<string, unknown>; responses: Record<string, unknown>; revisions: Record<string, unknown> };
	/** Absent when the person may not see exempt answers. */
	exempt?: { responses: Record<string, unknown>; revisions: Record<string, unknown> };
	panel: { notes: Record<string, unknown>; recommendations: Record<string, unknown> };
}

/** What the shared documents hold, read back and checked. */
export type RemoteStatement =
	| { kind: 'empty' }
	| { kind: 'statement'; records: StatementRecords; withheld: WithheldResponse[] }
	| { kind: 'refused'; problem: string };

/**
 * Reads the documents back into a statement's records. An exempt answer
 * shows here in full only from the exempt document; without it, its
 * placeholder is listed in `withheld`. Anything that does not fit the file
 * format is refused as a whole, with where it is wrong.
 */
export function readShared(statementId: string, maps: SharedMaps): RemoteStatement {
	const assessment = maps.main.assessment[ASSESSMENT_KEY];
	if (assessment === undefined) return { kind: 'empty' };
	const withheld = Object.values(maps.main.responses).filter(isWithheld);
	const responses = [
		...Object.values(maps.main.responses).filter((r) => !isWithheld(r)),
		...Object.values(maps.exempt?.responses ?? {})
	];
	const candidate = {
		type: FILE_TYPES.statement,
		formatVersion: CURRENT_FORMAT_VERSION,
		exportedAt: new Date(0).toISOString(),
		appVersion: 'team-server',
		data: {
			assessment,
			responses,
			revisions: [...Object.values(maps.main.revisions), ...Object.values(maps.exempt?.revisions ?? {})],
			notes: Object.values(maps.panel.notes),
			recommendations: Object.values(maps.panel.recommendations)
		}
	};
	const parsed = v.safeParse(StatementFileSchema, candidate);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		return { kind: 'refused', problem: `${v.getDotPath(issue) ?? 'the statement'}: ${issue.message}` };
	}
	const records = parsed.output.data;
	const foreign = [records.assessment.id, ...records.responses.map((r) => r.assessmentId), ...records.notes.map((n) => n.assessmentId)].find(
		(id) => id !== statementId
	);
	if (foreign !== undefined) return { kind: 'refused', problem: 'a record belongs to another statement' };
	return { kind: 'statement', records, withheld: withheld.filter((w) => !records.responses.some((r) => r.id === w.id)) };
}

/** One record this device should set in a shared document, or remove from it (`value` undefined). */
export interface RecordToSend {
	kind: DocumentKind;
	map: string;
	key: string;
	value: unknown;
}

/**
 * The records this device should send: its own, where they differ from what
 * the documents hold, that the person's role lets them write and that pass
 * the same rules the team server applies (so a refusal never loops).
 * Answers waiting for the person's choice between two versions are held back.
 * Nothing is ever removed, except the saved versions of an answer marked
 * exempt after it was shared, which move to the exempt document.
 */
export function recordsToSend(
	local: StatementRecords,
	maps: SharedMaps,
	context: { access: Access; personName: string; heldBack: ReadonlySet<string> }
): RecordToSend[] {
	const { access } = context;
	const wanted: RecordToSend[] = [];
	const statementId = local.assessment.id;
	if (access.role === 'coordinator') wanted.push({ kind: 'main', map: 'assessment', key: ASSESSMENT_KEY, value: local.assessment });
	if (editsAnswers(access)) {
		const exemptIds = new Set(local.responses.filter((r) => r.exempt).map((r) => r.id));
		for (const response of local.responses) {
			if (context.heldBack.has(response.id)) continue;
			if (response.exempt) {
				if (!seesExempt(access)) continue;
				wanted.push({ kind: 'main', map: 'responses', key: response.id, value: placeholderOf(response) });
				wanted.push({ kind: 'exempt', map: 'responses', key: response.id, value: response });
			} else wanted.push({ kind: 'main', map: 'responses', key: response.id, value: response });
		}
		for (const revision of local.revisions) {
			const exempt = exemptIds.has(revision.responseId);
			if (exempt && !seesExempt(access)) continue;
			const shared = maps.main.revisions[revision.id] !== undefined;
			// An answer marked exempt after it was shared takes its earlier versions out of the main document.
			if (exempt && shared) wanted.push({ kind: 'main', map: 'revisions', key: revision.id, value: undefined });
			else if (shared) continue;
			wanted.push({ kind: exempt ? 'exempt' : 'main', map: 'revisions', key: revision.id, value: revision });
		}
	}
	if (addsNotes(access)) {
		for (const note of local.notes) wanted.push({ kind: 'panel', map: 'notes', key: note.id, value: note });
		for (const recommendation of local.recommendations) wanted.push({ kind: 'panel', map: 'recommendations', key: recommendation.id, value: recommendation });
	}
	const holding = (kind: DocumentKind, map: string): Record<string, unknown> | undefined =>
		(maps[kind] as Record<string, Record<string, unknown>> | undefined)?.[map];
	// The rules read each record as it will be once everything here is sent (an answer's placeholder goes with its versions' move).
	const after = new Map(wanted.map((record) => [`${record.kind}/${record.map}/${record.key}`, record.value]));
	const willHold = (kind: DocumentKind, map: string, key: string): unknown => {
		const id = `${kind}/${map}/${key}`;
		return after.has(id) ? after.get(id) : holding(kind, map)?.[key];
	};
	return wanted.filter((record) => {
		const current = holding(record.kind, record.map);
		if (current === undefined) return false;
		const before = current[record.key];
		if (sameJson(before, record.value)) return false;
		// The same answer stored under another device's rev and time is the same answer: sending it would bounce between devices.
		if (record.map === 'responses' && sameAnswer(before, record.value)) return false;
		const refusal = checkRecordChange(
			{ map: record.map, key: record.key, before, after: record.value },
			{
				statementId,
				kind: record.kind,
				access,
				personName: context.personName,
				current: (map, key) => willHold(record.kind, map, key)
			}
		);
		return refusal === undefined;
	});
}

/** True when two stored answers say the same, whatever each device's save count and time. */
function sameAnswer(a: unknown, b: unknown): boolean {
	if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
	const content = (r: object) => ({ ...r, rev: 0, createdAt: '', updatedAt: '', updatedBy: '' });
	return sameJson(content(a), content(b));
}

/** An exempt answer's place in the shared document. */
export function placeholderOf(response: Response): WithheldResponse {
	return {
		id: response.id,
		assessmentId: response.assessmentId,
		questionId: response.questionId,
		withheld: true,
		exemptionCategory: response.exemptionCategory,
		updatedAt: response.updatedAt
	};
}


