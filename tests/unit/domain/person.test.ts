import { describe, expect, it } from 'vitest';
import { authorLabel, validatePerson } from '../../../src/lib/domain/person.ts';

describe('who is using this device', () => {
	it('needs a name, a role, and a designation for officers', () => {
		expect(validatePerson({ name: ' ', role: '', designation: '' })).toEqual({
			ok: false,
			errors: [
				{ field: 'name', message: 'Enter your name' },
				{ field: 'role', message: 'Select whether you are an officer or a councillor' }
			]
		});
		expect(validatePerson({ name: 'Sam Patel', role: 'officer', designation: '' })).toEqual({
			ok: false,
			errors: [{ field: 'designation', message: 'Enter your designation' }]
		});
	});

	it('lets a councillor leave the designation blank and tidies spaces', () => {
		expect(validatePerson({ name: ' Cllr  Jo Lee ', role: 'councillor', designation: '' })).toEqual({
			ok: true,
			value: { name: 'Cllr Jo Lee', role: 'councillor', designation: '' }
		});
	});

	it('labels authors as they are shown on notes and in history', () => {
		expect(authorLabel({ name: 'Sam Patel', role: 'officer', designation: 'Head of Service' })).toBe('Sam Patel, Head of Service');
		expect(authorLabel({ name: 'Cllr Jo Lee', role: 'councillor', designation: '' })).toBe('Cllr Jo Lee (councillor)');
	});
});
