import { lgscoCarelessGuidance } from './lgsco-careless-2020.ts';
import type { Guidance } from './types.ts';

export type { CaseCitation, Guidance } from './types.ts';

/** Every question's guidance, across the sets the app ships (question ids are unique across sets). */
const allGuidance: Readonly<Record<string, Guidance>> = { ...lgscoCarelessGuidance };

/** The guidance for a question, or undefined when we have written none. */
export function guidanceFor(questionId: string): Guidance | undefined {
	return Object.hasOwn(allGuidance, questionId) ? allGuidance[questionId] : undefined;
}
