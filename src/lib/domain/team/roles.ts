import type { DocumentKind } from './documents.ts';

/**
 * Who may do what with a shared statement. Pure: the team server decides
 * every connection with these rules; the app uses them to show the right
 * screens (never as the only guard).
 */

/** A person's role on one statement. The coordinator is whoever shared it first. */
export type ShareRole = 'coordinator' | 'edit' | 'comment' | 'read';

/** The roles a coordinator can give, in the words the app shows. */
export const shareRoles: readonly { value: Exclude<ShareRole, 'coordinator'>; label: string; hint: string }[] = [
	{ value: 'edit', label: 'Can edit', hint: 'Writes and changes answers, adds notes.' },
	{ value: 'comment', label: 'Can comment', hint: 'Reads the answers and adds notes; never changes an answer.' },
	{ value: 'read', label: 'Can read', hint: 'Reads the answers and notes.' }
];

/** A person's access to one statement. */
export interface Access {
	role: ShareRole;
	/** May see exempt answers. The coordinator always may. */
	exempt: boolean;
}

/** What a connection to one document may do. */
export type DocumentPermission = 'write' | 'read' | 'none';

/** True when `value` is one of the share roles. */
export function isShareRole(value: unknown): value is ShareRole {
	return value === 'coordinator' || value === 'edit' || value === 'comment' || value === 'read';
}

/** True when the person may see exempt answers. */
export function seesExempt(access: Access): boolean {
	return access.role === 'coordinator' || access.exempt;
}

/** True when the person may change answers. */
export function editsAnswers(access: Access): boolean {
	return access.role === 'coordinator' || access.role === 'edit';
}

/** True when the person may add notes. */
export function addsNotes(access: Access): boolean {
	return access.role !== 'read';
}

/** What a person with `access` may do with the statement's document of `kind`. */
export function documentPermission(access: Access | undefined, kind: DocumentKind): DocumentPermission {
	if (!access) return 'none';
	switch (kind) {
		case 'main':
			return editsAnswers(access) ? 'write' : 'read';
		case 'exempt':
			if (!seesExempt(access)) return 'none';
			return editsAnswers(access) ? 'write' : 'read';
		case 'panel':
			return addsNotes(access) ? 'write' : 'read';
	}
}

/** What a person may change in a statement on this device. */
export interface StatementRights {
	/** The details, the question sets, the panel's own questions, further scrutiny and contribution packs. */
	details: boolean;
	/** Answers, with their figures and actions. */
	answers: boolean;
	notes: boolean;
	recommendations: boolean;
}

/** What `access` allows; a statement that is not shared (`undefined`) is the person's own, to change as they like. */
export function rightsOn(access: Access | undefined): StatementRights {
	if (!access) return { details: true, answers: true, notes: true, recommendations: true };
	return {
		details: access.role === 'coordinator',
		answers: editsAnswers(access),
		notes: addsNotes(access),
		recommendations: access.role !== 'read'
	};
}
