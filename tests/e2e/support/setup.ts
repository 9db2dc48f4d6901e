import { afterEach, expect } from 'vitest';
import { takePolicyViolations } from './browser.ts';

// Every browser test fails if the Content Security Policy blocked anything while it ran.
afterEach(() => {
	expect(takePolicyViolations()).toEqual([]);
});
