import { describe, expect, it } from 'vitest';
import { normaliseServerUrl, SIGN_IN_FIELDS, validateSignIn } from '../../../../src/lib/domain/team/sign-in.ts';

describe('the team sign-in form', () => {
	it('names each missing field', () => {
		const result = validateSignIn({ serverUrl: '', email: '', password: '' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual([
			{ field: SIGN_IN_FIELDS.serverUrl, message: 'Enter your team server’s address' },
			{ field: SIGN_IN_FIELDS.email, message: 'Enter your email address' },
			{ field: SIGN_IN_FIELDS.password, message: 'Enter your password' }
		]);
	});

	it('refuses an address that is not a web address, and an email without a domain', () => {
		const result = validateSignIn({ serverUrl: 'scrutiny', email: 'alice', password: 'x' });
		expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([SIGN_IN_FIELDS.serverUrl, SIGN_IN_FIELDS.email]);
		expect(normaliseServerUrl('ftp://scrutiny.anytown.gov.uk')).toBeUndefined();
	});

	it('keeps the server’s origin only, and the email trimmed', () => {
		expect(validateSignIn({ serverUrl: ' https://scrutiny.anytown.gov.uk/team ', email: ' alice@anytown.gov.uk ', password: 'pw' })).toEqual({
			ok: true,
			value: { serverUrl: 'https://scrutiny.anytown.gov.uk', email: 'alice@anytown.gov.uk', password: 'pw' }
		});
	});
});
