import { formatDateTime } from './dates.ts';
import { canResolveNote } from './note.ts';
import { authorLabel } from './person.ts';
import type { ChallengeNote, NoteReply, Recommendation, RecommendationChange } from './types.ts';

/**
 * Two copies of the same note, or of the same recommendation, that changed
 * on different devices while apart (files today, the team server's sync
 * later) brought back to one. Nothing either side wrote is dropped:
 *
 * - A note keeps every reply from both copies. Its text and kind come from
 *   the copy changed last. A note resolved on either copy stays resolved
 *   (the earliest resolution is kept) unless a reopening of that very
 *   resolution is among the replies: changing the text never reopens a
 *   note.
 * - A recommendation keeps every history entry from both copies; its
 *   progress (status, review month, action taken) is the latest entry's,
 *   and its other details come from the copy changed last.
 *
 * Both merges give the same result whichever copy is passed first, and
 * merging either copy into the result again changes nothing, so two devices
 * that swap copies end up with the same record. Pure: no storage.
 */

/** JSON with object keys sorted at every level: the same value always gives the same text. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders two timestamps by the moment they name, then by their text, so
 * "…T10:00:00Z" and "…T10:00:00.000Z" still have a fixed order. A
 * timestamp that cannot be read counts as earliest.
 */
export function compareTimes(a: string, b: string): number {
	const x = Date.parse(a);
	const y = Date.parse(b);
	const xv = Number.isNaN(x) ? -Infinity : x;
	const yv = Number.isNaN(y) ? -Infinity : y;
	if (xv !== yv) return xv < yv ? -1 : 1;
	return compareText(a, b);
}

/** The later of two timestamps (see compareTimes). */
function laterTime(a: string, b: string): string {
	return compareTimes(a, b) >= 0 ? a : b;
}

/** A copy of the record without the named fields: what is compared to break a tie. */
function without<T extends object>(record: T, keys: readonly string[]): Record<string, unknown> {
	return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/**
 * Of two copies, the one changed last: the later `updatedAt`, and on a tie
 * the copy whose `contested` fields come last as canonical JSON. Comparing
 * only the fields taken from the winner keeps the merge idempotent.
 */
function changedLast<T extends { updatedAt: string }>(a: T, b: T, contested: (r: T) => string): T {
	const byTime = compareTimes(a.updatedAt, b.updatedAt);
	if (byTime !== 0) return byTime > 0 ? a : b;
	return compareText(contested(a), contested(b)) >= 0 ? a : b;
}

/** Items from both lists, one per key; where both lists hold a key with different content, the canonically greater is kept. */
function unionBy<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
	const kept = new Map<string, T>();
	for (const item of [...a, ...b]) {
		const k = key(item);
		const there = kept.get(k);
		if (there === undefined || compareText(canonical(item), canonical(there)) > 0) kept.set(k, item);
	}
	return [...kept.values()];
}

/** What a note's resolution holds. */
export type Resolution = NonNullable<ChallengeNote['resolved']>;

/**
 * The reply `reopenNote` records when it reopens a note with this
 * resolution, word for word. The merge recognises a reopening by these
 * exact words, so the two must not drift apart: reopenNote uses this.
 */
export function reopeningText(resolved: Resolution): string {
	return `Reopened this note. It had been resolved by ${authorLabel(resolved.by)} on ${formatDateTime(resolved.at)}.`;
}

/**
 * True when `reply` is the record of someone reopening `note` after it was
 * resolved with `resolved`: the exact words reopenNote writes for that
 * resolution, dated after it, by someone allowed to reopen the note (an
 * officer or the note's writer). A reply that merely mentions reopening
 * does not count.
 */
export function reopens(reply: NoteReply, resolved: Resolution, note: Pick<ChallengeNote, 'author'>): boolean {
	return reply.text === reopeningText(resolved) && compareTimes(reply.createdAt, resolved.at) > 0 && canResolveNote(note, reply.author);
}

/** Fields of a note that are not merged one by one: they come whole from the copy changed last. */
const NOTE_MERGED_FIELDS = ['replies', 'resolved', 'updatedAt'];

/**
 * Two copies of one note as one:
 *
 * - replies: every reply from both, by id, ordered by `createdAt` then id;
 * - text and kind (and the note's other fixed details): from the copy with
 *   the later `updatedAt` (on a tie, the one whose details come last as
 *   JSON). A resolution or reopening also moves `updatedAt`, so it counts as
 *   a change here;
 * - resolution: each copy's resolution stands unless one of the replies
 *   reopens it (see `reopens`); of those that stand, the earliest is kept.
 *   With none standing the note is open. So a note resolved on one device
 *   stays resolved when its text is changed on another, and a note
 *   reopened after that resolution stays open;
 * - updatedAt: the later of the two.
 *
 * Throws if the copies are of different notes.
 */
export function mergeNote(here: ChallengeNote, there: ChallengeNote): ChallengeNote {
	if (here.id !== there.id) throw new Error(`Cannot merge two different notes (${here.id} and ${there.id})`);
	const winner = changedLast(here, there, (n) => canonical(without(n, NOTE_MERGED_FIELDS)));
	const replies = unionBy(here.replies, there.replies, (r) => r.id).sort((a, b) => compareTimes(a.createdAt, b.createdAt) || compareText(a.id, b.id));
	const standing = [here.resolved, there.resolved]
		.filter((r): r is Resolution => r !== undefined)
		.filter((r) => !replies.some((reply) => reopens(reply, r, winner)))
		.sort((a, b) => compareTimes(a.at, b.at) || compareText(canonical(a), canonical(b)));
	const { resolved: _resolved, ...details } = winner;
	const merged: ChallengeNote = { ...details, replies, updatedAt: laterTime(here.updatedAt, there.updatedAt) };
	return standing[0] ? { ...merged, resolved: standing[0] } : merged;
}

/** What identifies a history entry: all of it. */
function changeKey(change: RecommendationChange): string {
	return canonical({ at: change.at, by: change.by, status: change.status, reviewMonth: change.reviewMonth, actionTaken: change.actionTaken });
}

/** The fields of a recommendation that come from its latest history entry. */
const PROGRESS_FIELDS = ['status', 'reviewMonth', 'actionTaken'];

/**
 * Two copies of one recommendation as one:
 *
 * - history: every entry from both (an entry is identified by all it holds:
 *   when, who, status, review month and action taken), ordered by `at`;
 * - status, review month and action taken: from the latest history entry
 *   (from the copy changed last if neither copy has any history);
 * - the text, item title, meeting date, linked questions and statement:
 *   from the copy with the later `updatedAt` (on a tie, the one whose
 *   details come last as JSON);
 * - updatedAt: the later of the two.
 *
 * Throws if the copies are of different recommendations.
 */
export function mergeRecommendation(here: Recommendation, there: Recommendation): Recommendation {
	if (here.id !== there.id) throw new Error(`Cannot merge two different recommendations (${here.id} and ${there.id})`);
	const history = unionBy(here.history, there.history, changeKey).sort((a, b) => compareTimes(a.at, b.at) || compareText(changeKey(a), changeKey(b)));
	const latest = history.at(-1);
	// With history the progress comes from it, so only the other details are contested.
	const contested = ['history', 'updatedAt', ...(latest ? PROGRESS_FIELDS : [])];
	const winner = changedLast(here, there, (r) => canonical(without(r, contested)));
	const progress = latest ? { status: latest.status, reviewMonth: latest.reviewMonth, actionTaken: latest.actionTaken } : {};
	return { ...winner, ...progress, history, updatedAt: laterTime(here.updatedAt, there.updatedAt) };
}
