/**
 * Statement files built from the shipped example for the browser tests: the
 * example with a councillor's note, a panel recommendation, a contributor and
 * the panel's own area added, so every screen has something on it. Each text
 * can be replaced, for example by long words or by hostile markup.
 */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_FILE, EXAMPLE_ID } from './reading-page.ts';

/** The ids of the records this file adds, to visit their screens. */
export const EXTRA = {
	localAreaId: 'b1a2c3d4-0000-4000-8000-00000000a001',
	localQuestionId: 'b1a2c3d4-0000-4000-8000-00000000a002',
	noteId: 'b1a2c3d4-0000-4000-8000-00000000a003',
	recommendationId: 'b1a2c3d4-0000-4000-8000-00000000a004',
	contributorId: 'b1a2c3d4-0000-4000-8000-00000000a005'
} as const;

/** The question with figures and actions whose screens the tests visit. */
export const RICH_QUESTION = 'careless-2-4';

/** What each kind of text in the file becomes; `undefined` keeps the example's own. */
export interface StatementTexts {
	/** Statement title, council, service, panel, appendix label, coordinator's name and designation, further scrutiny. */
	details?: (field: string) => string;
	/** An answer's text, by question id. */
	answer?: (questionId: string) => string;
	/** Reporters' names and designations. */
	person?: (field: string) => string;
	/** Figures' indicator, unit, period and source; actions' text and owner. */
	item?: (field: string) => string;
	/** A note, its reply, the recommendation, the local area and question, the contributor. */
	other?: (field: string) => string;
}

type Json = Record<string, unknown>;

function records(value: unknown): Json[] {
	return Array.isArray(value) ? (value as Json[]) : [];
}

/** Writes the example, with the extra records and the texts replaced, to a new file; returns its path, the statement's id and a figure's and an action's on RICH_QUESTION. */
export function writeStatementFile(texts: StatementTexts = {}): { path: string; statementId: string; figureId: string; actionId: string } {
	const file = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as Json;
	const data = file.data as Json;
	const assessment = data.assessment as Json;
	const details = texts.details ?? ((field: string) => String(assessment[field]));
	const other = texts.other ?? ((field: string) => `The panel's ${field}`);
	const at = '2026-03-01T10:00:00.000Z';
	const councillor = { name: other('councillor name'), role: 'councillor', designation: other('councillor designation') };

	for (const field of ['title', 'council', 'service', 'panel', 'appendixLabel']) assessment[field] = details(field);
	if (texts.details) {
		assessment.coordinator = { name: texts.details('coordinator name'), designation: texts.details('coordinator designation') };
		assessment.furtherScrutiny = texts.details('further scrutiny');
	}
	assessment.contributors = [
		{
			id: EXTRA.contributorId,
			name: other('contributor name'),
			designation: other('contributor designation'),
			email: other('contributor email'),
			questionIds: [RICH_QUESTION]
		}
	];
	assessment.localAreas = [
		{
			id: EXTRA.localAreaId,
			title: other('local area title'),
			questions: [{ id: EXTRA.localQuestionId, text: other('local question text'), principleIds: [] }]
		}
	];

	for (const response of records(data.responses)) {
		const questionId = String(response.questionId);
		if (texts.answer) response.statement = texts.answer(questionId);
		if (texts.person) {
			response.reporters = records(response.reporters).map(() => ({
				name: texts.person?.('reporter name') ?? '',
				designation: texts.person?.('reporter designation') ?? ''
			}));
		}
		if (texts.item) {
			const item = texts.item;
			response.figures = records(response.figures).map((figure) => ({
				...figure,
				indicator: item('figure indicator'),
				unit: item('figure unit').slice(0, 50),
				period: item('figure period').slice(0, 100),
				source: item('figure source')
			}));
			response.actions = records(response.actions).map((action) => ({ ...action, text: item('action text'), owner: item('action owner') }));
		}
	}
	if (texts.answer) {
		const answer = texts.answer;
		for (const revision of records(data.revisions)) revision.statement = answer(String(revision.questionId));
	}

	data.notes = [
		{
			id: EXTRA.noteId,
			assessmentId: EXAMPLE_ID,
			questionId: RICH_QUESTION,
			kind: 'challenge',
			text: other('note text'),
			author: councillor,
			createdAt: at,
			updatedAt: at,
			replies: [{ id: `${EXTRA.noteId}-reply`, text: other('reply text'), author: councillor, createdAt: at }]
		}
	];
	data.recommendations = [
		{
			id: EXTRA.recommendationId,
			meetingDate: '2026-03-25',
			itemTitle: other('recommendation item title'),
			text: other('recommendation text'),
			assessmentId: EXAMPLE_ID,
			questionIds: [RICH_QUESTION],
			actionTaken: other('action taken'),
			status: 'outstanding',
			reviewMonth: '',
			history: [{ at, by: councillor, status: 'outstanding', reviewMonth: '', actionTaken: other('action taken') }],
			createdAt: at,
			updatedAt: at
		}
	];

	const path = join(mkdtempSync(join(tmpdir(), 'statement-file-')), 'statement.json');
	writeFileSync(path, JSON.stringify(file));
	const rich = records(data.responses).find((r) => r.questionId === RICH_QUESTION);
	const figureId = String(records(rich?.figures)[0]?.id ?? '');
	const actionId = String(records(rich?.actions)[0]?.id ?? '');
	return { path, statementId: EXAMPLE_ID, figureId, actionId };
}
