import { authorOf, validatePerson, type PersonInput } from '../domain/person.ts';
import type { Author, Person } from '../domain/types.ts';
import { getDatabase } from './db.ts';
import { NoProfileError, ValidationError } from './errors.ts';
import { newId } from './ids.ts';
import { getTeamSession } from './team-session.ts';

/** The settings key naming the `people` row that is this device's user. */
const CURRENT_PERSON_KEY = 'current-person';

/** The person using this device, or undefined until they have said who they are. */
export async function getProfile(): Promise<Person | undefined> {
	const db = getDatabase();
	return db.transaction('r', [db.settings, db.people], async () => {
		const current = await db.settings.get(CURRENT_PERSON_KEY);
		return typeof current?.value === 'string' ? db.people.get(current.value) : undefined;
	});
}

/** Validates and stores who is using this device (changing the existing profile if there is one). */
export async function saveProfile(input: PersonInput): Promise<Person> {
	const result = validatePerson(input);
	if (!result.ok) throw new ValidationError(result.errors);
	const db = getDatabase();
	return db.transaction('rw', [db.settings, db.people], async () => {
		const current = await db.settings.get(CURRENT_PERSON_KEY);
		const id = typeof current?.value === 'string' ? current.value : newId();
		const person: Person = { id, ...result.value };
		await db.people.put(person);
		await db.settings.put({ key: CURRENT_PERSON_KEY, value: id });
		return person;
	});
}

/**
 * The author stamp of the person using this device, for records that carry
 * their author. Throws NoProfileError when nobody has said who they are.
 * Signed in to a team server, the name is the one signed in with.
 * Call inside a transaction that includes `settings` and `people`.
 */
export async function currentAuthor(): Promise<Author> {
	const person = await getProfile();
	if (!person) throw new NoProfileError();
	const author = authorOf(person);
	// Signed in to a team server, notes are written under the sign-in name: the server takes a note only under its
	// writer's own name, so a profile renamed since signing in would otherwise leave notes that are never sent.
	const session = await getTeamSession();
	return session?.user.name ? { ...author, name: session.user.name } : author;
}
