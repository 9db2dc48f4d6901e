/**
 * Records as the app stores them, for putting into shared documents.
 */

import type { Assessment, ChallengeNote, Response, Revision } from '../../../src/lib/domain/types.ts';
import { storedResponse } from '../../unit/domain/stored-response.ts';

const AT = '2026-12-01T09:00:00.000Z';

/** A statement's details. */
export function assessment(id: string, overrides: Partial<Assessment> = {}): Assessment {
	return {
		id,
		title: 'Position statement against LGSCO areas of focus',
		council: 'Anytown Borough Council',
		service: 'Children and Learning',
		panel: 'Children and Families Scrutiny Panel',
		meetingDate: '2027-01-21',
		appendixLabel: 'Appendix 2',
		coordinator: { name: 'Alice Ward', designation: 'Quality Assurance Manager' },
		frameworks: [{ id: 'lgsco-careless-2020', edition: '2020-12' }],
		furtherScrutiny: '',
		contributors: [],
		localAreas: [],
		importedSets: [],
		createdAt: AT,
		updatedAt: AT,
		...overrides
	};
}

/** An answer, in progress, with one reporter (the shared stored-answer helper with these fields). */
export function response(assessmentId: string, questionId: string, statement: string, overrides: Partial<Response> = {}): Response {
	return storedResponse({
		id: `${assessmentId.slice(0, 8)}-${questionId}`,
		assessmentId,
		questionId,
		statement,
		reporters: [{ name: 'Priya Shah', designation: 'Placements Team Manager' }],
		selfRating: 'one-to-watch',
		principleIds: ['safe-and-stable'],
		createdAt: AT,
		updatedAt: AT,
		updatedBy: 'Priya Shah',
		...overrides
	});
}

/** A saved version of an answer's text. */
export function revision(answer: Response, id = `${answer.id}-r${answer.rev}`): Revision {
	return {
		id,
		responseId: answer.id,
		assessmentId: answer.assessmentId,
		questionId: answer.questionId,
		rev: answer.rev,
		statement: answer.statement,
		savedAt: answer.updatedAt,
		savedBy: answer.updatedBy
	};
}

/** A councillor's note. */
export function note(assessmentId: string, questionId: string, text: string, id = `note-${questionId}`): ChallengeNote {
	return {
		id,
		assessmentId,
		questionId,
		kind: 'challenge',
		text,
		author: { name: 'Cllr Jo Bloggs', role: 'councillor', designation: '' },
		createdAt: AT,
		updatedAt: AT,
		replies: []
	};
}
