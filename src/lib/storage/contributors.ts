import { validateContributor, type ContributorInput } from '../domain/contributor.ts';
import { placedQuestions } from '../domain/frameworks/index.ts';
import { getDatabase } from './db.ts';
import { MissingRecordError, ValidationError } from './errors.ts';
import { newId, nowIso } from './ids.ts';

/** Validates and adds a contributor to a statement's list. Returns the new contributor's id. */
export async function addContributor(assessmentId: string, input: ContributorInput): Promise<string> {
	const db = getDatabase();
	return db.transaction('rw', db.assessments, async () => {
		const assessment = await db.assessments.get(assessmentId);
		if (!assessment) throw new MissingRecordError('This position statement');
		const result = validateContributor(input, placedQuestions(assessment).map((p) => p.question.id));
		if (!result.ok) throw new ValidationError(result.errors);
		const id = newId();
		await db.assessments.update(assessmentId, {
			contributors: [...assessment.contributors, { id, ...result.value }],
			updatedAt: nowIso()
		});
		return id;
	});
}

/** Takes a contributor off a statement's list. Their answers stay. */
export async function removeContributor(assessmentId: string, contributorId: string): Promise<void> {
	const db = getDatabase();
	await db.transaction('rw', db.assessments, async () => {
		const assessment = await db.assessments.get(assessmentId);
		if (!assessment) throw new MissingRecordError('This position statement');
		await db.assessments.update(assessmentId, {
			contributors: assessment.contributors.filter((c) => c.id !== contributorId),
			updatedAt: nowIso()
		});
	});
}
