import { placedQuestions, type PlacedQuestion } from './frameworks/index.ts';
import { principleById, sortPrincipleIds } from './frameworks/principles.ts';
import { isAnswered, selfRatingLabel } from './response.ts';
import type { Assessment, Figure, Reporter, Response, ResponseStatus, SelfRating } from './types.ts';

/**
 * The whole statement in reading order, as a councillor reads the panel
 * paper: areas, then each question with its answer, reporters, self-rating,
 * principles and status. Pure: the reading view renders it.
 */

/** What the reader sees in place of the answer. */
export type ReadingAnswer =
	| {
			kind: 'answered';
			/** Markdown, rendered (and sanitised) by the view. */
			markdown: string;
			/** Set when the answer is exempt information: the exemption relied on, possibly empty. */
			exempt?: { category: string };
	  }
	| { kind: 'not-applicable'; reason: string; markdown: string }
	/** Exempt, and not shared with this person on the team: nothing of it is on this device. */
	| { kind: 'withheld'; exemptionCategory: string }
	| { kind: 'unanswered' };

/** A link to a neighbouring question. */
export interface QuestionLink {
	anchor: string;
	number: string;
	text: string;
}

/** One question in the reading view. */
export interface ReadingQuestion {
	id: string;
	/** The heading's id, for the contents list and the next/previous links. */
	anchor: string;
	/** "2.1": area number and question number. */
	number: string;
	/** Verbatim question text. */
	text: string;
	answer: ReadingAnswer;
	/** The figures quoted in the answer, in the order the officer added them. */
	figures: Figure[];
	reporters: Reporter[];
	selfRating: SelfRating;
	selfRatingLabel: string;
	/** Short labels of the principles the answer bears on, in statutory order; none when unanswered. */
	principleLabels: string[];
	status: ResponseStatus;
	previous?: QuestionLink;
	next?: QuestionLink;
}

/** One area of focus. */
export interface ReadingArea {
	id: string;
	anchor: string;
	number: number;
	title: string;
	questions: ReadingQuestion[];
}

/** The anchor of a question's heading. */
export function questionAnchor(questionId: string): string {
	return `question-${questionId}`;
}

function answerOf(response: Response | undefined, withheld: boolean): ReadingAnswer {
	if (withheld) return { kind: 'withheld', exemptionCategory: response?.exemptionCategory ?? '' };
	if (!response || !isAnswered(response)) return { kind: 'unanswered' };
	if (response.notApplicable) {
		return { kind: 'not-applicable', reason: response.notApplicableReason.trim(), markdown: response.statement };
	}
	if (response.exempt) return { kind: 'answered', markdown: response.statement, exempt: { category: response.exemptionCategory.trim() } };
	return { kind: 'answered', markdown: response.statement };
}

function linkTo(placed: PlacedQuestion | undefined): QuestionLink | undefined {
	if (!placed) return undefined;
	return {
		anchor: questionAnchor(placed.question.id),
		number: `${placed.areaNumber}.${placed.questionNumber}`,
		text: placed.question.text
	};
}

/**
 * Lays out a statement for reading. A copy opened from a contribution pack
 * shows only the pack's questions, as the overview does. Reporters left
 * half-typed (no name and no designation) are left out. Exempt answers
 * withheld from this person on the team (`withheld`, by question) say so.
 */
export function readingView(assessment: Assessment, responses: readonly Response[], withheld: readonly string[] = []): ReadingArea[] {
	const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
	const asked = assessment.pack ? new Set(assessment.pack.contributor.questionIds) : undefined;
	const placed = placedQuestions(assessment).filter((p) => !asked || asked.has(p.question.id));
	const areas: ReadingArea[] = [];
	placed.forEach((p, i) => {
		let area = areas.at(-1);
		if (!area || area.id !== p.area.id) {
			area = { id: p.area.id, anchor: `area-${p.area.id}`, number: p.areaNumber, title: p.area.title, questions: [] };
			areas.push(area);
		}
		const response = byQuestion.get(p.question.id);
		const selfRating = response?.selfRating ?? 'not-rated';
		area.questions.push({
			id: p.question.id,
			anchor: questionAnchor(p.question.id),
			number: `${p.areaNumber}.${p.questionNumber}`,
			text: p.question.text,
			answer: answerOf(response, withheld.includes(p.question.id)),
			figures: response?.figures ?? [],
			reporters: (response?.reporters ?? [])
				.map((r) => ({ name: r.name.trim(), designation: r.designation.trim() }))
				.filter((r) => r.name || r.designation),
			selfRating,
			selfRatingLabel: selfRatingLabel(selfRating),
			principleLabels: sortPrincipleIds(response && isAnswered(response) ? response.principleIds : []).map((id) => principleById(id).label),
			status: response?.status ?? 'not-started',
			previous: linkTo(placed[i - 1]),
			next: linkTo(placed[i + 1])
		});
	});
	return areas;
}
