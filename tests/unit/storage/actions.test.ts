import { beforeEach, describe, expect, it } from 'vitest';
import { emptyActionInput, type ActionInput } from '../../../src/lib/domain/actions.ts';
import { emptyDraft } from '../../../src/lib/domain/response.ts';
import { changeAction, type ActionChange } from '../../../src/lib/storage/actions.ts';
import { createAssessment, getAssessment } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, getDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { ConflictError, MissingRecordError, ValidationError } from '../../../src/lib/storage/errors.ts';
import { getResponse, listRevisions, saveResponse } from '../../../src/lib/storage/responses.ts';
import { detailsInput } from './helpers.ts';

beforeEach(() => useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`)));

const question = 'careless-1-1';
const input = (id: string, changes: Partial<ActionInput> = {}): ActionInput => ({
	...emptyActionInput(id),
	text: 'Audit the use of bed and breakfast',
	owner: 'Head of Placements',
	due: { day: '30', month: '6', year: '2026' },
	...changes
});
const change = (assessmentId: string, baseRev: number, what: ActionChange) =>
	changeAction({ assessmentId, questionId: question, baseRev, proposedPrinciples: ['safe-and-stable'], author: 'Sam Patel, Head of Service', change: what });

describe('actions on an answer', () => {
	it('are added to a question not yet answered, starting the answer with the question’s principles', async () => {
		const a = await createAssessment(detailsInput());
		const saved = await change(a.id, 0, { kind: 'add', input: input('x') });
		expect(saved).toMatchObject({ rev: 1, statement: '', status: 'not-started', principleIds: ['safe-and-stable'], updatedBy: 'Sam Patel, Head of Service' });
		expect(saved.actions).toEqual([{ id: 'x', text: 'Audit the use of bed and breakfast', owner: 'Head of Placements', dueDate: '2026-06-30', status: 'not-started' }]);
		expect((await getAssessment(a.id))?.updatedAt).toBe(saved.updatedAt);
	});

	it('are added, changed and removed through the answer’s own save, one rev and one saved version each, the text untouched', async () => {
		const a = await createAssessment(detailsInput());
		await saveResponse({ assessmentId: a.id, questionId: question, draft: { ...emptyDraft([]), statement: 'Four young people.' }, baseRev: 0, author: 'Jo' });
		await change(a.id, 1, { kind: 'add', input: input('x') });
		await change(a.id, 2, { kind: 'add', input: input('y', { text: 'Second', due: { day: '', month: '', year: '' } }) });
		await change(a.id, 3, { kind: 'change', input: input('x', { status: 'at-risk' }) });
		const last = await change(a.id, 4, { kind: 'remove', actionId: 'y' });
		expect(last.rev).toBe(5);
		expect(last.statement).toBe('Four young people.');
		expect(last.actions.map((x) => [x.id, x.status])).toEqual([['x', 'at-risk']]);
		const versions = await listRevisions(last.id);
		expect(versions.map((r) => r.statement)).toEqual(Array(5).fill('Four young people.'));
		expect(versions.map((r) => r.details?.actions.map((x) => `${x.id} ${x.status}`))).toEqual([
			[],
			['x not-started'],
			['x not-started', 'y not-started'],
			['x at-risk', 'y not-started'],
			['x at-risk']
		]);
	});

	it('are refused when invalid, and nothing is written', async () => {
		const a = await createAssessment(detailsInput());
		await expect(change(a.id, 0, { kind: 'add', input: input('x', { text: ' ', due: { day: '31', month: '2', year: '2026' } }) })).rejects.toMatchObject({
			errors: [
				{ field: 'action-text', message: 'Enter what will be done' },
				{ field: 'action-due-day', message: 'The due date must be a real date, for example 25 3 2026' }
			]
		});
		await expect(change(a.id, 0, { kind: 'add', input: input('x', { text: '' }) })).rejects.toBeInstanceOf(ValidationError);
		expect(await getResponse(a.id, question)).toBeUndefined();
		expect(await getDatabase().revisions.count()).toBe(0);
	});

	it('are never written over a version saved since the form opened', async () => {
		const a = await createAssessment(detailsInput());
		await change(a.id, 0, { kind: 'add', input: input('x') });
		// Another tab saves the answer's text meanwhile.
		await saveResponse({ assessmentId: a.id, questionId: question, draft: { ...emptyDraft([]), statement: 'Typed elsewhere', actions: [] }, baseRev: 1, author: 'Jo' });
		const stale = change(a.id, 1, { kind: 'change', input: input('x', { status: 'done' }) });
		await expect(stale).rejects.toBeInstanceOf(ConflictError);
		await expect(stale).rejects.toMatchObject({ theirs: { rev: 2, statement: 'Typed elsewhere' } });
		// A form opened on nothing stored, when something has been stored since, is refused too.
		await expect(change(a.id, 0, { kind: 'add', input: input('z') })).rejects.toBeInstanceOf(ConflictError);
		expect((await getResponse(a.id, question))?.rev).toBe(2);
	});

	it('that are no longer there cannot be changed or removed', async () => {
		const a = await createAssessment(detailsInput());
		await change(a.id, 0, { kind: 'add', input: input('x') });
		await expect(change(a.id, 1, { kind: 'change', input: input('gone') })).rejects.toBeInstanceOf(MissingRecordError);
		await expect(change(a.id, 1, { kind: 'remove', actionId: 'gone' })).rejects.toBeInstanceOf(MissingRecordError);
		await expect(change('no-such-statement', 0, { kind: 'add', input: input('x') })).rejects.toBeInstanceOf(MissingRecordError);
		expect((await getResponse(a.id, question))?.rev).toBe(1);
	});
});
