import { describe, expect, it } from 'vitest';
import { readWallParams } from './wall-params.ts';
import { BURN_IN_ORBIT, BURN_IN_STEP_MS, burnInOffset } from './burn-in.ts';

const ids = ['investment-by-project', 'pipeline-stages', 'timeline'];

describe('the wall’s settings from its URL', () => {
	it('defaults: 4 m away, 15 s a panel, data every 300 s, every panel, controls shown', () => {
		expect(readWallParams('', ids)).toEqual({
			distance: 4,
			interval: 15,
			refresh: 300,
			playlist: ids,
			kiosk: false
		});
	});

	it('takes what it can use and ignores the rest', () => {
		expect(readWallParams('?distance=4.5&interval=30&refresh=60&kiosk=1', ids)).toMatchObject({
			distance: 4.5,
			interval: 30,
			refresh: 60,
			kiosk: true
		});
		expect(readWallParams('?distance=-1&interval=abc&refresh=&kiosk=maybe', ids)).toMatchObject({
			distance: 4,
			interval: 15,
			refresh: 300,
			kiosk: false
		});
		expect(readWallParams('?kiosk=true', ids).kiosk).toBe(true);
		expect(readWallParams('?distance=<script>', ids).distance).toBe(4);
	});

	it('brings numbers out of range into it', () => {
		expect(readWallParams('?distance=0.5&interval=1&refresh=99999999', ids)).toMatchObject({
			distance: 1,
			interval: 3,
			refresh: 86400
		});
		expect(readWallParams('?distance=50&interval=4000&refresh=2', ids)).toMatchObject({
			distance: 5,
			interval: 3600,
			refresh: 5
		});
	});

	it('plays the playlist in its order, without unknown or repeated ids', () => {
		expect(readWallParams('?playlist=timeline,nope,investment-by-project,timeline', ids).playlist).toEqual([
			'timeline',
			'investment-by-project'
		]);
		expect(readWallParams('?playlist=nope', ids).playlist).toEqual(ids);
	});
});

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
