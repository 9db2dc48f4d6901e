import { formatLongDate, formatMonthYear } from '$lib/domain/dates.ts';
import { frameworks, frameworksFor } from '$lib/domain/frameworks/index.ts';
import { compareEditions, type EditionDifference } from '$lib/domain/question-sets/editions.ts';
import { answersToDroppedQuestions, isNewerEdition, newestEditions } from '$lib/domain/question-sets/library.ts';
import { readQuestionSetFile } from '$lib/domain/question-sets/read.ts';
import { MAX_QUESTION_SET_BYTES } from '$lib/domain/question-sets/schema.ts';
import type { FileProblem } from '$lib/domain/file-format/read.ts';
import type { Assessment, Framework, StoredQuestionSet } from '$lib/domain/types.ts';
import { getAssessment, listResponses } from '$lib/storage/assessments.ts';
import { listQuestionSets } from '$lib/storage/question-sets.ts';

/** "January 2027" or "15 January 2027", from a set's publication date. */
export function formatPublished(published: string): string {
	return published.length === 7 ? formatMonthYear(published) : formatLongDate(published);
}

/** A chosen question-set file, read and checked: the set, or every problem with its place in the file. */
export type OpenedQuestionSet = { ok: true; framework: Framework } | { ok: false; problems: FileProblem[] };

/** Reads a question-set file the user chose. Refuses one over 5 MB before reading it; writes nothing. */
export async function openQuestionSetFile(chosen: File): Promise<OpenedQuestionSet> {
	if (chosen.size > MAX_QUESTION_SET_BYTES) return readQuestionSetFile('', chosen.size);
	return readQuestionSetFile(await chosen.text(), chosen.size);
}

/** One question set a statement uses, with the other editions of it on this device. */
export interface SetInUse {
	framework: Framework;
	/** True for a set loaded from a file (the statement holds its own copy). */
	loaded: boolean;
	/** Editions of the same set in the library newer than the one the statement uses, newest first. */
	newer: StoredQuestionSet[];
	/** Older editions in the library, newest first (to change back to). */
	older: StoredQuestionSet[];
}

/** What the details page shows about a statement's sets, and which sets could still be added. */
export interface StatementSets {
	assessment: Assessment;
	inUse: SetInUse[];
	/** Sets the statement does not use yet: shipped ones, and the newest edition of each loaded one. */
	addable: Framework[];
}

/** A statement's sets, the library's other editions of them, and what could be added. Null when the statement is gone. */
export async function loadStatementSets(assessmentId: string): Promise<StatementSets | null> {
	const [assessment, library] = await Promise.all([getAssessment(assessmentId), listQuestionSets()]);
	if (!assessment) return null;
	const used = new Set(assessment.frameworks.map((r) => r.id));
	const inUse = frameworksFor(assessment).map((framework) => {
		const others = library.filter((s) => s.id === framework.id && s.edition !== framework.edition);
		return {
			framework,
			loaded: assessment.importedSets.some((f) => f.id === framework.id),
			newer: others.filter((s) => isNewerEdition(s.framework, framework)),
			older: others.filter((s) => !isNewerEdition(s.framework, framework))
		};
	});
	const addable = [...frameworks, ...newestEditions(library.map((s) => s.framework))].filter((f) => !used.has(f.id));
	return { assessment, inUse, addable };
}

/** What the "Compare editions" page shows. */
export type EditionComparison =
	| {
			kind: 'ready';
			assessment: Assessment;
			current: Framework;
			next: Framework;
			difference: EditionDifference;
			/** Questions the new edition drops that this statement has answered. */
			dropped: EditionDifference['removed'];
	  }
	| { kind: 'not-used'; assessment: Assessment }
	| { kind: 'no-edition'; assessment: Assessment; current: Framework }
	| { kind: 'same-edition'; assessment: Assessment; current: Framework };

/** Compares the edition of a set a statement uses with another edition in the library. Null when the statement is gone. */
export async function loadEditionComparison(assessmentId: string, setId: string, toEdition: string): Promise<EditionComparison | null> {
	const [assessment, library, responses] = await Promise.all([getAssessment(assessmentId), listQuestionSets(), listResponses(assessmentId)]);
	if (!assessment) return null;
	const current = frameworksFor(assessment).find((f) => f.id === setId);
	if (!current || !assessment.importedSets.some((f) => f.id === setId)) return { kind: 'not-used', assessment };
	if (current.edition === toEdition) return { kind: 'same-edition', assessment, current };
	const next = library.find((s) => s.id === setId && s.edition === toEdition)?.framework;
	if (!next) return { kind: 'no-edition', assessment, current };
	const difference = compareEditions(current, next);
	return { kind: 'ready', assessment, current, next, difference, dropped: answersToDroppedQuestions(difference, responses) };
}
