import { describe, expect, it } from 'vitest';
import { SHARE_FIELDS, validateShare } from '../../../../src/lib/domain/team/share-form.ts';

describe('the share form', () => {
	it('names the missing email and role', () => {
		expect(validateShare({ email: ' ', role: '', exempt: false })).toEqual({
			ok: false,
			errors: [
				{ field: SHARE_FIELDS.email, message: 'Enter the email address of the person to share with' },
				{ field: SHARE_FIELDS.role, message: 'Choose what they can do' }
			]
		});
	});

	it('refuses a malformed email and keeps a good share as typed, trimmed', () => {
		expect(validateShare({ email: 'priya', role: 'edit', exempt: true }).ok).toBe(false);
		expect(validateShare({ email: ' priya@anytown.gov.uk ', role: 'comment', exempt: true })).toEqual({
			ok: true,
			value: { email: 'priya@anytown.gov.uk', role: 'comment', exempt: true }
		});
	});
});
