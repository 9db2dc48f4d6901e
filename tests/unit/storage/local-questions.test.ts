import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRecommendationInput } from '../../../src/lib/domain/recommendation.ts';
import { draftOf, emptyDraft, type ResponseDraft } from '../../../src/lib/domain/response.ts';
import { statementProgress } from '../../../src/lib/domain/progress.ts';
import { createAssessment, getAssessment, listResponses } from '../../../src/lib/storage/assessments.ts';
import { addContributor } from '../../../src/lib/storage/contributors.ts';
import { ScrutinyDatabase, getDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { MissingRecordError, NotAllowedError, ValidationError } from '../../../src/lib/storage/errors.ts';
import {
	RemovalRefusedError,
	addLocalArea,
	addLocalQuestion,
	areaRemovalCheck,
	moveLocalArea,
	moveLocalQuestion,
	questionRemovalCheck,
	removeLocalArea,
	removeLocalQuestion,
	renameLocalArea,
	updateLocalQuestion
} from '../../../src/lib/storage/local-questions.ts';
import { addNote } from '../../../src/lib/storage/notes.ts';
import { saveProfile } from '../../../src/lib/storage/profile.ts';
import { addRecommendation } from '../../../src/lib/storage/recommendations.ts';
import { exportPack, openPackForAnswering } from '../../../src/lib/storage/transfer.ts';
import { readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import { serialise } from '../../../src/lib/domain/file-format/write.ts';
import { placedQuestions } from '../../../src/lib/domain/frameworks/index.ts';
import { getResponse, saveResponse } from '../../../src/lib/storage/responses.ts';
import { detailsInput } from './helpers.ts';

let assessmentId = '';
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));
const stored = async () => (await getAssessment(assessmentId))!;

