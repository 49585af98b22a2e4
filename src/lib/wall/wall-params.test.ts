import { describe, expect, it } from 'vitest';
import { readWallParams } from './wall-params.ts';

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
