import { principles } from './frameworks/principles.ts';
import { ASKING_KINDS, isOpen } from './note.ts';
import { isAnswered } from './response.ts';
import type { ChallengeNote, Principle, PrincipleId, Response } from './types.ts';

/**
 * "Gaps at a glance": what a panel member would pick at in each answer
 * before the meeting. Pure rules over answers and notes.
 */

/** One kind of gap in an answer. */
export type GapKind = 'not-answered' | 'no-figure' | 'no-reporter' | 'no-self-rating' | 'not-agreed' | 'open-notes';

/** A gap kind's words: the table column, the flag in a cell and the summary line. */
export interface GapKindInfo {
	value: GapKind;
	/** Column heading in the table. */
	column: string;
	/** The flag shown in a cell, in words. */
	flag: string;
	/** What a cell without the gap says to a screen reader. */
	fine: string;
	/** The summary line: "Answers with no figure". */
	summary: string;
}

/** The gap kinds in the order the table shows them. */
export const gapKinds: readonly GapKindInfo[] = [
	{ value: 'not-answered', column: 'Answer', flag: 'Not answered', fine: 'Answered', summary: 'Questions not answered yet' },
	{ value: 'no-figure', column: 'Figure', flag: 'No figure', fine: 'Has a figure', summary: 'Answers with no figure' },
	{ value: 'no-reporter', column: 'Reporter', flag: 'No reporter', fine: 'Has a reporter', summary: 'Answers with no reporter' },
	{ value: 'no-self-rating', column: 'Self-rating', flag: 'Not rated', fine: 'Rated', summary: 'Answers with no self-rating' },
	{ value: 'not-agreed', column: 'Agreed', flag: 'Not agreed', fine: 'Agreed', summary: 'Answers not yet agreed' },
	{ value: 'open-notes', column: 'Open notes', flag: 'Open', fine: 'None open', summary: 'Answers with open challenges or questions' }
];

/** The details of one gap kind. */
export function gapKind(kind: GapKind): GapKindInfo {
	return gapKinds.find((k) => k.value === kind) ?? gapKinds[0]!;
}

/** True when the text quotes a number or the answer carries structured figures. */
export function hasFigure(response: Pick<Response, 'statement' | 'figures'>): boolean {
	return response.figures.length > 0 || /\d/.test(response.statement);
}

/** True when at least one reporter has a name. */
export function hasReporter(response: Pick<Response, 'reporters'>): boolean {
	return response.reporters.some((r) => r.name.trim().length > 0);
}

/** Open notes that ask something of officers (questions, information requests, challenges). */
export function openAskingNotes<T extends Pick<ChallengeNote, 'kind' | 'resolved'>>(notes: readonly T[]): T[] {
	return notes.filter((n) => isOpen(n) && ASKING_KINDS.includes(n.kind));
}

/**
 * The gaps in one answer. A question with no answer is flagged only as
 * "not answered" (every other flag would follow from that); a question that
 * does not apply needs no figure, no reporter and no self-rating (its reason
 * is flagged on the question page instead). Open notes count
 * whether or not there is an answer.
 */
export function answerGaps(response: Response | undefined, openNotes: number): GapKind[] {
	const gaps: GapKind[] = [];
	if (!response || !isAnswered(response)) {
		gaps.push('not-answered');
	} else {
		if (!response.notApplicable && !hasFigure(response)) gaps.push('no-figure');
		if (!response.notApplicable && !hasReporter(response)) gaps.push('no-reporter');
		if (!response.notApplicable && response.selfRating === 'not-rated') gaps.push('no-self-rating');
		if (response.status !== 'agreed') gaps.push('not-agreed');
	}
	if (openNotes > 0) gaps.push('open-notes');
	return gaps;
}

/** One question's row in the gaps table and the principles matrix. */
export interface QuestionGaps<Q> {
	item: Q;
	response: Response | undefined;
	gaps: GapKind[];
	/** Open questions, information requests and challenges on the answer. */
	openNotes: number;
	/** The principles the answer bears on; empty while the question is unanswered. */
	principleIds: PrincipleId[];
}

/** Gaps across a statement. */
export interface StatementGaps<Q> {
	questions: QuestionGaps<Q>[];
	/** How many questions have each gap. */
	counts: Record<GapKind, number>;
	/** For each principle, how many answers bear on it. */
	principles: { principle: Principle; answers: number }[];
	/** Principles that no answer bears on. */
	uncovered: Principle[];
}

/**
 * Works out the gaps for every question of a statement, in the order given.
 * `questions` are the statement's questions in order (anything carrying the
 * question's id); answers and notes for other questions are ignored.
 */
export function statementGaps<Q extends { question: { id: string } }>(
	questions: readonly Q[],
	responses: readonly Response[],
	notes: readonly ChallengeNote[]
): StatementGaps<Q> {
	const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
	const counts = Object.fromEntries(gapKinds.map((k) => [k.value, 0])) as Record<GapKind, number>;
	const principleCounts = new Map<PrincipleId, number>(principles.map((p) => [p.id, 0]));
	const rows = questions.map((item) => {
		const response = byQuestion.get(item.question.id);
		const openNotes = openAskingNotes(notes.filter((n) => n.questionId === item.question.id)).length;
		const gaps = answerGaps(response, openNotes);
		for (const gap of gaps) counts[gap] += 1;
		const principleIds = response && isAnswered(response) ? response.principleIds : [];
		for (const id of principleIds) principleCounts.set(id, (principleCounts.get(id) ?? 0) + 1);
		return { item, response, gaps, openNotes, principleIds: [...principleIds] };
	});
	const totals = principles.map((principle) => ({ principle, answers: principleCounts.get(principle.id) ?? 0 }));
	return { questions: rows, counts, principles: totals, uncovered: totals.filter((t) => t.answers === 0).map((t) => t.principle) };
}
