import { checkName } from './assessment.ts';
import type { Contributor, FieldError, Validated } from './types.ts';

/** What the "add a contributor" form collects. */
export interface ContributorInput {
	name: string;
	designation: string;
	email: string;
	questionIds: string[];
}

/** Checks a contributor: name and designation required, email optional (text only), at least one question. */
export function validateContributor(input: ContributorInput, statementQuestionIds: readonly string[]): Validated<Omit<Contributor, 'id'>> {
	const errors: FieldError[] = [];
	const name = checkName(input.name, 'contributor-name', "the contributor's name");
	const designation = checkName(input.designation, 'contributor-designation', "the contributor's designation");
	if (typeof name !== 'string') errors.push(name);
	if (typeof designation !== 'string') errors.push(designation);
	const email = input.email.trim();
	if (email.length > 200) errors.push({ field: 'contributor-email', message: 'The email address must be 200 characters or fewer' });
	else if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
		errors.push({ field: 'contributor-email', message: 'Enter an email address in the correct format, like name@example.gov.uk' });
	}
	const known = new Set(statementQuestionIds);
	const questionIds = statementQuestionIds.filter((id) => input.questionIds.includes(id));
	if (questionIds.length === 0 || input.questionIds.some((id) => !known.has(id))) {
		errors.push({ field: 'contributor-questions', message: 'Select the questions this contributor will answer' });
	}
	if (errors.length > 0 || typeof name !== 'string' || typeof designation !== 'string') return { ok: false, errors };
	return { ok: true, value: { name, designation, email, questionIds } };
}
