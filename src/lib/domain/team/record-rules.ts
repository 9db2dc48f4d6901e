import * as v from 'valibot';
import {
	AssessmentSchema,
	ChallengeNoteSchema,
	RecommendationSchema,
	ResponseSchema,
	RevisionSchema
} from '../file-format/schema.ts';
import type { ChallengeNote } from '../types.ts';
import { ASSESSMENT_KEY, type DocumentKind } from './documents.ts';
import { editsAnswers, seesExempt, type Access } from './roles.ts';

/**
 * The rules every change to a shared statement's documents must pass, on the
 * team server before it is kept or passed on, and in the app before anything
 * that arrives is written. Pure and deterministic.
 */

/** What an exempt answer looks like in the main document: its place, never its content. */
export const WithheldResponseSchema = v.strictObject({
	id: ResponseSchema.entries.id,
	assessmentId: ResponseSchema.entries.assessmentId,
	questionId: ResponseSchema.entries.questionId,
	withheld: v.literal(true),
	/** The exemption relied on ("Schedule 12A, paragraph 3"), which a public copy states; never the answer. */
	exemptionCategory: v.optional(ResponseSchema.entries.exemptionCategory),
	updatedAt: ResponseSchema.entries.updatedAt
});

/** An exempt answer's placeholder in the main document. */
export type WithheldResponse = v.InferOutput<typeof WithheldResponseSchema>;

/** One record added, changed or removed in one map of one document. */
export interface RecordChange {
	map: string;
	key: string;
	/** The record before the update; undefined when it is new. */
	before: unknown;
	/** The record after the update; undefined when it is removed. */
	after: unknown;
}

/** Who is changing which statement's document. */
export interface ChangeContext {
	statementId: string;
	kind: DocumentKind;
	access: Access;
	/** The signed-in person's name, which their notes and replies carry. */
	personName: string;
	/** Reads a record as it will be once the whole update is applied. */
	current(map: string, key: string): unknown;
}

/** Why a change is refused, in words for the log and the person's screen; undefined when it may be kept. */
export type Refusal = string | undefined;

/** Checks one record change against the document's rules. */
export function checkRecordChange(change: RecordChange, context: ChangeContext): Refusal {
	const where = `${change.map} ${JSON.stringify(change.key)}`;
	const rule = rulesFor(context.kind, change.map);
	if (rule === undefined) return `${where}: this document holds no ${change.map}`;
	const refusal = rule(change, context);
	return refusal === undefined ? undefined : `${where}: ${refusal}`;
}

type Rule = (change: RecordChange, context: ChangeContext) => Refusal;

function rulesFor(kind: DocumentKind, map: string): Rule | undefined {
	const rules: Record<DocumentKind, Record<string, Rule>> = {
		main: { assessment: assessmentRule, responses: mainResponseRule, revisions: mainRevisionRule },
		exempt: { responses: exemptResponseRule, revisions: exemptRevisionRule },
		panel: { notes: noteRule, recommendations: recommendationRule }
	};
	return Object.hasOwn(rules[kind], map) ? rules[kind][map] : undefined;
}

function assessmentRule({ key, after }: RecordChange, { statementId, access }: ChangeContext): Refusal {
	if (key !== ASSESSMENT_KEY) return `the statement's details are kept under "${ASSESSMENT_KEY}"`;
	if (access.role !== 'coordinator') return "only the coordinator changes the statement's details";
	if (after === undefined) return "the statement's details cannot be removed";
	return schemaProblem(AssessmentSchema, after) ?? idProblem(after, statementId, 'id');
}

function mainResponseRule({ key, before, after }: RecordChange, context: ChangeContext): Refusal {
	if (after === undefined) return 'answers are never removed';
	if (!editsAnswers(context.access)) return 'only the coordinator and people who can edit change answers';
	const withheld = isWithheld(after);
	const problem = withheld ? schemaProblem(WithheldResponseSchema, after) : schemaProblem(ResponseSchema, after);
	if (problem) return problem;
	if (!withheld && (after as { exempt: boolean }).exempt) return 'an exempt answer is kept in the exempt document, with only a placeholder here';
	if ((withheld || isWithheld(before)) && !seesExempt(context.access)) return 'only people who can see exempt answers change an exempt answer';
	return keyProblem(after, key) ?? idProblem(after, context.statementId, 'assessmentId');
}

function mainRevisionRule(change: RecordChange, context: ChangeContext): Refusal {
	if (change.after !== undefined) {
		const responseId = (change.after as { responseId?: unknown }).responseId;
		if (typeof responseId === 'string' && isWithheld(context.current('responses', responseId))) {
			return "a saved version of an exempt answer is kept in the exempt document";
		}
	}
	if (change.after === undefined) {
		// An answer marked exempt takes its earlier versions to the exempt document.
		const revision = change.before as { responseId?: unknown };
		const response = typeof revision?.responseId === 'string' ? context.current('responses', revision.responseId) : undefined;
		if (seesExempt(context.access) && isWithheld(response)) return undefined;
		return 'saved versions are never removed';
	}
	return revisionRule(change, context);
}

