import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/lib/domain/response.ts';
import type { Figure } from '../../../src/lib/domain/types.ts';
import { createAssessment, getAssessment } from '../../../src/lib/storage/assessments.ts';
import { ScrutinyDatabase, useDatabase } from '../../../src/lib/storage/db.ts';
import { ChangedElsewhereError, ConflictError, MissingRecordError } from '../../../src/lib/storage/errors.ts';
import { removeFigure, saveFigure } from '../../../src/lib/storage/figures.ts';
import { getResponse, listRevisions, saveResponse } from '../../../src/lib/storage/responses.ts';
import { detailsInput } from './helpers.ts';

beforeEach(() => useDatabase(new ScrutinyDatabase(`test-${crypto.randomUUID()}`)));

const q = 'careless-2-1';
const figure = (overrides: Partial<Figure> = {}): Figure => ({
	id: 'f1',
	indicator: 'Children placed more than 20 miles away',
	value: 38,
	unit: '%',
	period: '2025-26',
	comparators: [{ kind: 'england', value: 25 }],
	direction: 'down',
	source: 'SSDA903',
	...overrides
});
const add = (assessmentId: string, f: Figure, original?: Figure) =>
	saveFigure({ assessmentId, questionId: q, figure: f, original, proposedPrinciples: ['safe-and-stable'], author: 'Priya Shah' });

describe('figures on an answer', () => {
	it('are saved as a save of the answer: a new answer is created, then each change moves its rev on', async () => {
		const a = await createAssessment(detailsInput());
		const first = await add(a.id, figure());
		expect(first).toMatchObject({ rev: 1, statement: '', principleIds: ['safe-and-stable'], status: 'not-started', updatedBy: 'Priya Shah' });
		expect(first.figures).toEqual([figure()]);
		const second = await add(a.id, figure({ id: 'f2', indicator: 'Placement stability' }));
		expect(second.rev).toBe(2);
		expect(second.figures.map((f) => f.id)).toEqual(['f1', 'f2']);
		expect((await getAssessment(a.id))?.updatedAt).toBe(second.updatedAt);
		// Each save keeps a version of the whole answer, so an earlier figure can be seen and restored.
		expect((await listRevisions(second.id)).map((r) => [r.rev, r.details?.figures.map((f) => f.id)])).toEqual([
			[1, ['f1']],
			[2, ['f1', 'f2']]
		]);
	});

	it('keep the answer’s text, reporters and status as they are', async () => {
		const a = await createAssessment(detailsInput());
		await saveResponse({
			assessmentId: a.id,
			questionId: q,
			draft: { ...emptyDraft([]), statement: 'Most live nearby.', reporters: [{ name: 'Priya Shah', designation: 'Head of Placements' }], status: 'ready-for-review' },
			baseRev: 0,
			author: 'Priya Shah'
		});
		const saved = await add(a.id, figure());
		expect(saved).toMatchObject({ rev: 2, statement: 'Most live nearby.', status: 'ready-for-review', reporters: [{ name: 'Priya Shah', designation: 'Head of Placements' }] });
	});

	it('change only the figure named, and refuse when it was changed or removed elsewhere since the form opened', async () => {
		const a = await createAssessment(detailsInput());
		await add(a.id, figure());
		await add(a.id, figure({ id: 'f2', indicator: 'Placement stability' }));
		const changed = await add(a.id, figure({ value: 36 }), figure());
		expect(changed.figures.map((f) => [f.id, f.value])).toEqual([
			['f1', 36],
			['f2', 38]
		]);
		// A form opened before that change may not overwrite it.
		await expect(add(a.id, figure({ value: 40 }), figure())).rejects.toBeInstanceOf(ChangedElsewhereError);
		await expect(add(a.id, figure({ id: 'gone' }), figure({ id: 'gone' }))).rejects.toBeInstanceOf(MissingRecordError);
		expect((await getResponse(a.id, q))?.figures.map((f) => f.value)).toEqual([36, 38]);
		expect((await getResponse(a.id, q))?.rev).toBe(3);
	});

	it('are added once when the form is sent twice', async () => {
		const a = await createAssessment(detailsInput());
		await add(a.id, figure());
		const again = await add(a.id, figure());
		expect(again.rev).toBe(1);
		await expect(add(a.id, figure({ value: 1 }))).rejects.toBeInstanceOf(ChangedElsewhereError);
	});

	it('are removed only as the confirmation showed them; removing one already gone writes nothing', async () => {
		const a = await createAssessment(detailsInput());
		await add(a.id, figure());
		await add(a.id, figure({ id: 'f2' }));
		await expect(removeFigure({ assessmentId: a.id, questionId: q, figure: figure({ value: 1 }), author: '' })).rejects.toBeInstanceOf(ChangedElsewhereError);
		const removed = await removeFigure({ assessmentId: a.id, questionId: q, figure: figure(), author: 'Priya Shah' });
		expect(removed?.figures.map((f) => f.id)).toEqual(['f2']);
		expect(removed?.rev).toBe(3);
		const again = await removeFigure({ assessmentId: a.id, questionId: q, figure: figure(), author: 'Priya Shah' });
		expect(again?.rev).toBe(3);
	});

	it('make an editor holding the answer from before see a conflict, not overwrite the figure', async () => {
		const a = await createAssessment(detailsInput());
		const before = await saveResponse({ assessmentId: a.id, questionId: q, draft: { ...emptyDraft([]), statement: 'Draft' }, baseRev: 0, author: '' });
		await add(a.id, figure());
		await expect(
			saveResponse({ assessmentId: a.id, questionId: q, draft: { ...emptyDraft([]), statement: 'Draft, longer' }, baseRev: before.rev, author: '' })
		).rejects.toBeInstanceOf(ConflictError);
		expect((await getResponse(a.id, q))?.figures).toHaveLength(1);
	});

	it('cannot be added to a statement that no longer exists', async () => {
		await expect(add('missing', figure())).rejects.toBeInstanceOf(MissingRecordError);
	});
});
