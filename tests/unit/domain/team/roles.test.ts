import { describe, expect, it } from 'vitest';
import { documentPermission, rightsOn } from '../../../../src/lib/domain/team/roles.ts';

describe('what each role may change', () => {
	it('a statement that is not shared is the person’s own', () => {
		expect(rightsOn(undefined)).toEqual({ details: true, answers: true, notes: true, recommendations: true });
	});

	it('only the coordinator changes the details; people who can edit change answers; readers change nothing', () => {
		expect(rightsOn({ role: 'coordinator', exempt: false })).toEqual({ details: true, answers: true, notes: true, recommendations: true });
		expect(rightsOn({ role: 'edit', exempt: true })).toEqual({ details: false, answers: true, notes: true, recommendations: true });
		expect(rightsOn({ role: 'comment', exempt: true })).toEqual({ details: false, answers: false, notes: true, recommendations: true });
		expect(rightsOn({ role: 'read', exempt: true })).toEqual({ details: false, answers: false, notes: false, recommendations: false });
	});

	it('agrees with what the team server lets each role write', () => {
		for (const role of ['coordinator', 'edit', 'comment', 'read'] as const) {
			const access = { role, exempt: true };
			const rights = rightsOn(access);
			expect(documentPermission(access, 'main') === 'write').toBe(rights.answers);
			expect(documentPermission(access, 'panel') === 'write').toBe(rights.notes);
		}
	});
});
