import type { Framework } from '../types.ts';

/** How one edition of a question set differs from another, question by question. */
export interface EditionDifference {
	added: { id: string; text: string; area: string }[];
	removed: { id: string; text: string; area: string }[];
	reworded: { id: string; before: string; after: string }[];
	renamedAreas: { id: string; before: string; after: string }[];
}

function questionsOf(framework: Framework): Map<string, { text: string; area: string }> {
	return new Map(framework.areas.flatMap((a) => a.questions.map((q) => [q.id, { text: q.text, area: a.title }] as const)));
}

/** What changes if a statement moves from edition `from` to edition `to` of the same set. */
export function compareEditions(from: Framework, to: Framework): EditionDifference {
	const before = questionsOf(from);
	const after = questionsOf(to);
	const areasBefore = new Map(from.areas.map((a) => [a.id, a.title]));
	return {
		added: [...after].filter(([id]) => !before.has(id)).map(([id, q]) => ({ id, ...q })),
		removed: [...before].filter(([id]) => !after.has(id)).map(([id, q]) => ({ id, ...q })),
		reworded: [...after].flatMap(([id, q]) => {
			const old = before.get(id);
			return old && old.text !== q.text ? [{ id, before: old.text, after: q.text }] : [];
		}),
		renamedAreas: to.areas.flatMap((a) => {
			const old = areasBefore.get(a.id);
			return old !== undefined && old !== a.title ? [{ id: a.id, before: old, after: a.title }] : [];
		})
	};
}

/** True when two editions ask exactly the same questions in the same words. */
export function sameQuestions(difference: EditionDifference): boolean {
	return Object.values(difference).every((list) => list.length === 0);
}
