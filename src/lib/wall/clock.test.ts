import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Clock } from './clock.svelte.ts';

describe('the wall’s clock', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		// Mounted 400 ms into a second.
		vi.setSystemTime(new Date('2026-01-01T08:00:00.400Z'));
	});
	afterEach(() => vi.useRealTimers());

	it('turns over with the second, not a second after it was started', () => {
		const clock = new Clock();
		clock.start();
		vi.advanceTimersByTime(599);
		expect(clock.now.toISOString()).toBe('2026-01-01T08:00:00.400Z');
		vi.advanceTimersByTime(1);
		expect(clock.now.toISOString()).toBe('2026-01-01T08:00:01.000Z');
		vi.advanceTimersByTime(1000);
		expect(clock.now.toISOString()).toBe('2026-01-01T08:00:02.000Z');
		clock.stop();
	});

	it('stops every timer it started, aligned or not yet', () => {
		const clock = new Clock();
		clock.start();
		clock.stop();
		expect(vi.getTimerCount()).toBe(0);
		clock.start();
		vi.advanceTimersByTime(2000);
		clock.stop();
		expect(vi.getTimerCount()).toBe(0);
		const shown = clock.now;
		vi.advanceTimersByTime(5000);
		expect(clock.now).toBe(shown);
	});
});
