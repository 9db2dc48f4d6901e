import { describe, expect, it } from 'vitest';
import { ASSESSMENT_KEY, type DocumentKind } from '../../../../src/lib/domain/team/documents.ts';
import { checkRecordChange, isWithheld, sameJson, type WithheldResponse } from '../../../../src/lib/domain/team/record-rules.ts';
import type { Access } from '../../../../src/lib/domain/team/roles.ts';
import type { Recommendation } from '../../../../src/lib/domain/types.ts';
import { assessment, note, response, revision } from '../../../server/support/records.ts';

/**
 * The rules every change to a shared statement's documents must pass
 * (record-rules.ts), change by change, as a person with each kind of access
 * would try them. A refusal is what the person sees on their screen, so each
 * test checks both that a change is refused and why.
 */

const STATEMENT = 'st-2026-anytown';
const OTHER_STATEMENT = 'st-2026-elsewhere';

const coordinator: Access = { role: 'coordinator', exempt: true };
const editor: Access = { role: 'edit', exempt: false };
const exemptEditor: Access = { role: 'edit', exempt: true };
const commenter: Access = { role: 'comment', exempt: false };
const exemptCommenter: Access = { role: 'comment', exempt: true };
const reader: Access = { role: 'read', exempt: false };

/** The signed-in people's names, which their notes and replies carry. */
const JO = 'Cllr Jo Bloggs';
const PRIYA = 'Priya Shah';
const SAM = 'Cllr Sam Other';

/** Records as they will be once the update is applied (what `current` reads). */
type Current = Record<string, Record<string, unknown>>;

function check(
	kind: DocumentKind,
	map: string,
	key: string,
	change: { before?: unknown; after?: unknown },
	access: Access,
	current: Current = {},
	personName = JO
): string | undefined {
	return checkRecordChange(
		{ map, key, before: change.before, after: change.after },
		{ statementId: STATEMENT, kind, access, personName, current: (m, k) => current[m]?.[k] }
	);
}

const answer = response(STATEMENT, 'q1', 'Placement stability is 68% (Q2 2026/27), SN 70%.');
const exemptAnswer = response(STATEMENT, 'q2', 'The provider named in Part 2 has a deficit of £1.2m', {
	exempt: true,
	exemptionCategory: 'Schedule 12A, paragraph 3'
});
const placeholder: WithheldResponse = {
	id: exemptAnswer.id,
	assessmentId: STATEMENT,
	questionId: exemptAnswer.questionId,
	withheld: true,
	updatedAt: exemptAnswer.updatedAt
};

function recommendation(overrides: Partial<Recommendation> = {}): Recommendation {
	const by = { name: 'Cllr Jo Bloggs', role: 'councillor' as const, designation: 'Chair' };
	return {
		id: 'rec-1',
		meetingDate: '2027-01-21',
		itemTitle: 'Children in care: position statement',
		text: 'Report placement stability against statistical neighbours each quarter.',
		assessmentId: STATEMENT,
		questionIds: ['q1'],
		actionTaken: '',
		status: 'outstanding',
		reviewMonth: '',
		history: [{ at: '2027-01-21T18:00:00.000Z', by, status: 'outstanding', reviewMonth: '', actionTaken: '' }],
		createdAt: '2027-01-21T18:00:00.000Z',
		updatedAt: '2027-01-21T18:00:00.000Z',
		...overrides
	};
}

describe('maps a document does not hold', () => {
	it.each([
		['main', 'notes'],
		['main', 'recommendations'],
		['exempt', 'assessment'],
		['exempt', 'notes'],
		['panel', 'responses'],
		['panel', 'assessment'],
		['main', 'secrets']
	] as const)('the %s document refuses a record in %s', (kind, map) => {
		expect(check(kind, map, 'x', { after: { id: 'x' } }, coordinator)).toBe(`${map} "x": this document holds no ${map}`);
	});

	it('refuses map names that are properties of every object', () => {
		for (const map of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
			expect(check('main', map, 'x', { after: {} }, coordinator)).toContain(`this document holds no ${map}`);
		}
	});
});

