import { describe, expect, it } from 'vitest';
import { compareTimes, mergeNote, mergeRecommendation, reopeningText, reopens } from '../../../src/lib/domain/merge-notes.ts';
import type { Author, ChallengeNote, NoteKind, NoteReply, Recommendation, RecommendationChange } from '../../../src/lib/domain/types.ts';

const jo: Author = { name: 'Cllr Jo Lee', role: 'councillor', designation: '' };
const ann: Author = { name: 'Cllr Ann Other', role: 'councillor', designation: '' };
const sam: Author = { name: 'Sam Patel', role: 'officer', designation: 'Head of Service' };
const amy: Author = { name: 'Amy Khan', role: 'officer', designation: 'IRO Team Manager' };

/** 2 March 2026 (GMT, so UK time is UTC), `minutes` past 10:00. */
const t = (minutes: number, seconds = 0) => new Date(Date.UTC(2026, 2, 2, 10, minutes, seconds)).toISOString();

/** As a JSON value: what a file or the team server would carry. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const base: ChallengeNote = {
	id: 'n1',
	assessmentId: 'a1',
	questionId: 'careless-2-1',
	kind: 'challenge',
	text: 'Why has placement stability fallen?',
	author: jo,
	createdAt: t(0),
	updatedAt: t(0),
	replies: []
};

// The same steps the storage functions take (src/lib/storage/notes.ts), on plain values.
const edit = (n: ChallengeNote, text: string, at: string): ChallengeNote => ({ ...n, text, updatedAt: at });
const rekind = (n: ChallengeNote, kind: NoteKind, at: string): ChallengeNote => ({ ...n, kind, updatedAt: at });
const reply = (n: ChallengeNote, id: string, text: string, author: Author, createdAt: string): ChallengeNote => ({
	...n,
	replies: [...n.replies, { id, text, author, createdAt }]
});
const resolve = (n: ChallengeNote, by: Author, at: string): ChallengeNote => ({ ...n, resolved: { at, by }, updatedAt: at });
function reopen(n: ChallengeNote, by: Author, at: string, id = `reopen-${at}`): ChallengeNote {
	const { resolved, ...open } = n;
	if (!resolved) throw new Error('not resolved');
	return { ...open, replies: [...n.replies, { id, text: reopeningText(resolved), author: by, createdAt: at }], updatedAt: at };
}

/** Merges both ways, checks they agree as JSON, and returns the result. */
function both(a: ChallengeNote, b: ChallengeNote): ChallengeNote {
	const ab = mergeNote(a, b);
	expect(json(mergeNote(b, a))).toStrictEqual(json(ab));
	return ab;
}

describe('the words of a reopening', () => {
	it('are exactly what reopenNote writes: who had resolved it and when, in UK time to the minute', () => {
		expect(reopeningText({ at: t(5), by: sam })).toBe('Reopened this note. It had been resolved by Sam Patel, Head of Service on 2 March 2026 at 10:05.');
		expect(reopeningText({ at: '2026-07-01T09:30:00.000Z', by: jo })).toBe(
			'Reopened this note. It had been resolved by Cllr Jo Lee (councillor) on 1 July 2026 at 10:30.'
		);
	});

	it('count as a reopening only word for word, dated after the resolution, by someone who may reopen the note', () => {
		const resolution = { at: t(5), by: sam };
		const record = (overrides: Partial<NoteReply>): NoteReply => ({ id: 'r', text: reopeningText(resolution), author: jo, createdAt: t(6), ...overrides });
		expect(reopens(record({}), resolution, base)).toBe(true);
		expect(reopens(record({ author: amy }), resolution, base)).toBe(true);
		// Dated at or before the resolution: it reopened an earlier one.
		expect(reopens(record({ createdAt: t(5) }), resolution, base)).toBe(false);
		expect(reopens(record({ createdAt: t(4) }), resolution, base)).toBe(false);
		// Not the exact words: a reply that talks about reopening is just a reply.
		expect(reopens(record({ text: `${reopeningText(resolution)} ` }), resolution, base)).toBe(false);
		expect(reopens(record({ text: 'Reopened this note.' }), resolution, base)).toBe(false);
		expect(reopens(record({ text: reopeningText({ at: t(7), by: sam }) }), resolution, base)).toBe(false);
		expect(reopens(record({ text: reopeningText({ at: t(5), by: amy }) }), resolution, base)).toBe(false);
		// Another councillor cannot reopen Jo's note, so her reply in those words is not a reopening.
		expect(reopens(record({ author: ann }), resolution, base)).toBe(false);
	});
});

