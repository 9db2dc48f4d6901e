import type { FieldError, Validated } from '../types.ts';

/**
 * The "Your team server" sign-in form: what must be filled in, in the
 * GOV.UK error-summary style. Pure.
 */

/** What the person typed. */
export interface SignInInput {
	serverUrl: string;
	email: string;
	password: string;
}

/** A checked sign-in: the server's address as an origin (no trailing slash). */
export interface SignInRequest {
	serverUrl: string;
	email: string;
	password: string;
}

/** Field ids, so the error summary links to them. */
export const SIGN_IN_FIELDS = { serverUrl: 'team-server-url', email: 'team-email', password: 'team-password' } as const;

/** Checks the form; the server decides whether the email and password are right. */
export function validateSignIn(input: SignInInput): Validated<SignInRequest> {
	const errors: FieldError[] = [];
	const serverUrl = normaliseServerUrl(input.serverUrl);
	if (input.serverUrl.trim() === '') errors.push({ field: SIGN_IN_FIELDS.serverUrl, message: 'Enter your team server’s address' });
	else if (!serverUrl) errors.push({ field: SIGN_IN_FIELDS.serverUrl, message: 'Enter the address as it starts, like https://scrutiny.anytown.gov.uk' });
	const email = input.email.trim();
	if (email === '') errors.push({ field: SIGN_IN_FIELDS.email, message: 'Enter your email address' });
	else if (!isEmailAddress(email)) errors.push({ field: SIGN_IN_FIELDS.email, message: 'Enter an email address like name@council.gov.uk' });
	if (input.password === '') errors.push({ field: SIGN_IN_FIELDS.password, message: 'Enter your password' });
	return errors.length > 0 || !serverUrl ? { ok: false, errors } : { ok: true, value: { serverUrl, email, password: input.password } };
}

/** True when `text` looks like an email address (the server decides whether it has an account). */
export function isEmailAddress(text: string): boolean {
	return text.length <= 320 && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text.trim());
}

/** The origin of an http(s) address, or undefined when it is not one. */
export function normaliseServerUrl(text: string): string | undefined {
	try {
		const url = new URL(text.trim());
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
	} catch {
		return undefined;
	}
}