describe("the statement's details (main document, assessment)", () => {
	const details = assessment(STATEMENT);

	it('the coordinator sets them', () => {
		expect(check('main', 'assessment', ASSESSMENT_KEY, { after: details }, coordinator)).toBeUndefined();
		expect(check('main', 'assessment', ASSESSMENT_KEY, { before: details, after: { ...details, title: 'Renamed' } }, coordinator)).toBeUndefined();
	});

	it('no one else does, whatever their access', () => {
		for (const access of [editor, exemptEditor, commenter, reader]) {
			expect(check('main', 'assessment', ASSESSMENT_KEY, { before: details, after: { ...details, title: 'Renamed' } }, access)).toBe(
				`assessment "record": only the coordinator changes the statement's details`
			);
		}
	});

	it('are kept under "record" only', () => {
		expect(check('main', 'assessment', STATEMENT, { after: details }, coordinator)).toContain('are kept under "record"');
	});

	it('are never removed, even by the coordinator', () => {
		expect(check('main', 'assessment', ASSESSMENT_KEY, { before: details, after: undefined }, coordinator)).toContain('cannot be removed');
	});

	it("must be this statement's and fit the file format", () => {
		expect(check('main', 'assessment', ASSESSMENT_KEY, { after: assessment(OTHER_STATEMENT) }, coordinator)).toContain('belongs to another statement');
		expect(check('main', 'assessment', ASSESSMENT_KEY, { after: { ...details, meetingDate: 'next Tuesday' } }, coordinator)).toMatch(
			/does not fit the file format at meetingDate/
		);
	});
});

describe('answers (main document, responses)', () => {
	it('the coordinator and people who can edit add and change answers', () => {
		expect(check('main', 'responses', answer.id, { after: answer }, coordinator)).toBeUndefined();
		expect(check('main', 'responses', answer.id, { before: answer, after: { ...answer, statement: 'Revised', rev: 2 } }, editor)).toBeUndefined();
	});

	it('people who can comment or read change no answer, even with the exempt flag', () => {
		for (const access of [commenter, exemptCommenter, reader]) {
			expect(check('main', 'responses', answer.id, { before: answer, after: { ...answer, statement: 'Changed' } }, access)).toBe(
				`responses "${answer.id}": only the coordinator and people who can edit change answers`
			);
		}
	});

	it('are never removed, not even by the coordinator', () => {
		for (const access of [coordinator, editor, reader]) {
			expect(check('main', 'responses', answer.id, { before: answer, after: undefined }, access)).toContain('answers are never removed');
		}
		expect(check('main', 'responses', placeholder.id, { before: placeholder, after: undefined }, coordinator)).toContain('answers are never removed');
	});

	it('an exempt answer is never kept here in full, whoever sends it', () => {
		for (const access of [coordinator, exemptEditor]) {
			expect(check('main', 'responses', exemptAnswer.id, { after: exemptAnswer }, access)).toContain(
				'an exempt answer is kept in the exempt document, with only a placeholder here'
			);
		}
	});

	it('the withheld placeholder is accepted from people who see exempt answers', () => {
		expect(isWithheld(placeholder)).toBe(true);
		expect(check('main', 'responses', placeholder.id, { after: placeholder }, coordinator)).toBeUndefined();
		expect(check('main', 'responses', placeholder.id, { after: placeholder }, exemptEditor)).toBeUndefined();
		// Marking an open answer exempt replaces it by its placeholder.
		const open = { ...exemptAnswer, exempt: false, exemptionCategory: '' };
		expect(check('main', 'responses', placeholder.id, { before: open, after: placeholder }, exemptEditor)).toBeUndefined();
	});

	it('a placeholder cannot carry any of the exempt answer, only the exemption the public copy states', () => {
		const leaky = { ...placeholder, statement: exemptAnswer.statement };
		expect(check('main', 'responses', placeholder.id, { after: leaky }, coordinator)).toMatch(/does not fit the file format/);
		for (const field of ['reporters', 'figures', 'actions', 'notApplicableReason', 'selfRating'] as const) {
			const carrying = { ...placeholder, [field]: exemptAnswer[field] };
			expect(check('main', 'responses', placeholder.id, { after: carrying }, coordinator), field).toMatch(/does not fit the file format/);
		}
		// The exemption relied on is printed in the public copy ("Exemption: Schedule 12A, paragraph 3"), so it may go with the placeholder.
		const categorised = { ...placeholder, exemptionCategory: exemptAnswer.exemptionCategory };
		expect(check('main', 'responses', placeholder.id, { after: categorised }, coordinator)).toBeUndefined();
		const long = { ...placeholder, exemptionCategory: 'x'.repeat(201) };
		expect(check('main', 'responses', placeholder.id, { after: long }, coordinator)).toMatch(/does not fit the file format/);
	});

	it('only people who see exempt answers put, change or replace a placeholder', () => {
		const refusal = 'only people who can see exempt answers change an exempt answer';
		// Marking an answer exempt.
		expect(check('main', 'responses', placeholder.id, { before: answer, after: { ...placeholder, id: answer.id, questionId: 'q1' } }, editor)).toContain(
			refusal
		);
		// Touching a placeholder.
		expect(check('main', 'responses', placeholder.id, { before: placeholder, after: { ...placeholder, updatedAt: '2027-01-01T00:00:00.000Z' } }, editor)).toContain(
			refusal
		);
		// Overwriting an exempt answer's place with an open answer (un-withholding it).
		const overwrite = { ...exemptAnswer, exempt: false, exemptionCategory: '', statement: 'Nothing to see here' };
		expect(check('main', 'responses', placeholder.id, { before: placeholder, after: overwrite }, editor)).toContain(refusal);
		// Someone who sees exempt answers may make it an open answer again.
		expect(check('main', 'responses', placeholder.id, { before: placeholder, after: overwrite }, exemptEditor)).toBeUndefined();
	});

	it('records under a key other than their id are refused', () => {
		expect(check('main', 'responses', 'another-key', { after: answer }, coordinator)).toBe('responses "another-key": is kept under a key other than its id');
		expect(check('main', 'responses', 'another-key', { after: placeholder }, coordinator)).toContain('is kept under a key other than its id');
	});

	it("records of another statement are refused", () => {
		const foreign = response(OTHER_STATEMENT, 'q1', 'Another council’s answer');
		expect(check('main', 'responses', foreign.id, { after: foreign }, coordinator)).toContain('belongs to another statement');
		expect(check('main', 'responses', placeholder.id, { after: { ...placeholder, assessmentId: OTHER_STATEMENT } }, coordinator)).toContain(
			'belongs to another statement'
		);
	});

	it('records that do not fit the file format are refused, naming the field', () => {
		expect(check('main', 'responses', answer.id, { after: { ...answer, statement: 42 } }, coordinator)).toMatch(/does not fit the file format at statement/);
		expect(check('main', 'responses', answer.id, { after: 'just text' }, coordinator)).toMatch(/does not fit the file format/);
	});
});

