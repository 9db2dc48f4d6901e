import { placedQuestions } from '../domain/frameworks/index.ts';
import {
	applyProgress,
	newRecommendation,
	sortRecommendations,
	validateProgress,
	validateRecommendation,
	type ProgressInput,
	type RecommendationInput
} from '../domain/recommendation.ts';
import type { Recommendation } from '../domain/types.ts';
import { getDatabase } from './db.ts';
import { ChangedElsewhereError, MissingRecordError, ValidationError } from './errors.ts';
import { newId, nowAfter, nowIso } from './ids.ts';
import { currentAuthor } from './profile.ts';

/**
 * The panel's recommendations: one tracker across meetings and statements.
 * Every write is stamped with who is using this device and when, inside one
 * transaction with the profile read. A change of progress only ever appends
 * to a recommendation's history; nothing is removed except by `deleteRecommendation`,
 * which the screen runs only after asking.
 */

/** Every recommendation on this device, in the monitoring table's order (meeting date, then order recorded). */
export async function listRecommendations(): Promise<Recommendation[]> {
	return sortRecommendations(await getDatabase().recommendations.toArray());
}

/** The recommendations linked to one statement, in the monitoring table's order. */
export async function listRecommendationsForStatement(assessmentId: string): Promise<Recommendation[]> {
	return sortRecommendations(await getDatabase().recommendations.where('assessmentId').equals(assessmentId).toArray());
}

/** One recommendation, or undefined when it is not on this device. */
export async function getRecommendation(id: string): Promise<Recommendation | undefined> {
	return getDatabase().recommendations.get(id);
}

/**
 * Validates and stores a new recommendation as Outstanding, recorded by the
 * person using this device. Linked questions are kept only if the linked
 * statement asks them. Throws ValidationError, NoProfileError or
 * MissingRecordError (the linked statement has gone) and writes nothing in
 * those cases.
 */
export async function addRecommendation(input: RecommendationInput): Promise<Recommendation> {
	const result = validateRecommendation(input);
	if (!result.ok) throw new ValidationError(result.errors);
	const db = getDatabase();
	return db.transaction('rw', [db.recommendations, db.assessments, db.settings, db.people], async () => {
		const author = await currentAuthor();
		const details = { ...result.value };
		if (details.assessmentId) {
			const statement = await db.assessments.get(details.assessmentId);
			if (!statement) throw new MissingRecordError('The linked position statement');
			const asked = new Set(placedQuestions(statement).map((p) => p.question.id));
			details.questionIds = details.questionIds.filter((id) => asked.has(id));
		}
		// Recorded after the latest, so recommendations from one meeting keep the order they were recorded in.
		const latest = (await db.recommendations.toArray()).reduce((max, r) => (r.createdAt > max ? r.createdAt : max), '');
		const recommendation = newRecommendation(newId(), details, author, latest ? nowAfter(latest) : nowIso());
		await db.recommendations.add(recommendation);
		return recommendation;
	});
}

/** What recording progress needs: the form's values and the version the writer was looking at. */
export interface ProgressRequest extends ProgressInput {
	id: string;
	/** The recommendation's `updatedAt` when the writer opened it. */
	seenUpdatedAt: string;
}

/**
 * Records the action taken and progress status by the person using this
 * device, appending one dated entry to the history. Returns the changed
 * recommendation, or `undefined` when nothing changed (nothing is written).
 * Refused, writing nothing, if the recommendation changed since the writer
 * opened it (ChangedElsewhereError: their words stay on screen), or on
 * ValidationError, NoProfileError or MissingRecordError.
 */
export async function recordProgress(request: ProgressRequest): Promise<Recommendation | undefined> {
	const result = validateProgress(request);
	if (!result.ok) throw new ValidationError(result.errors);
	const db = getDatabase();
	return db.transaction('rw', [db.recommendations, db.settings, db.people], async () => {
		const author = await currentAuthor();
		const recommendation = await db.recommendations.get(request.id);
		if (!recommendation) throw new MissingRecordError('This recommendation');
		if (recommendation.updatedAt !== request.seenUpdatedAt) {
			throw new ChangedElsewhereError(
				'This recommendation was changed somewhere else since you opened it. Your words are still in the form: check the latest progress below, then save again.'
			);
		}
		const changed = applyProgress(recommendation, result.value, author, nowAfter(recommendation.updatedAt));
		if (changed) await db.recommendations.put(changed);
		return changed;
	});
}

/** Deletes one recommendation and its history from this device. The screen asks first. */
export async function deleteRecommendation(id: string): Promise<void> {
	await getDatabase().recommendations.delete(id);
}
