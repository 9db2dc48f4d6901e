import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveScheduler } from '../../../src/lib/state/save-scheduler.ts';

describe('when an editor saves', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('saves half a second after typing pauses', () => {
		const save = vi.fn();
		const scheduler = new SaveScheduler(save);
		scheduler.changed();
		vi.advanceTimersByTime(499);
		expect(save).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(save).toHaveBeenCalledTimes(1);
	});

	it('saves within a second of the first change even if typing never pauses', () => {
		const savedAt: number[] = [];
		const scheduler = new SaveScheduler(() => {
			savedAt.push(Date.now());
			scheduler.saving();
		});
		const start = Date.now();
		// A keystroke every 100 ms for three seconds.
		for (let t = 0; t < 3000; t += 100) {
			scheduler.changed();
			vi.advanceTimersByTime(100);
		}
		expect(savedAt[0]! - start).toBeLessThanOrEqual(1000);
		// And it keeps saving at least once a second while typing goes on.
		expect(savedAt.length).toBeGreaterThanOrEqual(3);
	});

	it('does not save again once a save has started and nothing more changed', () => {
		const save = vi.fn();
		const scheduler = new SaveScheduler(save);
		scheduler.changed();
		scheduler.saving();
		vi.advanceTimersByTime(5000);
		expect(save).not.toHaveBeenCalled();
	});
});