describe('saved versions (main document, revisions)', () => {
	const saved = revision(answer);

	it('the coordinator and people who can edit save versions', () => {
		expect(check('main', 'revisions', saved.id, { after: saved }, editor)).toBeUndefined();
		expect(check('main', 'revisions', saved.id, { after: saved }, coordinator)).toBeUndefined();
	});

	it('people who can comment or read save none', () => {
		for (const access of [commenter, exemptCommenter, reader]) {
			expect(check('main', 'revisions', saved.id, { after: saved }, access)).toContain('only the coordinator and people who can edit save versions');
		}
	});

	it('a saved version is never changed; setting it again as it was is no change', () => {
		expect(check('main', 'revisions', saved.id, { before: saved, after: { ...saved, statement: 'Rewritten history' } }, coordinator)).toBe(
			`revisions "${saved.id}": a saved version is never changed`
		);
		const reordered = Object.fromEntries(Object.entries(saved).reverse());
		expect(check('main', 'revisions', saved.id, { before: saved, after: reordered }, coordinator)).toBeUndefined();
	});

	it('a saved version is never removed while its answer is open', () => {
		const current = { responses: { [answer.id]: answer } };
		for (const access of [coordinator, editor, exemptEditor]) {
			expect(check('main', 'revisions', saved.id, { before: saved, after: undefined }, access, current)).toContain('saved versions are never removed');
		}
		// Nor when its answer is not there at all.
		expect(check('main', 'revisions', saved.id, { before: saved, after: undefined }, coordinator)).toContain('saved versions are never removed');
	});

	it('the one removal: a version of an answer now withheld, by someone who sees exempt answers', () => {
		const current = { responses: { [exemptAnswer.id]: placeholder } };
		const exemptVersion = revision({ ...exemptAnswer, exempt: false });
		expect(check('main', 'revisions', exemptVersion.id, { before: exemptVersion, after: undefined }, coordinator, current)).toBeUndefined();
		expect(check('main', 'revisions', exemptVersion.id, { before: exemptVersion, after: undefined }, exemptEditor, current)).toBeUndefined();
		// Not by someone who cannot see exempt answers.
		expect(check('main', 'revisions', exemptVersion.id, { before: exemptVersion, after: undefined }, editor, current)).toContain(
			'saved versions are never removed'
		);
		// Not a version of another answer.
		const current2 = { responses: { [exemptAnswer.id]: placeholder, [answer.id]: answer } };
		expect(check('main', 'revisions', saved.id, { before: saved, after: undefined }, coordinator, current2)).toContain('saved versions are never removed');
	});

	it('a saved version of an answer now withheld is never added here, even by the coordinator', () => {
		const current = { responses: { [exemptAnswer.id]: placeholder } };
		const exemptVersion = revision({ ...exemptAnswer, exempt: false });
		for (const access of [coordinator, exemptEditor]) {
			expect(check('main', 'revisions', exemptVersion.id, { after: exemptVersion }, access, current)).toBe(
				`revisions "${exemptVersion.id}": a saved version of an exempt answer is kept in the exempt document`
			);
		}
	});

	it('keys and statements are checked', () => {
		expect(check('main', 'revisions', 'another-key', { after: saved }, coordinator)).toContain('is kept under a key other than its id');
		const foreign = revision(response(OTHER_STATEMENT, 'q1', 'Elsewhere'));
		expect(check('main', 'revisions', foreign.id, { after: foreign }, coordinator)).toContain('belongs to another statement');
		expect(check('main', 'revisions', saved.id, { after: { ...saved, rev: 0 } }, coordinator)).toMatch(/does not fit the file format at rev/);
	});
});