beforeEach(async () => {
	useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`));
	assessmentId = (await createAssessment(detailsInput())).id;
});

/** Saves changes to a question's answer as the answer editor would. */
async function answer(questionId: string, change: Partial<ResponseDraft>) {
	const current = await getResponse(assessmentId, questionId);
	const draft = current ? draftOf(current) : emptyDraft([]);
	return saveResponse({ assessmentId, questionId, draft: { ...draft, ...change }, baseRev: current?.rev ?? 0, author: 'Sam Patel' });
}

/** An area "Further scrutiny" with two questions; returns their ids. */
async function furtherScrutiny() {
	const areaId = await addLocalArea(assessmentId, '  Further   scrutiny ');
	const first = await addLocalQuestion(assessmentId, areaId, { text: 'How does the IRO service report to the panel?', principleIds: ['express-views'] });
	const second = await addLocalQuestion(assessmentId, areaId, { text: 'What is the sufficiency plan?', principleIds: [] });
	return { areaId, first, second };
}

describe("adding the panel's own areas and questions", () => {
	it('stores them tidied, with new ids, and marks the statement as edited', async () => {
		const before = (await stored()).updatedAt;
		await tick();
		const { areaId, first, second } = await furtherScrutiny();
		const a = await stored();
		expect(a.localAreas).toEqual([
			{
				id: areaId,
				title: 'Further scrutiny',
				questions: [
					{ id: first, text: 'How does the IRO service report to the panel?', principleIds: ['express-views'] },
					{ id: second, text: 'What is the sufficiency plan?', principleIds: [] }
				]
			}
		]);
		expect(first).not.toBe(second);
		expect(a.updatedAt > before).toBe(true);
		// They count like any other question: 20 of the Ombudsman's and 2 of the panel's own.
		expect(statementProgress(a, []).total).toBe(22);
	});

	it('writes nothing when the title or text is missing, naming the field', async () => {
		const before = await stored();
		await expect(addLocalArea(assessmentId, ' ')).rejects.toMatchObject({ errors: [{ field: 'area-title', message: "Enter the area's title" }] });
		const { areaId } = await furtherScrutiny();
		const withArea = await stored();
		await expect(addLocalQuestion(assessmentId, areaId, { text: '', principleIds: [] })).rejects.toBeInstanceOf(ValidationError);
		await expect(addLocalArea(assessmentId, 'further scrutiny')).rejects.toBeInstanceOf(ValidationError);
		expect(await stored()).toEqual(withArea);
		expect(before.localAreas).toEqual([]);
	});

	it('refuses an area or question that is not there, and a statement that is not there', async () => {
		await expect(addLocalQuestion(assessmentId, 'nowhere', { text: 'Why?', principleIds: [] })).rejects.toBeInstanceOf(MissingRecordError);
		await expect(addLocalArea('no-such-statement', 'Area')).rejects.toBeInstanceOf(MissingRecordError);
		await expect(renameLocalArea(assessmentId, 'nowhere', 'Area')).rejects.toBeInstanceOf(MissingRecordError);
		await expect(moveLocalQuestion(assessmentId, 'nowhere', 'up')).rejects.toBeInstanceOf(MissingRecordError);
	});

	it("is not allowed on a reporter's copy from a contribution pack", async () => {
		const a = await stored();
		await getDatabase().assessments.put({
			...a,
			pack: { packId: 'p', contributor: { id: 'c', name: 'Priya Shah', designation: 'Head of Service', email: '', questionIds: [] }, createdAt: a.createdAt }
		});
		await expect(addLocalArea(assessmentId, 'Area')).rejects.toBeInstanceOf(NotAllowedError);
		expect((await stored()).localAreas).toEqual([]);
	});
});

describe('changing and reordering them', () => {
	it('renames an area, keeping its questions, and refuses a title another area has', async () => {
		const { areaId } = await furtherScrutiny();
		const other = await addLocalArea(assessmentId, 'Lines of enquiry');
		await renameLocalArea(assessmentId, areaId, 'Opportunities for further scrutiny');
		await expect(renameLocalArea(assessmentId, other, 'opportunities for further scrutiny')).rejects.toBeInstanceOf(ValidationError);
		const a = await stored();
		expect(a.localAreas.map((x) => x.title)).toEqual(['Opportunities for further scrutiny', 'Lines of enquiry']);
		expect(a.localAreas[0]?.questions).toHaveLength(2);
	});

	it('moves areas and questions one place at a time', async () => {
		const { areaId, first, second } = await furtherScrutiny();
		const other = await addLocalArea(assessmentId, 'Lines of enquiry');
		await moveLocalArea(assessmentId, other, 'up');
		await moveLocalQuestion(assessmentId, second, 'up');
		const a = await stored();
		expect(a.localAreas.map((x) => x.id)).toEqual([other, areaId]);
		expect(a.localAreas[1]?.questions.map((q) => q.id)).toEqual([second, first]);
	});

	it('changes a question’s wording and principles, and moves it to another area with its answer', async () => {
		const { first } = await furtherScrutiny();
		const other = await addLocalArea(assessmentId, 'Lines of enquiry');
		await answer(first, { statement: 'The IRO annual report comes in July.' });
		await updateLocalQuestion(assessmentId, first, { text: 'When does the IRO report?', principleIds: ['best-interests'] }, other);
		const a = await stored();
		expect(a.localAreas[1]?.questions).toEqual([{ id: first, text: 'When does the IRO report?', principleIds: ['best-interests'] }]);
		expect(statementProgress(a, await listResponses(assessmentId)).answered).toBe(1);
		await expect(updateLocalQuestion(assessmentId, first, { text: 'x', principleIds: [] }, 'nowhere')).rejects.toMatchObject({
			errors: [{ field: 'question-area' }]
		});
	});
});

describe('removing them', () => {
	it('removes an unanswered question and takes it off contributors’ lists', async () => {
		const { first, second } = await furtherScrutiny();
		await addContributor(assessmentId, { name: 'Priya Shah', designation: 'Head of Service', email: '', questionIds: ['careless-1-1', second] });
		expect(await questionRemovalCheck(assessmentId, second)).toMatchObject({ refusals: [], contributors: ['Priya Shah'] });
		await removeLocalQuestion(assessmentId, second);
		const a = await stored();
		expect(a.localAreas[0]?.questions.map((q) => q.id)).toEqual([first]);
		expect(a.contributors[0]?.questionIds).toEqual(['careless-1-1']);
	});

	it('refuses to remove an answered question and writes nothing; once the answer is cleared it may go, its history kept', async () => {
		const { first } = await furtherScrutiny();
		await answer(first, { statement: 'The IRO annual report comes in July.' });
		const before = await stored();
		const check = await questionRemovalCheck(assessmentId, first);
		expect(check.refusals).toEqual([{ questionId: first, kind: 'answer', message: 'Question 6.1 has an answer. Clear or move the answer first' }]);
		await expect(removeLocalQuestion(assessmentId, first)).rejects.toBeInstanceOf(RemovalRefusedError);
		expect(await stored()).toEqual(before);

		await answer(first, { statement: '', status: 'not-started' });
		await removeLocalQuestion(assessmentId, first);
		expect((await stored()).localAreas[0]?.questions).toHaveLength(1);
		// Nothing stored is deleted: the answer record and both versions of its text stay with the statement.
		const response = await getResponse(assessmentId, first);
		expect(response).toBeDefined();
		expect((await getDatabase().revisions.where('responseId').equals(response!.id).toArray()).map((r) => r.statement)).toContain(
			'The IRO annual report comes in July.'
		);
	});

	it('refuses while a councillor’s note or a recommendation refers to the question', async () => {
		const { first, second } = await furtherScrutiny();
		await saveProfile({ name: 'Cllr Jo Lee', role: 'councillor', designation: '' });
		await addNote({ assessmentId, questionId: first, kind: 'question', text: 'Who chairs it?' });
		await addRecommendation({
			...emptyRecommendationInput(),
			meetingDate: { day: '25', month: '3', year: '2026' },
			itemTitle: 'Careless',
			text: 'That the panel sees the sufficiency plan.',
			assessmentId,
			questionIds: [second]
		});
		expect((await questionRemovalCheck(assessmentId, first)).refusals.map((r) => r.kind)).toEqual(['notes']);
		expect((await questionRemovalCheck(assessmentId, second)).refusals.map((r) => r.kind)).toEqual(['recommendations']);
		await expect(removeLocalQuestion(assessmentId, second)).rejects.toBeInstanceOf(RemovalRefusedError);
	});

	it('removes an area with its questions only when none is refused', async () => {
		const { areaId, first } = await furtherScrutiny();
		const empty = await addLocalArea(assessmentId, 'Lines of enquiry');
		await answer(first, { notApplicable: true, notApplicableReason: 'No IRO service here' });
		expect((await areaRemovalCheck(assessmentId, areaId)).questions).toHaveLength(2);
		await expect(removeLocalArea(assessmentId, areaId)).rejects.toBeInstanceOf(RemovalRefusedError);
		await removeLocalArea(assessmentId, empty);
		expect((await stored()).localAreas.map((a) => a.id)).toEqual([areaId]);
		await answer(first, { notApplicable: false, notApplicableReason: '' });
		await removeLocalArea(assessmentId, areaId);
		expect((await stored()).localAreas).toEqual([]);
	});
});

describe('in a contribution pack', () => {
	it("go to the reporter asked to answer them, placed as on the coordinator's device", async () => {
		const { second } = await furtherScrutiny();
		const contributorId = await addContributor(assessmentId, { name: 'Priya Shah', designation: 'Head of Service', email: '', questionIds: [second] });
		const pack = await exportPack(assessmentId, contributorId);
		const read = readExchangeFile(serialise(pack));
		if (!read.ok || read.file.type !== 'scrutiny-contribution-pack') throw new Error('the pack did not read back');
		useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`));
		const copyId = await openPackForAnswering(read.file);
		const copy = (await getAssessment(copyId))!;
		const asked = new Set(copy.pack?.contributor.questionIds);
		const placed = placedQuestions(copy).filter((p) => asked.has(p.question.id));
		expect(placed.map((p) => [`${p.areaNumber}.${p.questionNumber}`, p.question.text, p.local])).toEqual([['6.2', 'What is the sufficiency plan?', true]]);
		// The reporter's copy cannot change them.
		await expect(addLocalArea(copyId, 'Mine')).rejects.toBeInstanceOf(NotAllowedError);
	});
});
