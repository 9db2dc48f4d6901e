import { holdsAnswer } from './answer-versions.ts';
import { storesSameAs } from './response.ts';
import type { Response, Revision } from './types.ts';

/** What to do with one incoming answer when a statement file is merged into the same statement here. */
export type MergeAction =
	/** Not answered here: add it. */
	| 'add'
	/** The same on both sides: only bring over any saved versions missing here. */
	| 'same'
	/** Changed only in the file since the two last agreed: take the file's version. */
	| 'take-theirs'
	/** Changed only here: keep this device's version (the file's versions join the history). */
	| 'keep-mine'
	/** Changed on both sides: the user must choose. */
	| 'conflict';

/** The plan for one question. */
export interface MergeStep {
	questionId: string;
	action: MergeAction;
	mine: Response | undefined;
	theirs: Response;
}

function latest(revisions: readonly Revision[]): Revision | undefined {
	return revisions.reduce<Revision | undefined>((best, r) => (!best || r.savedAt > best.savedAt || (r.savedAt === best.savedAt && r.rev > best.rev) ? r : best), undefined);
}

/**
 * The saved version a side holds now: the latest that holds the answer as
 * it is (its text, and its details where the version kept them). Not simply
 * the latest saved: after a merge, a side's history also holds the other
 * side's versions, which may be newer without being kept (the user kept
 * their own, or a combination). `rev` numbers are not compared across
 * devices: each device counts its own saves.
 */
function held(response: Response, revisions: readonly Revision[]): Revision | undefined {
	return latest(revisions.filter((r) => holdsAnswer(r, response))) ?? latest(revisions);
}

/**
 * Decides, for one answer present in both places, which side has moved on.
 * Saved versions carry ids that travel with the file, so a side that holds
 * the other side's latest version has seen it: if the file holds this
 * device's latest version, only the file changed since; if this device
 * holds the file's latest, only this device did; otherwise both did.
 */
export function mergeAction(
	mine: Response | undefined,
	myRevisions: readonly Revision[],
	theirs: Response,
	theirRevisions: readonly Revision[]
): MergeAction {
	if (!mine) return 'add';
	if (storesSameAs(mine, { ...theirs })) return 'same';
	const myLatest = held(mine, myRevisions);
	const theirLatest = held(theirs, theirRevisions);
	if (!myLatest && !theirLatest) return theirs.updatedAt > mine.updatedAt ? 'take-theirs' : 'keep-mine';
	const theyHaveMine = !myLatest || theirRevisions.some((r) => r.id === myLatest.id);
	const iHaveTheirs = !theirLatest || myRevisions.some((r) => r.id === theirLatest.id);
	if (theyHaveMine && !iHaveTheirs) return 'take-theirs';
	if (iHaveTheirs && !theyHaveMine) return 'keep-mine';
	if (iHaveTheirs && theyHaveMine) return theirs.updatedAt > mine.updatedAt ? 'take-theirs' : 'keep-mine';
	return 'conflict';
}

/** Plans a merge of a file's answers into the same statement on this device. */
export function planMerge(
	mine: readonly Response[],
	myRevisions: readonly Revision[],
	theirs: readonly Response[],
	theirRevisions: readonly Revision[]
): MergeStep[] {
	const myByQuestion = new Map(mine.map((r) => [r.questionId, r]));
	return theirs.map((t) => {
		const m = myByQuestion.get(t.questionId);
		const action = mergeAction(
			m,
			m ? myRevisions.filter((r) => r.responseId === m.id) : [],
			t,
			theirRevisions.filter((r) => r.responseId === t.id)
		);
		return { questionId: t.questionId, action, mine: m, theirs: t };
	});
}

/**
 * What a merge did, in one sentence for the banner afterwards: "Priya Shah's
 * answers have been merged: 1 added, 1 updated, 1 combined." `choices` are the
 * user's choices for the conflicts, by question id.
 */
export function describeMerge(
	steps: readonly MergeStep[],
	choices: Readonly<Record<string, 'mine' | 'theirs' | { combined: string }>>,
	from?: string
): string {
	const count = (action: MergeAction) => steps.filter((s) => s.action === action).length;
	const chosen = (kind: 'mine' | 'theirs' | 'combined') =>
		steps.filter((s) => {
			const choice = s.action === 'conflict' ? choices[s.questionId] : undefined;
			return kind === 'combined' ? typeof choice === 'object' : choice === kind;
		}).length;
	const parts = [
		[count('add'), 'added'],
		[count('take-theirs') + chosen('theirs'), 'updated'],
		[chosen('combined'), 'combined'],
		[count('keep-mine') + chosen('mine'), 'kept as they were on this device']
	] as const;
	const done = parts.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`);
	const what = from ? `${from}'s answers have been merged` : 'The statement has been updated from the file';
	return done.length > 0 ? `${what}: ${done.join(', ')}.` : `${what}: nothing needed to change.`;
}