describe('the exempt document', () => {
	const exemptVersion = revision(exemptAnswer);

	it('accepts exempt answers', () => {
		expect(check('exempt', 'responses', exemptAnswer.id, { after: exemptAnswer }, coordinator)).toBeUndefined();
		expect(check('exempt', 'responses', exemptAnswer.id, { before: exemptAnswer, after: { ...exemptAnswer, statement: 'Revised', rev: 2 } }, exemptEditor)).toBeUndefined();
	});

	it('accepts only exempt answers: not an open answer, not a placeholder', () => {
		expect(check('exempt', 'responses', answer.id, { after: answer }, coordinator)).toBe(
			`responses "${answer.id}": only exempt answers are kept in the exempt document`
		);
		expect(check('exempt', 'responses', placeholder.id, { after: placeholder }, coordinator)).toMatch(/does not fit the file format/);
	});

	it('lets an answer that is no longer exempt leave', () => {
		expect(check('exempt', 'responses', exemptAnswer.id, { before: exemptAnswer, after: undefined }, exemptEditor)).toBeUndefined();
	});

	it('checks keys and statements', () => {
		expect(check('exempt', 'responses', 'another-key', { after: exemptAnswer }, coordinator)).toContain('is kept under a key other than its id');
		const foreign = response(OTHER_STATEMENT, 'q2', 'Elsewhere', { exempt: true });
		expect(check('exempt', 'responses', foreign.id, { after: foreign }, coordinator)).toContain('belongs to another statement');
	});

	it('keeps saved versions unchanged; they leave with their answer', () => {
		expect(check('exempt', 'revisions', exemptVersion.id, { after: exemptVersion }, exemptEditor)).toBeUndefined();
		expect(check('exempt', 'revisions', exemptVersion.id, { before: exemptVersion, after: { ...exemptVersion, statement: 'Rewritten' } }, coordinator)).toContain(
			'a saved version is never changed'
		);
		expect(check('exempt', 'revisions', exemptVersion.id, { before: exemptVersion, after: undefined }, coordinator)).toBeUndefined();
		expect(check('exempt', 'revisions', exemptVersion.id, { after: exemptVersion }, exemptCommenter)).toContain(
			'only the coordinator and people who can edit save versions'
		);
		expect(check('exempt', 'revisions', 'another-key', { after: exemptVersion }, coordinator)).toContain('is kept under a key other than its id');
	});
});

