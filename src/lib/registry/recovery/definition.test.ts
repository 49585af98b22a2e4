import { describe, expect, it } from 'vitest';
import { describeChart, partOf } from '../chart-test-kit.ts';
import chart from './definition.ts';
import expected from './expected.json' with { type: 'json' };

// What it must show: how many marks, and texts in each language.
describeChart(chart, expected);

describe('recovery', () => {
	it('draws a square a unit, a square per 100 of the workers, "more than" fading', () => {
		expect(
			partOf(chart, 'en', 'unit-rows').rows.map((row) => [row.id, row.squares, row.open, row.per ?? null])
		).toEqual([
			['enterprises-resumed', 7, false, null],
			['projects-resumed', 11, false, null],
			['workers-back', 15, true, 'Each square is 100 people']
		]);
	});
});
