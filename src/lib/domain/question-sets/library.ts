import type { FileProblem } from '../file-format/read.ts';
import { isAnswered } from '../response.ts';
import type { Framework, Response } from '../types.ts';
import type { EditionDifference } from './editions.ts';

/**
 * The rules for the device's library of question sets loaded from files:
 * what loading a set would do, which edition is newer, and which sets can
 * share a statement. Pure, so the storage code and the screens agree.
 */

/** The message for a file that changes an edition already loaded: editions are fixed once published. */
export const EDITION_CHANGED =
	'an edition must never change; give it a new edition label';

/** JSON with object keys in a fixed order, so two copies of a set compare equal however they were stored. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

/** True when two copies of a set hold exactly the same content. */
export function sameContent(a: Framework, b: Framework): boolean {
	return canonical(a) === canonical(b);
}

/** What loading a set from a file would do. */
export type LoadPlan =
	| { kind: 'new'; framework: Framework; otherEditions: Framework[] }
	| { kind: 'already-loaded'; framework: Framework }
	| { kind: 'refused'; problems: FileProblem[] };

/** Every area and question id in a set, with its place in the file. */
function idsWithPaths(framework: Framework): { id: string; path: string }[] {
	return framework.areas.flatMap((area, a) => [
		{ id: area.id, path: `data.areas[${a}].id` },
		...area.questions.map((q, i) => ({ id: q.id, path: `data.areas[${a}].questions[${i}].id` }))
	]);
}

/** Every area and question id a set uses. */
export function idsOf(framework: Framework): Set<string> {
	return new Set(idsWithPaths(framework).map((x) => x.id));
}

/**
 * Decides what loading `framework` would do, given the editions of the same
 * set already loaded (`stored`) and the sets the app ships. A set may not
 * take a shipped set's id or reuse its area and question ids (answers are
 * kept by question id); an edition already loaded may not change.
 */
export function planLoad(framework: Framework, stored: readonly Framework[], shipped: readonly Framework[]): LoadPlan {
	const clash = shipped.find((s) => s.id === framework.id);
	if (clash) {
		return {
			kind: 'refused',
			problems: [{ path: 'data.id', message: `the app already has a question set with the id ${framework.id} (${clash.shortTitle}); a set loaded from a file needs an id of its own` }]
		};
	}
	const shippedIds = new Map(shipped.flatMap((s) => [...idsOf(s)].map((id) => [id, s] as const)));
	const reused = idsWithPaths(framework).flatMap(({ id, path }) => {
		const owner = shippedIds.get(id);
		return owner ? [{ path, message: `the id ${id} is already used by the app's own set ${owner.shortTitle}; use ids of your own` }] : [];
	});
	if (reused.length > 0) return { kind: 'refused', problems: reused };
	const sameEdition = stored.find((s) => s.id === framework.id && s.edition === framework.edition);
	if (sameEdition) {
		return sameContent(sameEdition, framework)
			? { kind: 'already-loaded', framework: sameEdition }
			: {
					kind: 'refused',
					problems: [{ path: 'data.edition', message: `edition ${framework.edition} of ${framework.title} is already loaded with different content: ${EDITION_CHANGED}` }]
				};
	}
	return { kind: 'new', framework, otherEditions: stored.filter((s) => s.id === framework.id) };
}

/**
 * True when `candidate` is a newer edition than `current`: published later,
 * or published the same month with an edition label that sorts later
 * ("2027-01b" after "2027-01", "edition 10" after "edition 9").
 */
export function isNewerEdition(candidate: Pick<Framework, 'edition' | 'source'>, current: Pick<Framework, 'edition' | 'source'>): boolean {
	const published = candidate.source.published.localeCompare(current.source.published);
	if (published !== 0) return published > 0;
	return candidate.edition.localeCompare(current.edition, 'en', { numeric: true }) > 0;
}

/** Sort order for a library: by title, each set's editions newest first. */
export function compareLibraryOrder(a: Framework, b: Framework): number {
	if (a.id !== b.id) return a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id);
	return isNewerEdition(a, b) ? -1 : isNewerEdition(b, a) ? 1 : 0;
}

/** The sets sorted by title, each set's editions newest first. */
export function libraryOrder(sets: readonly Framework[]): Framework[] {
	return [...sets].sort(compareLibraryOrder);
}

/** The newest edition of each set, in library order. */
export function newestEditions(sets: readonly Framework[]): Framework[] {
	const seen = new Set<string>();
	return libraryOrder(sets).filter((s) => (seen.has(s.id) ? false : (seen.add(s.id), true)));
}

/**
 * The ids `adding` shares with sets already in a statement (`used`: their
 * area and question ids). Answers are kept by question id, so two sets that
 * share one cannot be answered in the same statement.
 */
export function sharedIds(adding: Framework, used: ReadonlySet<string>): string[] {
	return [...idsOf(adding)].filter((id) => used.has(id));
}

/**
 * Why these sets cannot be used together in one statement, or undefined when
 * they can: the first pair that shares an area or question id.
 */
export function combinationProblem(sets: readonly Framework[]): string | undefined {
	for (let i = 1; i < sets.length; i += 1) {
		const earlier = new Set(sets.slice(0, i).flatMap((s) => [...idsOf(s)]));
		const shared = sharedIds(sets[i]!, earlier);
		if (shared.length > 0) {
			const other = sets.slice(0, i).find((s) => idsOf(s).has(shared[0]!));
			return `${sets[i]!.shortTitle} and ${other?.shortTitle ?? 'another set'} both use the id ${shared[0]}, so they cannot be answered in one statement`;
		}
	}
	return undefined;
}

/** The questions an edition change drops that the statement has answered: their answers stay stored but are not shown. */
export function answersToDroppedQuestions(
	difference: Pick<EditionDifference, 'removed'>,
	responses: readonly Response[]
): EditionDifference['removed'] {
	const answered = new Set(responses.filter(isAnswered).map((r) => r.questionId));
	return difference.removed.filter((q) => answered.has(q.id));
}

/** "4 areas, 18 questions" for a set. */
export function describeSize(framework: Framework): string {
	const questions = framework.areas.reduce((n, a) => n + a.questions.length, 0);
	const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
	return `${plural(framework.areas.length, 'area')}, ${plural(questions, 'question')}`;
}
