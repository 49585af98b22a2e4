import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Rotation } from './rotation.svelte.ts';

describe('the rotation', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('moves on every interval, pauses, steps both ways, and calls the boundary first', () => {
		const boundaries: number[] = [];
		const rotation = new Rotation(3, 15_000, () => boundaries.push(rotation.index));
		rotation.start();
		vi.advanceTimersByTime(15_000);
		expect(rotation.index).toBe(1);
		rotation.toggle();
		vi.advanceTimersByTime(60_000);
		expect(rotation.index).toBe(1);
		rotation.step(-1);
		rotation.step(-1);
		expect(rotation.index).toBe(2);
		rotation.toggle();
		vi.advanceTimersByTime(15_000);
		expect(rotation.index).toBe(0);
		expect(boundaries).toEqual([0, 1, 0, 2]);
		rotation.stop();
	});
});