function exemptResponseRule({ key, after }: RecordChange, { statementId }: ChangeContext): Refusal {
	// Removal here is an answer no longer exempt moving back to the main document.
	if (after === undefined) return undefined;
	const problem = schemaProblem(ResponseSchema, after);
	if (problem) return problem;
	if (!(after as { exempt: boolean }).exempt) return 'only exempt answers are kept in the exempt document';
	return keyProblem(after, key) ?? idProblem(after, statementId, 'assessmentId');
}

function exemptRevisionRule(change: RecordChange, context: ChangeContext): Refusal {
	if (change.after === undefined) return undefined;
	return revisionRule(change, context);
}

function revisionRule({ key, before, after }: RecordChange, { statementId, access }: ChangeContext): Refusal {
	if (!editsAnswers(access)) return 'only the coordinator and people who can edit save versions of answers';
	if (before !== undefined && !sameJson(before, after)) return 'a saved version is never changed';
	return schemaProblem(RevisionSchema, after) ?? keyProblem(after, key) ?? idProblem(after, statementId, 'assessmentId');
}

function noteRule({ key, before, after }: RecordChange, { statementId, access, personName }: ChangeContext): Refusal {
	if (after === undefined) return 'notes are never removed';
	if (access.role === 'read') return 'people who can read do not add notes';
	const problem = schemaProblem(ChallengeNoteSchema, after) ?? keyProblem(after, key) ?? idProblem(after, statementId, 'assessmentId');
	if (problem) return problem;
	const next = after as ChallengeNote;
	// The coordinator puts up the statement with the notes it already holds, whoever wrote them.
	if (access.role === 'coordinator') return before === undefined ? undefined : repliesKept(before as ChallengeNote, next);
	if (before === undefined) return next.author.name === personName ? undefined : 'a note is written under its writer’s own name';
	const previous = before as ChallengeNote;
	if (!sameJson(previous.author, next.author)) return 'a note keeps its writer';
	const own = previous.author.name === personName;
	// Others may reply to a note and (officers) resolve it; everything else about it is its writer's.
	const writersPart = (n: ChallengeNote) => ({ ...n, replies: [], resolved: undefined, updatedAt: '' });
	if (!own && !sameJson(writersPart(previous), writersPart(next))) return 'only its writer changes a note';
	if (!own && !editsAnswers(access) && !sameJson(previous.resolved, next.resolved)) return 'only its writer or an officer resolves a note';
	const added = next.replies.filter((reply) => !previous.replies.some((old) => old.id === reply.id));
	if (added.some((reply) => reply.author.name !== personName)) return 'a reply is written under its writer’s own name';
	return repliesKept(previous, next);
}

function repliesKept(before: ChallengeNote, after: ChallengeNote): Refusal {
	return keepsEvery(before.replies, after.replies) ? undefined : 'replies are never changed or removed';
}

function recommendationRule({ key, before, after }: RecordChange, { statementId, access }: ChangeContext): Refusal {
	if (access.role === 'read') return 'people who can read do not record recommendations';
	if (after === undefined) return access.role === 'coordinator' ? undefined : 'only the coordinator removes a recommendation';
	const problem = schemaProblem(RecommendationSchema, after) ?? keyProblem(after, key) ?? idProblem(after, statementId, 'assessmentId');
	if (problem) return problem;
	// Every change kept; merged copies may order an entry made offline before later ones.
	if (before !== undefined && !containsEvery((after as { history: unknown[] }).history, (before as { history: unknown[] }).history)) {
		return "a recommendation's history is only ever added to";
	}
	return undefined;
}

/** True when a main-document answer is an exempt answer's placeholder. */
export function isWithheld(value: unknown): value is WithheldResponse {
	return typeof value === 'object' && value !== null && (value as { withheld?: unknown }).withheld === true;
}

function schemaProblem(schema: v.GenericSchema, value: unknown): Refusal {
	const result = v.safeParse(schema, value);
	if (result.success) return undefined;
	const issue = result.issues[0];
	const path = v.getDotPath(issue);
	return `does not fit the file format${path ? ` at ${path}` : ''}: ${issue.message}`;
}

function keyProblem(value: unknown, key: string): Refusal {
	return (value as { id: string }).id === key ? undefined : 'is kept under a key other than its id';
}

function idProblem(value: unknown, statementId: string, field: 'id' | 'assessmentId'): Refusal {
	const actual = (value as Record<string, unknown>)[field];
	return actual === statementId ? undefined : 'belongs to another statement';
}

function keepsEvery(before: readonly unknown[], after: readonly unknown[]): boolean {
	const byId = new Map(after.map((reply) => [(reply as { id: string }).id, reply]));
	return before.every((reply) => sameJson(reply, byId.get((reply as { id: string }).id)));
}

function containsEvery(list: readonly unknown[], required: readonly unknown[]): boolean {
	return required.every((item) => list.some((other) => sameJson(item, other)));
}

/** Structural equality of two JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
	const aKeys = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const bKeys = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	return aKeys.length === bKeys.length && aKeys.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
