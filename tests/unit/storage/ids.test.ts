import { afterEach, describe, expect, it, vi } from 'vitest';
import { nowAfter } from '../../../src/lib/storage/ids.ts';

describe('a version stamp', () => {
	afterEach(() => vi.useRealTimers());

	it('is now when now is later than the last one', () => {
		vi.useFakeTimers({ now: new Date('2026-03-02T10:00:00.000Z') });
		expect(nowAfter('2026-03-02T09:59:59.999Z')).toBe('2026-03-02T10:00:00.000Z');
	});

	it('moves on by a millisecond when two changes fall in the same millisecond, or the clock went back', () => {
		vi.useFakeTimers({ now: new Date('2026-03-02T10:00:00.000Z') });
		expect(nowAfter('2026-03-02T10:00:00.000Z')).toBe('2026-03-02T10:00:00.001Z');
		expect(nowAfter('2026-03-02T11:00:00.000Z')).toBe('2026-03-02T11:00:00.001Z');
	});
});

