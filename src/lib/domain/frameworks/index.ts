import type { Assessment, Framework, FrameworkArea, FrameworkQuestion, FrameworkRef, LocalArea } from '../types.ts';
import { lgaCorporateParentingKloe } from './lga-corporate-parenting-kloe.ts';
import { lgaNcb10Questions2012 } from './lga-ncb-10-questions-2012.ts';
import { lgscoCareless2020 } from './lgsco-careless-2020.ts';

/** Every question set the app ships, by id, in the order they are offered. */
export const frameworks: readonly Framework[] = [lgscoCareless2020, lgaNcb10Questions2012, lgaCorporateParentingKloe];

/** The set a new statement uses unless the user chooses otherwise. */
export const defaultFrameworkRefs: readonly FrameworkRef[] = [
	{ id: lgscoCareless2020.id, edition: lgscoCareless2020.edition }
];

/** The id of the pseudo-set holding a statement's own (local) areas and questions. */
export const LOCAL_SET_ID = 'local';

/** What decides a statement's questions: the sets it uses, any it loaded from files, and its own questions. */
export type QuestionSource = Pick<Assessment, 'frameworks'> & Partial<Pick<Assessment, 'localAreas' | 'importedSets'>>;

/** A question together with the area and set it belongs to, and its place in the statement. */
export interface PlacedQuestion {
	framework: Framework;
	area: FrameworkArea;
	question: FrameworkQuestion;
	/** True for the panel's own questions (no published source or page). */
	local: boolean;
	/** 1-based number of the area within the statement. */
	areaNumber: number;
	/** 1-based number of the question within its area. */
	questionNumber: number;
	/** 0-based position across the whole statement. */
	index: number;
}

/** The question set with this id that the app ships, or undefined. */
export function frameworkById(id: string): Framework | undefined {
	return frameworks.find((f) => f.id === id);
}

function asSource(source: QuestionSource | readonly FrameworkRef[]): QuestionSource {
	return Array.isArray(source) ? { frameworks: [...(source as readonly FrameworkRef[])] } : (source as QuestionSource);
}

/**
 * The sets a statement uses, in its order. A set loaded from a file is taken
 * from the statement's own copy at the recorded edition; otherwise the set the
 * app ships. Unknown ids are skipped.
 */
export function frameworksFor(source: QuestionSource | readonly FrameworkRef[]): Framework[] {
	const { frameworks: refs, importedSets = [] } = asSource(source);
	return refs
		.map((r) => importedSets.find((f) => f.id === r.id && f.edition === r.edition) ?? frameworkById(r.id))
		.filter((f): f is Framework => f !== undefined);
}

/** The statement's own areas shown as a set, or undefined when it has none. */
export function localFramework(localAreas: readonly LocalArea[]): Framework | undefined {
	const areas = localAreas.filter((a) => a.questions.length > 0);
	if (areas.length === 0) return undefined;
	return {
		id: LOCAL_SET_ID,
		title: "The panel's own questions",
		shortTitle: 'Local questions',
		edition: '',
		source: { title: "The panel's own questions", publisher: 'The scrutiny panel', published: '', url: '', licence: '' },
		areas: areas.map((a) => ({
			id: a.id,
			title: a.title,
			questions: a.questions.map((q) => ({ id: q.id, text: q.text, sourcePage: 0, principleIds: [...q.principleIds] }))
		}))
	};
}

/**
 * Every question of the statement in order, with its area and numbering: the
 * sets' areas first, numbered on from one set to the next, then the panel's
 * own areas. Passing only the set references (an array) leaves out local
 * questions and sets loaded from files.
 */
export function placedQuestions(source: QuestionSource | readonly FrameworkRef[]): PlacedQuestion[] {
	const resolved = asSource(source);
	const local = localFramework(resolved.localAreas ?? []);
	const sets = frameworksFor(resolved).map((framework) => ({ framework, local: false }));
	if (local) sets.push({ framework: local, local: true });
	const placed: PlacedQuestion[] = [];
	let areaNumber = 0;
	for (const { framework, local: isLocal } of sets) {
		for (const area of framework.areas) {
			areaNumber += 1;
			area.questions.forEach((question, i) => {
				placed.push({ framework, area, question, local: isLocal, areaNumber, questionNumber: i + 1, index: placed.length });
			});
		}
	}
	return placed;
}

/** The question with this id in the statement, placed, or undefined. */
export function findPlacedQuestion(
	source: QuestionSource | readonly FrameworkRef[],
	questionId: string
): PlacedQuestion | undefined {
	return placedQuestions(source).find((p) => p.question.id === questionId);
}