describe("councillors' notes (panel document, notes)", () => {
	const question = note(STATEMENT, 'q1', 'Why is stability below statistical neighbours?');
	const officer = { name: 'Alice Ward', role: 'officer' as const, designation: 'Quality Assurance Manager' };
	const reply = { id: 'reply-1', text: 'Two placements ended in the quarter; both are now stable.', author: officer, createdAt: '2026-12-02T10:00:00.000Z' };
	const answered = { ...question, replies: [reply] };
	const byPriya = { id: 'reply-2', text: 'The figures are in the Q3 report.', author: { name: PRIYA, role: 'officer' as const, designation: 'Placements Team Manager' }, createdAt: '2026-12-02T11:00:00.000Z' };

	it('a person who can comment or edit adds a note under their own name', () => {
		expect(check('panel', 'notes', question.id, { after: question }, commenter, {}, JO)).toBeUndefined();
		expect(check('panel', 'notes', question.id, { after: question }, editor, {}, JO)).toBeUndefined();
	});

	it('never under someone else’s name', () => {
		expect(check('panel', 'notes', question.id, { after: question }, commenter, {}, SAM)).toBe(`notes "${question.id}": a note is written under its writer’s own name`);
		expect(check('panel', 'notes', question.id, { after: question }, editor, {}, PRIYA)).toContain('a note is written under its writer’s own name');
	});

	it('the coordinator puts up notes whoever wrote them', () => {
		expect(check('panel', 'notes', question.id, { after: question }, coordinator, {}, 'Alice Ward')).toBeUndefined();
	});

	it('people who can read add no notes', () => {
		expect(check('panel', 'notes', question.id, { after: question }, reader)).toBe(`notes "${question.id}": people who can read do not add notes`);
		expect(check('panel', 'notes', question.id, { after: question }, { role: 'read', exempt: true })).toContain('people who can read do not add notes');
	});

	it('notes are never removed, even by the coordinator or their writer', () => {
		for (const access of [coordinator, commenter, reader]) {
			expect(check('panel', 'notes', question.id, { before: question, after: undefined }, access, {}, JO)).toContain('notes are never removed');
		}
	});

	it('only its writer changes a note, and it keeps its writer', () => {
		const reworded = { ...question, text: 'Why is stability 2 points below statistical neighbours?' };
		expect(check('panel', 'notes', question.id, { before: question, after: reworded }, commenter, {}, JO)).toBeUndefined();
		expect(check('panel', 'notes', question.id, { before: question, after: reworded }, commenter, {}, SAM)).toBe(`notes "${question.id}": only its writer changes a note`);
		expect(check('panel', 'notes', question.id, { before: question, after: reworded }, editor, {}, PRIYA)).toContain('only its writer changes a note');
		expect(check('panel', 'notes', question.id, { before: question, after: { ...question, kind: 'satisfied' } }, commenter, {}, SAM)).toContain(
			'only its writer changes a note'
		);
		const taken = { ...question, author: { ...question.author, name: SAM } };
		expect(check('panel', 'notes', question.id, { before: question, after: taken }, commenter, {}, SAM)).toBe(`notes "${question.id}": a note keeps its writer`);
		expect(check('panel', 'notes', question.id, { before: question, after: taken }, commenter, {}, JO)).toContain('a note keeps its writer');
	});

	it('its writer or an officer resolves a note; another councillor does not', () => {
		const resolved = { ...question, resolved: { at: '2026-12-03T09:00:00.000Z', by: officer } };
		expect(check('panel', 'notes', question.id, { before: question, after: resolved }, editor, {}, PRIYA)).toBeUndefined();
		expect(check('panel', 'notes', question.id, { before: question, after: resolved }, commenter, {}, JO)).toBeUndefined();
		expect(check('panel', 'notes', question.id, { before: question, after: resolved }, commenter, {}, SAM)).toBe(
			`notes "${question.id}": only its writer or an officer resolves a note`
		);
	});

	it('replies are added under their writer’s own name, never changed or removed', () => {
		expect(check('panel', 'notes', question.id, { before: question, after: answered }, coordinator, {}, 'Alice Ward')).toBeUndefined();
		expect(check('panel', 'notes', question.id, { before: answered, after: { ...answered, replies: [reply, byPriya] } }, editor, {}, PRIYA)).toBeUndefined();
		expect(check('panel', 'notes', question.id, { before: answered, after: { ...answered, replies: [reply, byPriya] } }, commenter, {}, SAM)).toBe(
			`notes "${question.id}": a reply is written under its writer’s own name`
		);

		for (const [access, name] of [[coordinator, 'Alice Ward'], [editor, PRIYA], [commenter, JO]] as const) {
			expect(check('panel', 'notes', question.id, { before: answered, after: { ...answered, replies: [{ ...reply, text: 'Nothing happened.' }] } }, access, {}, name)).toBe(
				`notes "${question.id}": replies are never changed or removed`
			);
			expect(check('panel', 'notes', question.id, { before: answered, after: question }, access, {}, name)).toContain('replies are never changed or removed');
		}
		expect(check('panel', 'notes', question.id, { before: answered, after: { ...answered, replies: [byPriya] } }, editor, {}, PRIYA)).toContain(
			'replies are never changed or removed'
		);
	});

	it('checks keys, statements and the file format', () => {
		expect(check('panel', 'notes', 'another-key', { after: question }, commenter)).toContain('is kept under a key other than its id');
		expect(check('panel', 'notes', question.id, { after: note(OTHER_STATEMENT, 'q1', 'Elsewhere') }, commenter)).toContain('belongs to another statement');
		expect(check('panel', 'notes', question.id, { after: { ...question, text: '' } }, commenter)).toMatch(/does not fit the file format at text/);
	});
});

