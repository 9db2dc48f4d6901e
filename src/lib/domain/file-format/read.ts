import * as v from 'valibot';
import { CURRENT_FORMAT_VERSION, FILE_TYPES, MAX_BACKUP_BYTES, MAX_FILE_BYTES } from './constants.ts';
import { ExchangeFileSchema, type ExchangeFile, type NotesFile } from './schema.ts';
import { upgrades } from './upgrades.ts';

/** One thing wrong with a file: where (a path such as `data.responses[3].reporters[0].name`) and what. */
export interface FileProblem {
	path: string;
	message: string;
}

/** The result of reading a file: the validated content, or every problem found. */
/** A file read and checked (upgraded to the current format; `writtenAs` is the version it was written in), or what is wrong with it. */
export type ReadResult = { ok: true; file: ExchangeFile; writtenAs: number } | { ok: false; problems: FileProblem[] };

const fail = (path: string, message: string): ReadResult => ({ ok: false, problems: [{ path, message }] });

/** Words for JSON types, as a council officer would say them. */
function describeValue(value: unknown): string {
	if (value === null) return 'nothing (null)';
	if (Array.isArray(value)) return 'a list';
	switch (typeof value) {
		case 'string':
			return value === '' ? 'empty text' : 'text';
		case 'number':
			return 'a number';
		case 'boolean':
			return 'true or false';
		case 'undefined':
			return 'nothing';
		default:
			return 'an object';
	}
}

function describeExpected(expected: string | null): string {
	switch (expected) {
		case 'string':
			return 'text';
		case 'number':
			return 'a number';
		case 'boolean':
			return 'true or false';
		case 'Array':
			return 'a list';
		case 'Object':
			return 'an object';
		default:
			return expected ?? 'something else';
	}
}

/** `data.responses[3].reporters[0].name` from a valibot issue's path. */
function pathOf(issue: v.BaseIssue<unknown>): string {
	let path = '';
	for (const item of issue.path ?? []) {
		const key = (item as { key: unknown }).key;
		path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
	}
	return path || '(the whole file)';
}

function messageOf(issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'schema' && issue.input === undefined) return 'is missing';
	switch (issue.type) {
		case 'string':
		case 'number':
		case 'boolean':
		case 'array':
		case 'object':
			return `expected ${describeExpected(issue.expected)}, got ${describeValue(issue.input)}`;
		case 'picklist':
		case 'literal':
		case 'variant':
			return `expected one of ${(issue.expected ?? 'the allowed values').replace(/^\((.*)\)$/, '$1').replaceAll(' | ', ', ')}, got ${JSON.stringify(issue.input)}`;
		case 'min_length':
			return issue.expected === '>=1' ? 'must not be empty' : `must have at least ${issue.requirement as number} items`;
		case 'max_length':
			return `is too long (at most ${issue.requirement as number} characters)`;
		case 'iso_date':
			return `expected a date written yyyy-mm-dd, got ${JSON.stringify(issue.input)}`;
		case 'iso_timestamp':
			return `expected a date and time in ISO 8601, got ${JSON.stringify(issue.input)}`;
		case 'integer':
			return `expected a whole number, got ${String(issue.input)}`;
		case 'min_value':
			return `must be at least ${String(issue.requirement)}`;
		default:
			return issue.message;
	}
}

/** Turns valibot's issues into one problem per place, without repeating nested ones. */
export function problemsFromIssues(issues: readonly v.BaseIssue<unknown>[]): FileProblem[] {
	const seen = new Set<string>();
	const problems: FileProblem[] = [];
	for (const issue of issues) {
		const problem = { path: pathOf(issue), message: messageOf(issue) };
		const key = `${problem.path}: ${problem.message}`;
		if (!seen.has(key)) {
			seen.add(key);
			problems.push(problem);
		}
	}
	return problems;
}

/** A notes file: every note belongs to the file's statement; note and reply ids are unique. */
function notesProblems(file: NotesFile): FileProblem[] {
	const problems: FileProblem[] = [];
	const noteIds = new Set<string>();
	file.data.notes.forEach((n, i) => {
		const path = `data.notes[${i}]`;
		if (noteIds.has(n.id)) problems.push({ path: `${path}.id`, message: `the note id ${n.id} appears twice` });
		noteIds.add(n.id);
		if (n.assessmentId !== file.data.assessmentId) {
			problems.push({ path: `${path}.assessmentId`, message: `this note is on another statement (${n.assessmentId}), not ${file.data.assessmentId}` });
		}
		const replyIds = new Set<string>();
		n.replies.forEach((r, j) => {
			if (replyIds.has(r.id)) problems.push({ path: `${path}.replies[${j}].id`, message: `the reply id ${r.id} appears twice` });
			replyIds.add(r.id);
		});
	});
	return problems;
}

