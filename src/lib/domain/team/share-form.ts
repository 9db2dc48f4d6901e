import type { FieldError, Validated } from '../types.ts';
import type { ShareRole } from './roles.ts';
import { isEmailAddress } from './sign-in.ts';

/**
 * The "Share this statement" form: an email address, what they can do, and
 * whether they may see exempt answers. Pure.
 */

/** What the coordinator filled in. */
export interface ShareInput {
	email: string;
	role: Exclude<ShareRole, 'coordinator'> | '';
	exempt: boolean;
}

/** A checked share. */
export interface ShareRequest {
	email: string;
	role: Exclude<ShareRole, 'coordinator'>;
	exempt: boolean;
}

/** Field ids, so the error summary links to them. */
export const SHARE_FIELDS = { email: 'share-email', role: 'share-role', exempt: 'share-exempt' } as const;

/** Checks the form; the team server decides whether the person has an account. */
export function validateShare(input: ShareInput): Validated<ShareRequest> {
	const errors: FieldError[] = [];
	const email = input.email.trim();
	if (email === '') errors.push({ field: SHARE_FIELDS.email, message: 'Enter the email address of the person to share with' });
	else if (!isEmailAddress(email)) errors.push({ field: SHARE_FIELDS.email, message: 'Enter an email address like name@council.gov.uk' });
	if (input.role === '') errors.push({ field: SHARE_FIELDS.role, message: 'Choose what they can do' });
	if (errors.length > 0 || input.role === '') return { ok: false, errors };
	return { ok: true, value: { email, role: input.role, exempt: input.exempt } };
}
