import { principles } from './frameworks/principles.ts';
import { placedQuestions } from './frameworks/index.ts';
import { isAnswered } from './response.ts';
import type { Assessment, Framework, FrameworkArea, Principle, Response, ResponseStatus } from './types.ts';

/** Counts of answers by status. */
export type StatusCounts = Record<ResponseStatus, number>;

/** Progress within one area of focus. */
export interface AreaProgress {
	/** The question set the area belongs to. */
	framework: Framework;
	area: FrameworkArea;
	areaNumber: number;
	total: number;
	answered: number;
	/** Of those answered, how many are marked as not applying. */
	notApplicable: number;
	byStatus: StatusCounts;
}

/** Progress within one question set of a statement. */
export interface SetProgress {
	framework: Framework;
	total: number;
	answered: number;
	/** Of those answered, how many are marked as not applying. */
	notApplicable: number;
}

/** How far a statement has got, overall, per question set and per area, and its reach across the principles. */
export interface StatementProgress {
	total: number;
	answered: number;
	/** Of those answered, how many are marked as not applying (they count as answered). */
	notApplicable: number;
	byStatus: StatusCounts;
	/** One entry per question set, in statement order. */
	sets: SetProgress[];
	areas: AreaProgress[];
	/** For each principle, how many answered questions bear on it (not counting those that do not apply). */
	principles: { principle: Principle; answers: number }[];
}

function zeroCounts(): StatusCounts {
	return { 'not-started': 0, 'in-progress': 0, 'ready-for-review': 0, agreed: 0 };
}

/**
 * Works out a statement's progress from its answers. Questions without a
 * stored answer count as not started; answers to questions the statement no
 * longer uses are ignored. `only` limits it to some questions (a reporter's
 * copy from a contribution pack counts just her questions).
 */
export function statementProgress(
	assessment: Pick<Assessment, 'frameworks'>,
	responses: readonly Response[],
	only?: ReadonlySet<string>
): StatementProgress {
	const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
	const placed = placedQuestions(assessment).filter((p) => !only || only.has(p.question.id));
	const areas: AreaProgress[] = [];
	const sets: SetProgress[] = [];
	const byStatus = zeroCounts();
	const principleCounts = new Map(principles.map((p) => [p.id, 0]));
	let answered = 0;
	let notApplicable = 0;
	for (const p of placed) {
		let set = sets.at(-1);
		if (!set || set.framework !== p.framework) {
			set = { framework: p.framework, total: 0, answered: 0, notApplicable: 0 };
			sets.push(set);
		}
		let area = areas.at(-1);
		if (!area || area.area !== p.area) {
			area = { framework: p.framework, area: p.area, areaNumber: p.areaNumber, total: 0, answered: 0, notApplicable: 0, byStatus: zeroCounts() };
			areas.push(area);
		}
		const response = byQuestion.get(p.question.id);
		const status = response?.status ?? 'not-started';
		area.total += 1;
		set.total += 1;
		area.byStatus[status] += 1;
		byStatus[status] += 1;
		if (response && isAnswered(response)) {
			area.answered += 1;
			set.answered += 1;
			answered += 1;
			if (response.notApplicable) {
				area.notApplicable += 1;
				set.notApplicable += 1;
				notApplicable += 1;
			}
			// A question that does not apply does not bear on any principle, whatever was ticked before.
			if (!response.notApplicable) for (const id of response.principleIds) principleCounts.set(id, (principleCounts.get(id) ?? 0) + 1);
		}
	}
	return {
		total: placed.length,
		answered,
		notApplicable,
		byStatus,
		sets,
		areas,
		principles: principles.map((principle) => ({ principle, answers: principleCounts.get(principle.id) ?? 0 }))
	};
}

/**
 * What the home screen shows of a statement's progress, kept in its own table
 * (storage/statement-summaries.ts) so the list never reads every answer.
 */
export interface StatementSummaryRecord {
	assessmentId: string;
	total: number;
	answered: number;
	notApplicable: number;
	byStatus: StatusCounts;
	/** The latest of the statement's and its answers' `updatedAt`. */
	lastEdited: string;
}

/** A statement's summary row from its details and its own answers (a reporter's copy counts only her questions). */
export function statementSummaryRecord(assessment: Assessment, responses: readonly Response[]): StatementSummaryRecord {
	const progress = statementProgress(assessment, responses, assessment.pack ? new Set(assessment.pack.contributor.questionIds) : undefined);
	let lastEdited = assessment.updatedAt;
	for (const r of responses) if (r.updatedAt > lastEdited) lastEdited = r.updatedAt;
	return {
		assessmentId: assessment.id,
		total: progress.total,
		answered: progress.answered,
		notApplicable: progress.notApplicable,
		byStatus: progress.byStatus,
		lastEdited
	};
}
