import type { Framework, FrameworkArea, FrameworkQuestion, FrameworkRef } from '../types.ts';
import { lgaCorporateParentingKloe } from './lga-corporate-parenting-kloe.ts';
import { lgaNcb10Questions2012 } from './lga-ncb-10-questions-2012.ts';
import { lgscoCareless2020 } from './lgsco-careless-2020.ts';

/** Every question set the app ships, by id, in the order they are offered. */
export const frameworks: readonly Framework[] = [lgscoCareless2020, lgaNcb10Questions2012, lgaCorporateParentingKloe];

/** The set a new statement uses unless the user chooses otherwise. */
export const defaultFrameworkRefs: readonly FrameworkRef[] = [
	{ id: lgscoCareless2020.id, edition: lgscoCareless2020.edition }
];

/** A question together with the area and set it belongs to, and its place in the statement. */
export interface PlacedQuestion {
	framework: Framework;
	area: FrameworkArea;
	question: FrameworkQuestion;
	/** 1-based number of the area within the statement. */
	areaNumber: number;
	/** 1-based number of the question within its area. */
	questionNumber: number;
	/** 0-based position across the whole statement. */
	index: number;
}

/** The question set with this id, or undefined when the app does not ship it. */
export function frameworkById(id: string): Framework | undefined {
	return frameworks.find((f) => f.id === id);
}

/** The sets a statement uses, in its order; unknown ids are skipped. */
export function frameworksFor(refs: readonly FrameworkRef[]): Framework[] {
	return refs.map((r) => frameworkById(r.id)).filter((f): f is Framework => f !== undefined);
}

/** Every question of the given sets in statement order, with its area and numbering. */
export function placedQuestions(refs: readonly FrameworkRef[]): PlacedQuestion[] {
	const placed: PlacedQuestion[] = [];
	let areaNumber = 0;
	for (const framework of frameworksFor(refs)) {
		for (const area of framework.areas) {
			areaNumber += 1;
			area.questions.forEach((question, i) => {
				placed.push({ framework, area, question, areaNumber, questionNumber: i + 1, index: placed.length });
			});
		}
	}
	return placed;
}

/** The question with this id in the given sets, placed, or undefined. */
export function findPlacedQuestion(
	refs: readonly FrameworkRef[],
	questionId: string
): PlacedQuestion | undefined {
	return placedQuestions(refs).find((p) => p.question.id === questionId);
}
