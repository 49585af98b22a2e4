import { describe, expect, it } from 'vitest';
import { BURN_IN_ORBIT, BURN_IN_STEP_MS, burnInOffset } from './burn-in.ts';

describe('burn-in care', () => {
	it('moves every step by 1 to 4 px, within 8 px in all, at least every 5 minutes', () => {
		const xs = BURN_IN_ORBIT.map(([x]) => x);
		const ys = BURN_IN_ORBIT.map(([, y]) => y);
		expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(8);
		expect(Math.max(...ys) - Math.min(...ys)).toBeLessThanOrEqual(8);
		for (let step = 0; step < BURN_IN_ORBIT.length; step++) {
			const [x0, y0] = burnInOffset(step);
			const [x1, y1] = burnInOffset(step + 1);
			const moved = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
			expect(moved, `step ${step}`).toBeGreaterThanOrEqual(1);
			expect(moved, `step ${step}`).toBeLessThanOrEqual(4);
		}
		expect(BURN_IN_STEP_MS).toBeLessThanOrEqual(5 * 60 * 1000);
	});
});
