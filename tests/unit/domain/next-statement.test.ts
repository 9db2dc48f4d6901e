import { describe, expect, it } from 'vitest';
import { carriedOverNote, nextStatement, validateNextMeeting } from '../../../src/lib/domain/next-statement.ts';
import { exampleStatement } from '../export/statement-fixtures.ts';

describe('the next position statement from this one', () => {
	it('copies the council, panel, sets, own questions, reporters and answers; every answer back to In progress; links back', () => {
		const { assessment, responses } = exampleStatement();
		const before = structuredClone({ assessment, responses });
		let n = 0;
		const next = nextStatement(assessment, responses, { id: 'next-1', meetingDate: '2026-11-12', now: '2026-04-01T09:00:00.000Z', newId: () => `id-${(n += 1)}` });
		expect(next.assessment).toMatchObject({
			id: 'next-1',
			council: assessment.council,
			panel: assessment.panel,
			frameworks: assessment.frameworks,
			localAreas: assessment.localAreas,
			meetingDate: '2026-11-12',
			previous: { id: assessment.id, title: assessment.title, meetingDate: assessment.meetingDate }
		});
		expect(next.responses).toHaveLength(responses.length);
		for (const r of next.responses) {
			const earlier = responses.find((e) => e.questionId === r.questionId)!;
			expect(r).toMatchObject({ assessmentId: 'next-1', statement: earlier.statement, reporters: earlier.reporters, selfRating: earlier.selfRating, status: 'in-progress', rev: 1 });
			expect(r.id).not.toBe(earlier.id);
		}
		expect(next.revisions.every((r) => r.savedBy === carriedOverNote(assessment) && r.assessmentId === 'next-1')).toBe(true);
		// The earlier statement is not changed.
		expect({ assessment, responses }).toEqual(before);
	});

	it('asks for a real meeting date after the last one', () => {
		const earlier = { meetingDate: '2026-03-25' };
		expect(validateNextMeeting({ day: '', month: '', year: '' }, earlier)).toEqual({ ok: false, errors: [{ field: 'nextMeeting-day', message: 'Enter the date of the next panel meeting' }] });
		expect(validateNextMeeting({ day: '1', month: '3', year: '2026' }, earlier)).toEqual({ ok: false, errors: [{ field: 'nextMeeting-day', message: 'The next meeting must be after the last one (25 March 2026)' }] });
		expect(validateNextMeeting({ day: '12', month: '11', year: '2026' }, earlier)).toEqual({ ok: true, value: '2026-11-12' });
	});
});
