import { describe, expect, it } from 'vitest';
import { SOURCES, describeChart } from '../chart-test-kit.ts';
import chart from './definition.ts';

describeChart(chart, {
	marks: 4,
	zh: ['7家', '11个', '1500余人', '每格代表100人', '300万元'],
	en: ['more than 1,500 people', 'Each square is 100 people']
});

describe('recovery', () => {
	it('draws a square a unit, a square per 100 of the workers, "more than" fading', () => {
		const [counts] = chart.body(chart.select(SOURCES), 'en').parts;
		if (counts?.shape !== 'unit-rows') throw new Error('unit rows expected');
		expect(counts.rows.map((row) => [row.id, row.squares, row.open, row.per ?? null])).toEqual([
			['enterprises-resumed', 7, false, null],
			['projects-resumed', 11, false, null],
			['workers-back', 15, true, 'Each square is 100 people']
		]);
	});
});
