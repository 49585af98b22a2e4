import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CURSOR_IDLE_MS, IdleCursor } from './idle-cursor.svelte.ts';

describe('the wall’s cursor', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	const move = (target: EventTarget) => target.dispatchEvent(new Event('pointermove'));

	it('hides after 3 s still and comes back when moved', () => {
		const window = new EventTarget();
		const cursor = new IdleCursor();
		cursor.start(window);
		expect(CURSOR_IDLE_MS).toBe(3000);
		vi.advanceTimersByTime(2999);
		expect(cursor.hidden).toBe(false);
		vi.advanceTimersByTime(1);
		expect(cursor.hidden).toBe(true);
		move(window);
		expect(cursor.hidden).toBe(false);
		// Each move starts the 3 s again.
		vi.advanceTimersByTime(2000);
		move(window);
		vi.advanceTimersByTime(2999);
		expect(cursor.hidden).toBe(false);
		vi.advanceTimersByTime(1);
		expect(cursor.hidden).toBe(true);
		cursor.stop();
	});

	it('stops listening and counting', () => {
		const window = new EventTarget();
		const cursor = new IdleCursor();
		cursor.start(window);
		vi.advanceTimersByTime(CURSOR_IDLE_MS);
		cursor.stop();
		move(window);
		expect(cursor.hidden).toBe(true);
		expect(vi.getTimerCount()).toBe(0);
	});
});
