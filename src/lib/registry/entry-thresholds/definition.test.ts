import { describe, expect, it } from 'vitest';
import { describeChart, partOf } from '../chart-test-kit.ts';
import chart from './definition.ts';
import expected from './expected.json' with { type: 'json' };

// What it must show: how many marks, and texts in each language.
describeChart(chart, expected);

describe('entry-thresholds', () => {
	it('draws both minimums open-ended', () => {
		expect(partOf(chart, 'zh', 'bar-rows').rows.every((row) => row.open)).toBe(true);
	});
});
