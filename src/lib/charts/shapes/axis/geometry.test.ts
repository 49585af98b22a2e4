import { describe, expect, it } from 'vitest';
import { tickAlign, valueAxis, valueDomain } from './geometry.ts';

describe('value axes', () => {
	it('start at zero; open-ended values get headroom', () => {
		expect(valueDomain([41.9, 300])).toEqual([0, 300]);
		expect(valueDomain([41.9, 300], true)).toEqual([0, 360]);
		expect(valueDomain([])).toEqual([0, 1]);
	});

	it('end at a round number, or at the largest value where the whole is split', () => {
		const label = (v: number) => String(v / 1e8);
		expect(valueAxis([2.63e9, 1.2e8], { ticks: 3, label })).toEqual({
			max: 2.8e9,
			ticks: [
				{ value: 0, label: '0' },
				{ value: 1e9, label: '10' },
				{ value: 2e9, label: '20' }
			]
		});
		expect(valueAxis([41], { ticks: 4, nice: false, label: String }).max).toBe(41);
	});

	it('align the first tick’s label to its start and those near the end to their end', () => {
		expect([tickAlign(0, 0), tickAlign(1, 0.5), tickAlign(2, 0.9)]).toEqual(['start', 'middle', 'end']);
	});
});
