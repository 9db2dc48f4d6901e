import { describe, expect, it } from 'vitest';
import { validateContributor, type ContributorInput } from '../../../src/lib/domain/contributor.ts';

const statementQuestions = ['careless-1-1', 'careless-1-2', 'careless-2-1', 'careless-2-2'];

function input(overrides: Partial<ContributorInput> = {}): ContributorInput {
	return {
		name: 'Priya Shah',
		designation: 'Head of Service – Children in Care',
		email: '',
		questionIds: ['careless-1-1'],
		...overrides
	};
}

describe('a contributor', () => {
	it('needs a name, a designation and at least one question, each with its own message', () => {
		expect(validateContributor(input({ name: '  ', designation: '', questionIds: [] }), statementQuestions)).toEqual({
			ok: false,
			errors: [
				{ field: 'contributor-name', message: "Enter the contributor's name" },
				{ field: 'contributor-designation', message: "Enter the contributor's designation" },
				{ field: 'contributor-questions', message: 'Select the questions this contributor will answer' }
			]
		});
	});

	it('keeps the email address as text, tidied, and the questions in statement order', () => {
		expect(
			validateContributor(
				input({ name: ' Priya  Shah ', email: ' priya.shah@anytown.gov.uk ', questionIds: ['careless-2-1', 'careless-1-1', 'careless-1-2'] }),
				statementQuestions
			)
		).toEqual({
			ok: true,
			value: {
				name: 'Priya Shah',
				designation: 'Head of Service – Children in Care',
				email: 'priya.shah@anytown.gov.uk',
				questionIds: ['careless-1-1', 'careless-1-2', 'careless-2-1']
			}
		});
	});

	it('may have no email address', () => {
		const result = validateContributor(input(), statementQuestions);
		expect(result.ok && result.value.email).toBe('');
	});

	it('refuses an email address that is not one, or is too long', () => {
		expect(validateContributor(input({ email: 'priya at anytown' }), statementQuestions)).toEqual({
			ok: false,
			errors: [{ field: 'contributor-email', message: 'Enter an email address in the correct format, like name@example.gov.uk' }]
		});
		expect(validateContributor(input({ email: `${'p'.repeat(190)}@anytown.gov.uk` }), statementQuestions)).toEqual({
			ok: false,
			errors: [{ field: 'contributor-email', message: 'The email address must be 200 characters or fewer' }]
		});
	});

	it('refuses a question the statement does not have', () => {
		expect(validateContributor(input({ questionIds: ['careless-1-1', 'not-a-question'] }), statementQuestions)).toEqual({
			ok: false,
			errors: [{ field: 'contributor-questions', message: 'Select the questions this contributor will answer' }]
		});
	});

	it('refuses a name or designation over 200 characters', () => {
		const result = validateContributor(input({ name: 'P'.repeat(201), designation: 'D'.repeat(201) }), statementQuestions);
		expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['contributor-name', 'contributor-designation']);
	});
});