/** Checks that the records in a file agree with each other (ids unique, answers belong to a statement). */
function consistencyProblems(file: ExchangeFile): FileProblem[] {
	if (file.type === FILE_TYPES.notes) return notesProblems(file);
	const problems: FileProblem[] = [];
	const single = file.type !== FILE_TYPES.backup;
	const assessments = file.type === FILE_TYPES.backup ? file.data.assessments : [file.data.assessment];
	const assessmentIds = new Set<string>();
	assessments.forEach((a, i) => {
		const path = single ? 'data.assessment.id' : `data.assessments[${i}].id`;
		if (assessmentIds.has(a.id)) problems.push({ path, message: `the statement id ${a.id} appears twice` });
		assessmentIds.add(a.id);
	});
	const responseIds = new Set<string>();
	const questionKeys = new Set<string>();
	file.data.responses.forEach((r, i) => {
		const path = `data.responses[${i}]`;
		if (responseIds.has(r.id)) problems.push({ path: `${path}.id`, message: `the answer id ${r.id} appears twice` });
		responseIds.add(r.id);
		if (!assessmentIds.has(r.assessmentId)) {
			problems.push({ path: `${path}.assessmentId`, message: `no statement in this file has the id ${r.assessmentId}` });
		}
		const key = `${r.assessmentId}/${r.questionId}`;
		if (questionKeys.has(key)) problems.push({ path: `${path}.questionId`, message: `a second answer to question ${r.questionId}` });
		questionKeys.add(key);
	});
	if (file.type === FILE_TYPES.pack) {
		const asked = new Set(file.data.pack.contributor.questionIds);
		file.data.responses.forEach((r, i) => {
			if (!asked.has(r.questionId)) {
				problems.push({ path: `data.responses[${i}].questionId`, message: `question ${r.questionId} is not one of this pack's questions` });
			}
		});
	}
	file.data.revisions.forEach((r, i) => {
		if (!responseIds.has(r.responseId)) {
			problems.push({ path: `data.revisions[${i}].responseId`, message: `no answer in this file has the id ${r.responseId}` });
		}
	});
	return problems;
}

/**
 * Reads an exchange file's text: checks its size, parses the JSON, refuses
 * files from a newer version of the app, upgrades older ones step by step,
 * validates every field and checks the records agree. Pure: nothing is
 * written, so a bad file changes nothing.
 */
export function readExchangeFile(textContent: string, byteLength = new TextEncoder().encode(textContent).byteLength): ReadResult {
	const tooBig = (limit: number) => fail('(the whole file)', `the file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; the largest the app reads is ${limit / 1024 / 1024} MB`);
	if (byteLength > MAX_BACKUP_BYTES) return tooBig(MAX_BACKUP_BYTES);
	let parsed: unknown;
	try {
		parsed = JSON.parse(textContent);
	} catch (error) {
		return fail('(the whole file)', `this is not a file the app can read: it is not valid JSON (${(error as Error).message})`);
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		return fail('(the whole file)', 'this is not a file exported by this app');
	}
	let file = parsed as Record<string, unknown>;
	// Only a backup may be larger than a statement file.
	if (byteLength > MAX_FILE_BYTES && file.type !== FILE_TYPES.backup) return tooBig(MAX_FILE_BYTES);
	const known: readonly string[] = Object.values(FILE_TYPES);
	if (typeof file.type !== 'string' || !known.includes(file.type)) {
		return fail('type', `this is not a file exported by this app (expected one of ${known.join(', ')}, got ${JSON.stringify(file.type)})`);
	}
	const version = file.formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return fail('formatVersion', `expected a whole number, got ${JSON.stringify(version)}`);
	}
	if (version > CURRENT_FORMAT_VERSION) {
		return fail('formatVersion', `This file was made by a newer version (${version}); update the app`);
	}
	for (let n = version; n < CURRENT_FORMAT_VERSION; n += 1) {
		const step = upgrades[n];
		if (!step) return fail('formatVersion', `files of version ${n} can no longer be read`);
		file = step(file);
	}
	const result = v.safeParse(ExchangeFileSchema, file);
	if (!result.success) return { ok: false, problems: problemsFromIssues(result.issues) };
	const problems = consistencyProblems(result.output);
	return problems.length > 0 ? { ok: false, problems } : { ok: true, file: result.output, writtenAs: version };
}

/** One line per problem, for people: `data.responses[3].reporters[0].name: expected text, got a number`. */
export function formatProblems(problems: readonly FileProblem[]): string[] {
	return problems.map((p) => `${p.path}: ${p.message}`);
}