describe('merging two copies of a note', () => {
	it('keeps an officer’s resolution when the councillor changes her text later on her device', () => {
		const his = resolve(base, sam, t(5));
		const hers = edit(base, 'Why has placement stability fallen since 2024?', t(9));
		const merged = both(his, hers);
		expect(merged.resolved).toEqual({ at: t(5), by: sam });
		expect(merged.text).toBe('Why has placement stability fallen since 2024?');
		expect(merged.updatedAt).toBe(t(9));
	});

	it('takes the text and kind from the copy changed last, a resolution counting as a change', () => {
		const edited = edit(base, 'Changed at 10:03', t(3));
		const resolved = resolve(base, sam, t(5));
		expect(both(edited, resolved)).toMatchObject({ text: base.text, resolved: { at: t(5) }, updatedAt: t(5) });
		const rekinded = rekind(base, 'question', t(7));
		expect(both(rekinded, resolved)).toMatchObject({ kind: 'question', resolved: { at: t(5) }, updatedAt: t(7) });
		expect(both(rekinded, edited)).toMatchObject({ kind: 'question', text: base.text });
	});

	it('keeps every reply from both copies once, ordered by when they were written, then by id', () => {
		const mine = reply(reply(base, 'r2', 'Figures attached.', sam, t(2)), 'r4', 'Thank you.', jo, t(4));
		const yours = reply(reply(base, 'r3', 'Also see the sufficiency strategy.', amy, t(2)), 'r1', 'When?', jo, t(1));
		const merged = both(mine, yours);
		expect(merged.replies.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
		expect(both(merged, mine).replies.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
		// A reply leaves the note's time alone, so the text stays as it was.
		expect(merged).toMatchObject({ text: base.text, updatedAt: t(0) });
	});

	it('stays open when neither copy was resolved, even after edits on both', () => {
		expect(both(edit(base, 'A', t(3)), edit(base, 'B', t(4)))).not.toHaveProperty('resolved');
	});

	it('opens a note reopened on one device after the resolution the other still holds', () => {
		const resolved = resolve(base, sam, t(5));
		const reopened = reopen(resolved, jo, t(8));
		const merged = both(resolved, reopened);
		expect(merged).not.toHaveProperty('resolved');
		expect(merged.replies.at(-1)?.text).toBe('Reopened this note. It had been resolved by Sam Patel, Head of Service on 2 March 2026 at 10:05.');
		// Changing the text afterwards on the resolved side does not bring the resolution back.
		expect(both(edit(resolved, 'Jo’s later wording', t(12)), reopened)).not.toHaveProperty('resolved');
	});

	it('keeps the newer resolution when a note was reopened and resolved again on one device', () => {
		const first = resolve(base, sam, t(5));
		const again = resolve(reopen(first, jo, t(8)), amy, t(10));
		expect(both(first, again).resolved).toEqual({ at: t(10), by: amy });
	});

	it('keeps the earliest resolution when both devices resolved the note', () => {
		expect(both(resolve(base, amy, t(7)), resolve(base, sam, t(5))).resolved).toEqual({ at: t(5), by: sam });
		// At the same moment: still one answer whichever copy comes first, decided by their content.
		expect(both(resolve(base, amy, t(5)), resolve(base, sam, t(5))).resolved).toEqual({ at: t(5), by: sam });
	});

	it('undoes only the resolution a reopening names: one made apart on the other device stands', () => {
		const samsThenReopened = reopen(resolve(base, sam, t(5)), sam, t(9));
		const amys = resolve(base, amy, t(7));
		expect(both(samsThenReopened, amys).resolved).toEqual({ at: t(7), by: amy });
	});

	it('is not fooled by a reply in the words of a reopening that is not one', () => {
		const resolved = resolve(base, sam, t(5));
		const words = reopeningText({ at: t(5), by: sam });
		// Another councillor typed the words; and a reply dated before the resolution.
		expect(both(resolved, reply(base, 'x', words, ann, t(8))).resolved).toEqual({ at: t(5), by: sam });
		expect(both(resolved, reply(base, 'y', words, jo, t(4))).resolved).toEqual({ at: t(5), by: sam });
	});

	it('compares times by the moment they name, whatever way they are written', () => {
		const resolved = resolve(base, sam, '2026-03-02T10:05:00Z');
		const edited = edit(base, 'Written in an offset', '2026-03-02T11:04:00+01:00');
		// 11:04 at +01:00 is 10:04 UTC: before the resolution, so the resolved copy's text stands.
		expect(both(resolved, edited)).toMatchObject({ text: base.text, updatedAt: '2026-03-02T10:05:00Z' });
		expect(compareTimes('2026-03-02T10:05:00Z', '2026-03-02T10:05:00.000Z')).not.toBe(0);
		expect(compareTimes('2026-03-02T11:04:00+01:00', '2026-03-02T10:05:00Z')).toBeLessThan(0);
	});

	it('breaks a tie in time by the copies’ content, the same way whichever comes first', () => {
		const a = edit(base, 'Alpha', t(3));
		const b = edit(base, 'Beta', t(3));
		expect(both(a, b).text).toBe(both(b, a).text);
	});

	it('returns an unchanged copy when both are the same, and leaves its arguments alone', () => {
		const copy = reply(resolve(base, sam, t(5)), 'r1', 'Done.', sam, t(4));
		const before = structuredClone(copy);
		expect(json(mergeNote(copy, structuredClone(copy)))).toStrictEqual(json(copy));
		expect(copy).toStrictEqual(before);
	});

	it('refuses two different notes', () => {
		expect(() => mergeNote(base, { ...base, id: 'n2' })).toThrow('Cannot merge two different notes');
	});

	it('gives the same note whichever copy comes first, and changes nothing when merged again', () => {
		const resolved = resolve(base, sam, t(5));
		const reopened = reopen(resolved, jo, t(8));
		const copies: ChallengeNote[] = [
			base,
			edit(base, 'Jo’s new wording', t(6)),
			edit(base, 'Same moment, other words', t(6)),
			rekind(base, 'question', t(2)),
			reply(base, 'r1', 'Figures attached.', sam, t(1)),
			reply(base, 'r1', 'Figures attached (a changed copy).', sam, t(1)),
			resolved,
			resolve(base, amy, t(4)),
			resolve(base, amy, t(5)),
			reopened,
			edit(reopened, 'Jo’s wording after reopening', t(9)),
			resolve(reopened, amy, t(10)),
			reopen(resolve(base, amy, t(4)), amy, t(11)),
			reply(resolved, 'x', reopeningText({ at: t(5), by: sam }), ann, t(7)),
			edit(resolved, 'Changed after resolving', t(12))
		];
		for (const a of copies) {
			for (const b of copies) {
				const ab = mergeNote(a, b);
				expect(json(mergeNote(b, a))).toStrictEqual(json(ab));
				expect(json(mergeNote(a, ab))).toStrictEqual(json(ab));
				expect(json(mergeNote(ab, b))).toStrictEqual(json(ab));
				expect(json(mergeNote(ab, ab))).toStrictEqual(json(ab));
				// Nothing either side wrote is lost.
				const ids = new Set(ab.replies.map((r) => r.id));
				for (const r of [...a.replies, ...b.replies]) expect(ids.has(r.id)).toBe(true);
			}
		}
	});
});

const change = (at: string, by: Author, status: RecommendationChange['status'], actionTaken = '', reviewMonth = ''): RecommendationChange => ({
	at,
	by,
	status,
	reviewMonth,
	actionTaken
});

const recorded: Recommendation = {
	id: 'rec1',
	meetingDate: '2026-03-25',
	itemTitle: 'LGSCO report: Careless',
	text: 'That the panel receives the sufficiency strategy at its next meeting.',
	assessmentId: 'a1',
	questionIds: ['careless-2-1'],
	actionTaken: '',
	status: 'outstanding',
	reviewMonth: '',
	history: [change(t(0), sam, 'outstanding')],
	createdAt: t(0),
	updatedAt: t(0)
};

/** As applyProgress does it: the new state and one more history entry. */
function progress(r: Recommendation, entry: RecommendationChange): Recommendation {
	return { ...r, status: entry.status, reviewMonth: entry.reviewMonth, actionTaken: entry.actionTaken, history: [...r.history, entry], updatedAt: entry.at };
}

function bothRecommendations(a: Recommendation, b: Recommendation): Recommendation {
	const ab = mergeRecommendation(a, b);
	expect(json(mergeRecommendation(b, a))).toStrictEqual(json(ab));
	return ab;
}

describe('merging two copies of a recommendation', () => {
	it('keeps progress recorded on both devices, the latest entry giving the current status', () => {
		const his = progress(recorded, change(t(5), sam, 'review', 'Strategy drafted.', '2026-09'));
		const hers = progress(recorded, change(t(3), amy, 'outstanding', 'Awaiting the commissioning report.'));
		const merged = bothRecommendations(his, hers);
		expect(merged.history.map((h) => h.at)).toEqual([t(0), t(3), t(5)]);
		expect(merged).toMatchObject({ status: 'review', reviewMonth: '2026-09', actionTaken: 'Strategy drafted.', updatedAt: t(5) });
	});

	it('takes the current status from the latest entry even when the other copy was changed later', () => {
		const entry = change(t(5), sam, 'complete', 'Received on 1 July.');
		const his = progress(recorded, entry);
		// The other copy's details were changed after his progress, with no history entry of its own.
		const hers = { ...recorded, text: 'That the panel receives the strategy in July.', updatedAt: t(8) };
		const merged = bothRecommendations(his, hers);
		expect(merged).toMatchObject({ text: 'That the panel receives the strategy in July.', status: 'complete', actionTaken: 'Received on 1 July.', updatedAt: t(8) });
		expect(merged.history).toEqual([recorded.history[0], entry]);
	});

	it('takes the text, item title, meeting date and links from the copy changed last', () => {
		const older = { ...recorded, itemTitle: 'Older title', updatedAt: t(2) };
		const newer = { ...recorded, itemTitle: 'Newer title', meetingDate: '2026-03-26', questionIds: [], assessmentId: null, updatedAt: t(4) };
		expect(bothRecommendations(older, newer)).toMatchObject({ itemTitle: 'Newer title', meetingDate: '2026-03-26', questionIds: [], assessmentId: null });
	});

	it('holds an entry once however its fields are ordered, and keeps entries at the same moment that differ', () => {
		const entry = change(t(5), sam, 'complete', 'Done.');
		const reordered = { actionTaken: 'Done.', reviewMonth: '', status: 'complete', by: { designation: sam.designation, role: sam.role, name: sam.name }, at: t(5) } as RecommendationChange;
		const merged = bothRecommendations(progress(recorded, entry), progress(recorded, reordered));
		expect(merged.history).toHaveLength(2);
		const apart = bothRecommendations(progress(recorded, entry), progress(recorded, change(t(5), amy, 'rejected', 'Not agreed.')));
		expect(apart.history).toHaveLength(3);
		expect(apart.status).toBe(apart.history.at(-1)?.status);
	});

	it('takes the progress from the copy changed last when neither has any history', () => {
		const a = { ...recorded, history: [], status: 'complete' as const, updatedAt: t(6) };
		const b = { ...recorded, history: [], status: 'rejected' as const, updatedAt: t(4) };
		expect(bothRecommendations(a, b)).toMatchObject({ status: 'complete', history: [] });
	});

	it('refuses two different recommendations', () => {
		expect(() => mergeRecommendation(recorded, { ...recorded, id: 'rec2' })).toThrow('Cannot merge two different recommendations');
	});

	it('gives the same recommendation whichever copy comes first, and changes nothing when merged again', () => {
		const review = progress(recorded, change(t(5), sam, 'review', 'Strategy drafted.', '2026-09'));
		const copies: Recommendation[] = [
			recorded,
			review,
			progress(review, change(t(9), amy, 'complete', 'Received.')),
			progress(recorded, change(t(5), amy, 'rejected', 'Not agreed.')),
			progress(recorded, change(t(3), amy, 'outstanding', 'Waiting.')),
			{ ...recorded, text: 'Changed wording', updatedAt: t(5) },
			{ ...recorded, text: 'Other wording, same moment', updatedAt: t(5) },
			{ ...review, history: [], updatedAt: t(7) },
			{ ...recorded, history: [], status: 'complete', updatedAt: t(7) }
		];
		for (const a of copies) {
			for (const b of copies) {
				const ab = mergeRecommendation(a, b);
				expect(json(mergeRecommendation(b, a))).toStrictEqual(json(ab));
				expect(json(mergeRecommendation(a, ab))).toStrictEqual(json(ab));
				expect(json(mergeRecommendation(ab, b))).toStrictEqual(json(ab));
				expect(json(mergeRecommendation(ab, ab))).toStrictEqual(json(ab));
				expect(ab.history.length).toBeGreaterThanOrEqual(Math.max(a.history.length, b.history.length));
			}
		}
	});
});