describe("the panel's recommendations (panel document, recommendations)", () => {
	const made = recommendation();
	const later = {
		at: '2027-04-01T09:00:00.000Z',
		by: { name: 'Alice Ward', role: 'officer' as const, designation: 'Quality Assurance Manager' },
		status: 'review' as const,
		reviewMonth: '2027-06',
		actionTaken: 'Quarterly report agreed.'
	};
	const progressed = { ...made, status: 'review' as const, reviewMonth: '2027-06', actionTaken: 'Quarterly report agreed.', history: [...made.history, later] };

	it('people who can comment or edit record recommendations and their progress', () => {
		expect(check('panel', 'recommendations', made.id, { after: made }, commenter)).toBeUndefined();
		expect(check('panel', 'recommendations', made.id, { before: made, after: progressed }, editor)).toBeUndefined();
	});

	it('people who can read do not', () => {
		expect(check('panel', 'recommendations', made.id, { after: made }, reader)).toContain('people who can read do not record recommendations');
		expect(check('panel', 'recommendations', made.id, { before: made, after: undefined }, reader)).toContain('people who can read do not record recommendations');
	});

	it('the history only grows: an entry is never changed or dropped', () => {
		const rewritten = { ...progressed, history: [{ ...made.history[0], status: 'complete' }, later] };
		expect(check('panel', 'recommendations', made.id, { before: progressed, after: rewritten }, coordinator)).toBe(
			`recommendations "${made.id}": a recommendation's history is only ever added to`
		);
		expect(check('panel', 'recommendations', made.id, { before: progressed, after: made }, coordinator)).toContain("history is only ever added to");
		// A merged copy may put an entry made offline earlier in the list: every entry is still there.
		expect(check('panel', 'recommendations', made.id, { before: progressed, after: { ...progressed, history: [later, ...made.history] } }, coordinator)).toBeUndefined();
	});

	it('only the coordinator removes one', () => {
		expect(check('panel', 'recommendations', made.id, { before: made, after: undefined }, coordinator)).toBeUndefined();
		for (const access of [editor, exemptEditor, commenter]) {
			expect(check('panel', 'recommendations', made.id, { before: made, after: undefined }, access)).toContain(
				'only the coordinator removes a recommendation'
			);
		}
	});

	it('checks keys and statements: a recommendation belongs to this statement', () => {
		expect(check('panel', 'recommendations', 'another-key', { after: made }, commenter)).toContain('is kept under a key other than its id');
		expect(check('panel', 'recommendations', made.id, { after: recommendation({ assessmentId: OTHER_STATEMENT }) }, commenter)).toContain(
			'belongs to another statement'
		);
		expect(check('panel', 'recommendations', made.id, { after: recommendation({ assessmentId: null }) }, commenter)).toContain(
			'belongs to another statement'
		);
	});
});

describe('sameJson', () => {
	it('compares structure, not key order, and treats a missing key as undefined', () => {
		expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
		expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
		expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
		expect(sameJson([1, 2], [2, 1])).toBe(false);
		expect(sameJson([], {})).toBe(false);
		expect(sameJson(null, {})).toBe(false);
	});
});
