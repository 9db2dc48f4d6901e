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
	return revisions.reduce<Revision | undefined>((best, r) => (!best || r.rev > best.rev || (r.rev === best.rev && r.savedAt > best.savedAt) ? r : best), undefined);
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
	const myLatest = latest(myRevisions);
	const theirLatest = latest(theirRevisions);
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
