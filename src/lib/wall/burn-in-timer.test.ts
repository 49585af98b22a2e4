import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BurnInTimer } from './burn-in-timer.svelte.ts';
import { BURN_IN_ORBIT, BURN_IN_STEP_MS } from './burn-in.ts';

describe('the burn-in timer', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('takes a step along the orbit every BURN_IN_STEP_MS, and stops', () => {
		const burnIn = new BurnInTimer();
		burnIn.start();
		expect(burnIn.offset).toEqual(BURN_IN_ORBIT[0]);
		vi.advanceTimersByTime(BURN_IN_STEP_MS - 1);
		expect(burnIn.step).toBe(0);
		vi.advanceTimersByTime(1);
		expect(burnIn.step).toBe(1);
		expect(burnIn.offset).toEqual(BURN_IN_ORBIT[1]);
		// Round the orbit and on: it starts again from the centre.
		vi.advanceTimersByTime(BURN_IN_STEP_MS * (BURN_IN_ORBIT.length - 1));
		expect(burnIn.offset).toEqual(BURN_IN_ORBIT[0]);
		burnIn.stop();
		expect(vi.getTimerCount()).toBe(0);
		vi.advanceTimersByTime(BURN_IN_STEP_MS);
		expect(burnIn.step).toBe(BURN_IN_ORBIT.length);
	});
});
