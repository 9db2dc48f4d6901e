import { beforeEach, describe, expect, it } from 'vitest';
import { draftOf, emptyDraft } from '../../../src/lib/domain/response.ts';
import { readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import { serialise } from '../../../src/lib/domain/file-format/write.ts';
import type { PackFile } from '../../../src/lib/domain/file-format/schema.ts';
import { createAssessment, getAssessment, listResponses } from '../../../src/lib/storage/assessments.ts';
import { addContributor, removeContributor } from '../../../src/lib/storage/contributors.ts';
import { ScrutinyDatabase, getDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { MissingRecordError, ValidationError } from '../../../src/lib/storage/errors.ts';
import { getResponse, saveResponse } from '../../../src/lib/storage/responses.ts';
import { getAnswerHistory } from '../../../src/lib/storage/revisions.ts';
import {
	PackRefusedError,
	exportPack,
	exportPackReturn,
	mergePack,
	openPackForAnswering,
	planPackImport,
	type ConflictChoice
} from '../../../src/lib/storage/transfer.ts';
import { detailsInput } from './helpers.ts';

/** The reporter in the journey, and her three questions. */
const priya = {
	name: 'Priya Shah',
	designation: 'Head of Service – Children in Care',
	email: 'priya.shah@anytown.gov.uk',
	questionIds: ['careless-1-1', 'careless-1-2', 'careless-2-1']
};

/** Saves `statement` over whatever is stored, as the answer editor would. */
async function answer(assessmentId: string, questionId: string, statement: string, author = '') {
	const current = await getResponse(assessmentId, questionId);
	const draft = current ? draftOf(current) : emptyDraft([]);
	return saveResponse({ assessmentId, questionId, draft: { ...draft, statement }, baseRev: current?.rev ?? 0, author });
}

/** The file as another device receives it: written out and read back through the validator. */
function received(file: PackFile): PackFile {
	const result = readExchangeFile(serialise(file));
	if (!result.ok) throw new Error(`the pack did not read back: ${JSON.stringify(result.problems)}`);
	if (result.file.type !== 'scrutiny-contribution-pack') throw new Error('not a pack');
	return result.file;
}

/** Moves to a fresh, empty "other device" and returns it. */
function otherDevice(): ScrutinyDatabase {
	const db = new ScrutinyDatabase(`test-${crypto.randomUUID()}`);
	useDatabase(db);
	return db;
}

/** Everything in the database, to show a refusal wrote nothing. */
async function dump() {
	const db = getDatabase();
	return {
		assessments: await db.assessments.toArray(),
		responses: await db.responses.toArray(),
		revisions: await db.revisions.toArray()
	};
}

/** Lets the clock move on, so a later save has a later time. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

/**
 * The coordinator's statement: drafts for 1.1 and 2.1 (in Priya's pack) and
 * 3.1 (not in it); Priya is asked to answer 1.1, 1.2 and 2.1.
 */
async function coordinatorStatement() {
	const coordinator = otherDevice();
	const a = await createAssessment(detailsInput());
	await answer(a.id, 'careless-1-1', 'Coordinator draft of 1.1.', 'Sam Patel, Quality Assurance Unit Manager');
	await answer(a.id, 'careless-2-1', 'Coordinator draft of 2.1.', 'Sam Patel, Quality Assurance Unit Manager');
	await answer(a.id, 'careless-3-1', 'Complaints: not in the pack.', 'Sam Patel, Quality Assurance Unit Manager');
	const priyaId = await addContributor(a.id, priya);
	return { coordinator, a, priyaId };
}

/**
 * The whole round: the coordinator makes Priya's pack and then edits 1.1;
 * later, on her own device, Priya edits 1.1 and 2.1, answers 1.2 and sends
 * her answers back. Leaves the coordinator's device in use.
 */
async function roundTrip() {
	const { coordinator, a, priyaId } = await coordinatorStatement();
	const pack = received(await exportPack(a.id, priyaId));
	await tick();
	await answer(a.id, 'careless-1-1', 'Coordinator’s edit of 1.1.', 'Sam Patel, Quality Assurance Unit Manager');

	const reporter = otherDevice();
	await openPackForAnswering(pack);
	await tick();
	await answer(a.id, 'careless-1-1', 'Priya’s version of 1.1.');
	await answer(a.id, 'careless-1-2', 'Priya’s new answer to 1.2.');
	await answer(a.id, 'careless-2-1', 'Priya’s version of 2.1.');
	const back = received(await exportPackReturn(a.id));

	useDatabase(coordinator);
	return { coordinator, reporter, a, pack, back };
}

const texts = async (assessmentId: string) =>
	Object.fromEntries((await listResponses(assessmentId)).map((r) => [r.questionId, r.statement]));

beforeEach(() => {
	otherDevice();
});

describe('assigning questions to a contributor', () => {
	it('adds the reporter with their questions in statement order, email kept as typed text', async () => {
		const a = await createAssessment(detailsInput());
		const id = await addContributor(a.id, {
			name: '  Priya   Shah ',
			designation: priya.designation,
			email: ' priya.shah@anytown.gov.uk ',
			questionIds: ['careless-2-1', 'careless-1-1']
		});
		expect((await getAssessment(a.id))?.contributors).toEqual([
			{
				id,
				name: 'Priya Shah',
				designation: 'Head of Service – Children in Care',
				email: 'priya.shah@anytown.gov.uk',
				questionIds: ['careless-1-1', 'careless-2-1']
			}
		]);
	});

	it('refuses a contributor without a name, designation or question, and writes nothing', async () => {
		const a = await createAssessment(detailsInput());
		const before = await dump();
		const refusal = await addContributor(a.id, { name: ' ', designation: '', email: '', questionIds: [] }).catch((e: unknown) => e);
		expect(refusal).toBeInstanceOf(ValidationError);
		expect((refusal as ValidationError).errors.map((e) => e.field)).toEqual(['contributor-name', 'contributor-designation', 'contributor-questions']);
		expect(await dump()).toEqual(before);
	});

	it('removing a contributor leaves their answers', async () => {
		const { a, priyaId } = await coordinatorStatement();
		await removeContributor(a.id, priyaId);
		expect((await getAssessment(a.id))?.contributors).toEqual([]);
		expect((await getResponse(a.id, 'careless-1-1'))?.statement).toBe('Coordinator draft of 1.1.');
	});

	it('cannot add a contributor to a statement that is not on this device', async () => {
		await expect(addContributor('no-such-statement', priya)).rejects.toBeInstanceOf(MissingRecordError);
	});
});

describe('a contribution pack', () => {
	it("holds the statement's details and only that reporter's answers and their history", async () => {
		const { a, priyaId } = await coordinatorStatement();
		await addContributor(a.id, { name: 'Alex Morgan', designation: 'Complaints Manager', email: 'alex@anytown.gov.uk', questionIds: ['careless-3-1'] });
		const pack = received(await exportPack(a.id, priyaId));

		expect(pack.type).toBe('scrutiny-contribution-pack');
		expect(pack.data.returnedAt).toBeUndefined();
		expect(pack.data.pack.contributor).toMatchObject({ name: 'Priya Shah', questionIds: priya.questionIds });
		expect(pack.data.assessment).toMatchObject({ id: a.id, title: a.title, council: 'Anytown Borough Council', panel: a.panel, meetingDate: '2026-03-25' });
		expect(pack.data.assessment.coordinator).toEqual({ name: 'Sam Patel', designation: 'Quality Assurance Unit Manager' });
		// Other contributors' names and email addresses do not travel.
		expect(pack.data.assessment.contributors).toEqual([]);
		expect(serialise(pack)).not.toContain('alex@anytown.gov.uk');
		expect(pack.data.responses.map((r) => r.questionId).sort()).toEqual(['careless-1-1', 'careless-2-1']);
		expect(pack.data.revisions.map((r) => r.questionId).sort()).toEqual(['careless-1-1', 'careless-2-1']);
		expect(serialise(pack)).not.toContain('Complaints: not in the pack.');
	});

	it('cannot be made for a contributor who is not on the statement', async () => {
		const { a } = await coordinatorStatement();
		await expect(exportPack(a.id, 'someone-else')).rejects.toBeInstanceOf(MissingRecordError);
	});

	it("opens on the reporter's fresh device as her copy, with only her questions", async () => {
		const { a, priyaId } = await coordinatorStatement();
		const pack = received(await exportPack(a.id, priyaId));

		otherDevice();
		expect((await planPackImport(pack)).kind).toBe('answer');
		expect(await openPackForAnswering(pack)).toBe(a.id);
		const copy = await getAssessment(a.id);
		expect(copy?.pack).toMatchObject({ packId: pack.data.pack.packId, contributor: { name: 'Priya Shah', questionIds: priya.questionIds } });
		expect(copy?.contributors).toEqual([]);
		expect(await texts(a.id)).toEqual({ 'careless-1-1': 'Coordinator draft of 1.1.', 'careless-2-1': 'Coordinator draft of 2.1.' });
		// The coordinator's history comes with it, so the merge back can tell who changed what.
		expect((await getAnswerHistory(a.id, 'careless-1-1')).versions.map((v) => v.revision.statement)).toEqual(['Coordinator draft of 1.1.']);

		// Opening the same pack again changes nothing and says where her questions are.
		const before = await dump();
		const again = await planPackImport(pack);
		expect(again).toMatchObject({ kind: 'refused', statementId: a.id });
		expect(again.kind === 'refused' && again.reason).toContain('already open on this device');
		await expect(openPackForAnswering(pack)).rejects.toBeInstanceOf(PackRefusedError);
		expect(await dump()).toEqual(before);
	});

	it("sends back only her questions, marked as answers and naming her on saves made without a profile", async () => {
		const { back } = await roundTrip();
		expect(back.data.returnedAt).toBe(back.exportedAt);
		expect(back.data.responses.map((r) => r.questionId).sort()).toEqual(priya.questionIds);
		const hers = back.data.revisions.filter((r) => r.statement.startsWith('Priya’s'));
		expect(hers).toHaveLength(3);
		expect(new Set(hers.map((r) => r.savedBy))).toEqual(new Set(['Priya Shah, Head of Service – Children in Care']));
		// The coordinator's own versions keep their author.
		expect(back.data.revisions.find((r) => r.statement === 'Coordinator draft of 1.1.')?.savedBy).toBe('Sam Patel, Quality Assurance Unit Manager');
	});

	it("cannot be sent back from the coordinator's own statement", async () => {
		const { a } = await coordinatorStatement();
		await expect(exportPackReturn(a.id)).rejects.toBeInstanceOf(MissingRecordError);
	});
});

describe('merging the answers back', () => {
	it('plans: answers changed only by the reporter merge, one changed on both sides is a conflict', async () => {
		const { a, back } = await roundTrip();
		const plan = await planPackImport(back);
		if (plan.kind !== 'merge') throw new Error(`expected a merge, got ${plan.kind}`);
		expect(Object.fromEntries(plan.steps.map((s) => [s.questionId, s.action]))).toEqual({
			'careless-1-1': 'conflict',
			'careless-1-2': 'add',
			'careless-2-1': 'take-theirs'
		});
		expect(plan.existing.id).toBe(a.id);
	});

	it('writes nothing until the conflict has a choice', async () => {
		const { a, back } = await roundTrip();
		const before = await dump();
		await expect(mergePack(back, {}, 'Sam Patel')).rejects.toThrow('Choose which version to keep for question careless-1-1');
		expect(await dump()).toEqual(before);
		expect((await getResponse(a.id, 'careless-2-1'))?.statement).toBe('Coordinator draft of 2.1.');
	});

	const sam = 'Sam Patel, Quality Assurance Unit Manager';
	const choices: { choice: ConflictChoice; kept: string; keptBy: string; lost: string[] }[] = [
		{ choice: 'theirs', kept: 'Priya’s version of 1.1.', keptBy: 'Priya Shah, Head of Service – Children in Care', lost: ['Coordinator’s edit of 1.1.'] },
		{ choice: 'mine', kept: 'Coordinator’s edit of 1.1.', keptBy: sam, lost: ['Priya’s version of 1.1.'] },
		{
			choice: { combined: 'Coordinator’s edit of 1.1. With Priya’s figures.' },
			kept: 'Coordinator’s edit of 1.1. With Priya’s figures.',
			// The combination is written by whoever merges, not by Priya.
			keptBy: 'Jo Bloggs, Scrutiny Officer',
			lost: ['Coordinator’s edit of 1.1.', 'Priya’s version of 1.1.']
		}
	];

	it.each(choices)('choosing $choice keeps "$kept" and the losing version stays in the history', async ({ choice, kept, keptBy, lost }) => {
		const { a, back } = await roundTrip();
		await mergePack(back, { 'careless-1-1': choice }, 'Jo Bloggs, Scrutiny Officer');

		expect(await texts(a.id)).toEqual({
			'careless-1-1': kept,
			'careless-1-2': 'Priya’s new answer to 1.2.',
			'careless-2-1': 'Priya’s version of 2.1.',
			'careless-3-1': 'Complaints: not in the pack.'
		});
		const history = await getAnswerHistory(a.id, 'careless-1-1');
		const statements = history.versions.map((v) => v.revision.statement);
		for (const text of lost) expect(statements).toContain(text);
		expect(history.versions.find((v) => v.current)?.revision).toMatchObject({ statement: kept, savedBy: keptBy });
		expect(history.response?.updatedBy).toBe(keptBy);
		// Priya's version is in the history under her name, whichever was chosen.
		expect(history.versions.find((v) => v.revision.statement === 'Priya’s version of 1.1.')?.revision.savedBy).toBe(
			'Priya Shah, Head of Service – Children in Care'
		);
		// The answer and statement pages show the change as the coordinator's device's latest.
		expect((await getAssessment(a.id))?.pack).toBeUndefined();
	});

	it.each(choices)('merging the same answers twice changes nothing the second time (chose $choice)', async ({ choice }) => {
		const { back } = await roundTrip();
		await mergePack(back, { 'careless-1-1': choice }, 'Sam Patel');
		const before = await dump();
		const again = await planPackImport(back);
		if (again.kind !== 'merge') throw new Error(`expected a merge, got ${again.kind}`);
		expect(again.steps.filter((s) => s.action !== 'same' && s.action !== 'keep-mine')).toEqual([]);
		await mergePack(back, {}, 'Sam Patel');
		expect(await dump()).toEqual(before);
	});

	it('a second return after more edits: taken when the coordinator kept hers, a conflict when he kept his own', async () => {
		for (const [choice, second] of [
			['theirs', 'take-theirs'],
			['mine', 'conflict'],
			[{ combined: 'Combined 1.1.' }, 'conflict']
		] as const) {
			const { coordinator, reporter, a, back } = await roundTrip();
			await mergePack(back, { 'careless-1-1': choice }, 'Sam Patel');

			useDatabase(reporter);
			await tick();
			await answer(a.id, 'careless-1-1', 'Priya’s corrected 1.1.');
			const again = received(await exportPackReturn(a.id));

			useDatabase(coordinator);
			const plan = await planPackImport(again);
			if (plan.kind !== 'merge') throw new Error(`expected a merge, got ${plan.kind}`);
			expect({ choice, action: plan.steps.find((s) => s.questionId === 'careless-1-1')?.action }).toEqual({ choice, action: second });
		}
	});

	it('keeps answers the coordinator changed and the reporter did not', async () => {
		const { coordinator, a, priyaId } = await coordinatorStatement();
		const pack = received(await exportPack(a.id, priyaId));
		otherDevice();
		await openPackForAnswering(pack);
		await answer(a.id, 'careless-1-2', 'Priya answers 1.2 only.');
		const back = received(await exportPackReturn(a.id));
		useDatabase(coordinator);
		await answer(a.id, 'careless-2-1', 'Coordinator’s later 2.1.');
		await mergePack(back, {}, 'Sam Patel');
		expect(await texts(a.id)).toMatchObject({
			'careless-1-1': 'Coordinator draft of 1.1.',
			'careless-1-2': 'Priya answers 1.2 only.',
			'careless-2-1': 'Coordinator’s later 2.1.'
		});
	});
});

describe('packs that cannot be merged are refused, writing nothing', () => {
	async function refused(file: PackFile, words: string) {
		const before = await dump();
		const plan = await planPackImport(file);
		expect(plan.kind).toBe('refused');
		expect(plan.kind === 'refused' && plan.reason).toContain(words);
		const error = await mergePack(file, {}, 'Sam Patel').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(PackRefusedError);
		expect((error as Error).message).toContain(words);
		expect(await dump()).toEqual(before);
	}

	it('answers for a statement that is not on this device (another statement is)', async () => {
		const { back } = await roundTrip();
		otherDevice();
		await createAssessment(detailsInput({ council: 'Othertown Council' }));
		await refused(back, 'that position statement is not on this device');
		await expect(openPackForAnswering(back)).rejects.toBeInstanceOf(PackRefusedError);
	});

	it('a pack that has not been answered, opened on the coordinator’s device', async () => {
		const { pack } = await roundTrip();
		await refused(pack, 'it has no answers from them yet');
	});

	it("answers opened on a reporter's copy rather than the statement", async () => {
		const { reporter, back } = await roundTrip();
		useDatabase(reporter);
		await refused(back, "This device holds a reporter's copy");
	});
});

describe('a bad pack file writes nothing', () => {
	async function tampered(change: (json: Record<string, any>) => void) {
		const { back } = await roundTrip();
		const json = JSON.parse(serialise(back)) as Record<string, any>;
		change(json);
		return { back, text: JSON.stringify(json) };
	}

	it.each([
		[
			'an answer to a question not in the pack',
			(json: Record<string, any>) => {
				json.data.responses[0].questionId = 'careless-3-1';
			},
			'data.responses[0].questionId: question careless-3-1 is not one of this pack\'s questions'
		],
		[
			'text where a number belongs',
			(json: Record<string, any>) => {
				json.data.responses[0].rev = 'two';
			},
			'data.responses[0].rev: expected a number, got text'
		],
		[
			'no reporter',
			(json: Record<string, any>) => {
				delete json.data.pack.contributor;
			},
			'data.pack.contributor: is missing'
		]
	])('%s is refused with its path', async (_label, change, line) => {
		const { text } = await tampered(change);
		const before = await dump();
		const result = readExchangeFile(text);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.map((p) => `${p.path}: ${p.message}`)).toContain(line);
		expect(await dump()).toEqual(before);
	});

	it('cut short: not JSON at all', async () => {
		const { back } = await roundTrip();
		const result = readExchangeFile(serialise(back).slice(0, 500));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems[0]?.message).toMatch(/^this is not a file the app can read: it is not valid JSON/);
	});

	it('an answer that would overwrite another answer here is refused and the whole merge undone', async () => {
		const { a, back } = await roundTrip();
		const other = await getResponse(a.id, 'careless-3-1');
		// Priya's new 1.2 made to carry the id of the coordinator's 3.1 answer.
		const newAnswer = back.data.responses.find((r) => r.questionId === 'careless-1-2');
		if (!newAnswer || !other) throw new Error('setup');
		const oldId = newAnswer.id;
		const file: PackFile = {
			...back,
			data: {
				...back.data,
				responses: back.data.responses.map((r) => (r.id === oldId ? { ...r, id: other.id } : r)),
				revisions: back.data.revisions.map((r) => (r.responseId === oldId ? { ...r, responseId: other.id } : r))
			}
		};
		const before = await dump();
		await expect(mergePack(file, { 'careless-1-1': 'theirs' }, 'Sam Patel')).rejects.toThrow('has the same id as another answer on this device');
		expect(await dump()).toEqual(before);
	});
});
