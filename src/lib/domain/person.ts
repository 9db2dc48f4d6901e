import { checkName, MAX_NAME_LENGTH } from './assessment.ts';
import type { Author, FieldError, Person, PersonRole, Validated } from './types.ts';

/** What the "Who is using this device" form holds. */
export interface PersonInput {
	name: string;
	role: PersonRole | '';
	designation: string;
}

/** The roles offered, in the sector's words. */
export const personRoles: readonly { value: PersonRole; label: string; hint: string }[] = [
	{ value: 'officer', label: 'Officer', hint: 'You write or coordinate answers' },
	{ value: 'councillor', label: 'Councillor', hint: 'You review the statement and challenge it' }
];

/**
 * Checks the local profile: a name and a role, and a designation for
 * officers (councillors may leave it blank). Returns every problem in form order.
 */
export function validatePerson(input: PersonInput): Validated<Omit<Person, 'id'>> {
	const errors: FieldError[] = [];
	const name = checkName(input.name, 'name', 'your name');
	if (typeof name !== 'string') errors.push(name);
	if (input.role !== 'officer' && input.role !== 'councillor') {
		errors.push({ field: 'role', message: 'Select whether you are an officer or a councillor' });
	}
	let designation = input.designation.replace(/\s+/g, ' ').trim();
	if (input.role === 'officer') {
		const checked = checkName(input.designation, 'designation', 'your designation');
		if (typeof checked === 'string') designation = checked;
		else errors.push(checked);
	} else if (designation.length > MAX_NAME_LENGTH) {
		errors.push({ field: 'designation', message: `Your designation must be ${MAX_NAME_LENGTH} characters or fewer` });
	}
	if (errors.length > 0 || typeof name !== 'string' || (input.role !== 'officer' && input.role !== 'councillor')) {
		return { ok: false, errors };
	}
	return { ok: true, value: { name, role: input.role, designation } };
}

/** The author stamp copied onto notes, replies and changes. */
export function authorOf(person: Pick<Person, 'name' | 'role' | 'designation'>): Author {
	return { name: person.name, role: person.role, designation: person.designation };
}

/** "Sam Patel, Quality Assurance Unit Manager" or "Cllr Jo Lee": how an author is shown and stored on revisions. */
export function authorLabel(author: Pick<Author, 'name' | 'role' | 'designation'>): string {
	if (author.role === 'councillor') return author.designation ? `${author.name}, ${author.designation}` : `${author.name} (councillor)`;
	return author.designation ? `${author.name}, ${author.designation}` : author.name;
}
