import { describe, expect, it } from 'vitest';
import { newAssessment } from '../../../src/lib/domain/assessment.ts';
import { validateContributor } from '../../../src/lib/domain/contributor.ts';
import { readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import { serialise, statementFile } from '../../../src/lib/domain/file-format/write.ts';
import { defaultFrameworkRefs, placedQuestions } from '../../../src/lib/domain/frameworks/index.ts';
import { statementGaps } from '../../../src/lib/domain/gaps.ts';
import { meetingQuestionsList } from '../../../src/lib/domain/meeting-questions.ts';
import { statementProgress } from '../../../src/lib/domain/progress.ts';
import { readingView } from '../../../src/lib/domain/reading.ts';
import type { Assessment, ChallengeNote, Response } from '../../../src/lib/domain/types.ts';
import { buildExportDocument } from '../../../src/lib/export/model.ts';

/**
 * Once a statement has areas of its own, every screen and the exports take
 * them from `placedQuestions`: this checks each of them sees the panel's
 * questions numbered on after the Ombudsman's five areas.
 */

const at = '2026-03-01T10:00:00.000Z';

function statement(): Assessment {
	const a = newAssessment(
		{
			title: 'Position statement',
			council: 'Anytown Borough Council',
			service: 'Children and Learning',
			panel: 'Children and Families Scrutiny Panel',
			meetingDate: '2026-03-25',
			appendixLabel: 'Appendix 2',
			coordinator: { name: 'Sam Patel', designation: 'Quality Assurance Unit Manager' }
		},
		defaultFrameworkRefs,
		'a1',
		at
	);
	return {
		...a,
		localAreas: [
			{
				id: 'local-area-1',
				title: 'Opportunities for further scrutiny',
				questions: [
					{ id: 'local-q1', text: 'What will the panel hear about placement sufficiency?', principleIds: ['safe-and-stable'] },
					{ id: 'local-q2', text: 'How do care leavers help shape the local offer?', principleIds: [] }
				]
			}
		]
	};
}

const answer: Response = {
	id: 'r1',
	assessmentId: 'a1',
	questionId: 'local-q1',
	statement: 'The sufficiency strategy comes to the panel in June.',
	reporters: [{ name: 'Priya Shah', designation: 'Head of Placements' }],
	selfRating: 'one-to-watch',
	principleIds: ['safe-and-stable'],
	status: 'in-progress',
	exempt: false,
	exemptionCategory: '',
	notApplicable: false,
	notApplicableReason: '',
	figures: [],
	actions: [],
	rev: 1,
	createdAt: at,
	updatedAt: at,
	updatedBy: 'Sam Patel'
};

const note: ChallengeNote = {
	id: 'n1',
	assessmentId: 'a1',
	questionId: 'local-q2',
	kind: 'question',
	text: 'Who speaks for care leavers?',
	author: { name: 'Cllr Jo Lee', role: 'councillor', designation: '' },
	createdAt: at,
	updatedAt: at,
	replies: []
};

describe("the panel's own questions behave like any other", () => {
	it('count in progress, under a set of their own', () => {
		const progress = statementProgress(statement(), [answer]);
		expect([progress.answered, progress.total]).toEqual([1, 22]);
		expect(progress.sets.map((s) => [s.framework.shortTitle, s.answered, s.total])).toEqual([
			['LGSCO Careless (December 2020)', 0, 20],
			['Local questions', 1, 2]
		]);
		expect(progress.areas.at(-1)).toMatchObject({ areaNumber: 6, area: { title: 'Opportunities for further scrutiny' }, answered: 1 });
		expect(progress.principles.find((p) => p.principle.id === 'safe-and-stable')?.answers).toBe(1);
	});

	it('are read in the reading view after the Ombudsman’s areas', () => {
		const area = readingView(statement(), [answer]).at(-1);
		expect(area).toMatchObject({ number: 6, title: 'Opportunities for further scrutiny' });
		expect(area?.questions.map((q) => [q.number, q.answer.kind])).toEqual([
			['6.1', 'answered'],
			['6.2', 'unanswered']
		]);
	});

	it('show in the gaps and in the questions for the meeting', () => {
		const placed = placedQuestions(statement());
		const gaps = statementGaps(placed, [answer], [note]);
		expect(gaps.questions.at(-1)).toMatchObject({ item: { question: { id: 'local-q2' } }, openNotes: 1 });
		const list = meetingQuestionsList(statement(), placed, [answer], [note]);
		expect(list.areas).toEqual([
			expect.objectContaining({ number: 6, title: 'Opportunities for further scrutiny', questions: [expect.objectContaining({ number: '6.2' })] })
		]);
	});

	it('are exported with their area, set and answer', () => {
		const doc = buildExportDocument(statement(), [answer], { version: 'public', includeSummary: true, now: at });
		const area = doc.areas.at(-1);
		expect(area).toMatchObject({ number: 6, title: 'Opportunities for further scrutiny', setTitle: 'Local questions' });
		expect(area?.questions.map((q) => [q.number, q.text, q.answer.kind])).toEqual([
			['6.1', 'What will the panel hear about placement sufficiency?', 'answered'],
			['6.2', 'How do care leavers help shape the local offer?', 'unanswered']
		]);
	});

	it('may be given to a contributor', () => {
		const ids = placedQuestions(statement()).map((p) => p.question.id);
		expect(
			validateContributor({ name: 'Priya Shah', designation: 'Head of Placements', email: '', questionIds: ['local-q1'] }, ids)
		).toMatchObject({ ok: true, value: { questionIds: ['local-q1'] } });
	});

	it('travel in a statement file and read back', () => {
		const file = statementFile({ assessment: statement(), responses: [answer], revisions: [], notes: [note], recommendations: [] }, at, '0.1.0');
		const read = readExchangeFile(serialise(file));
		expect(read.ok).toBe(true);
		if (read.ok && read.file.type === 'scrutiny-position-statement') {
			expect(read.file.data.assessment.localAreas).toEqual(statement().localAreas);
		}
	});
});
