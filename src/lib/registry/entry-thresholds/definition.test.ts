import { describe, expect, it } from 'vitest';
import { SOURCES, describeChart } from '../chart-test-kit.ts';
import chart from './definition.ts';

describeChart(chart, {
	marks: 2,
	zh: ['500万元/亩以上', '50万元/亩以上'],
	en: ['at least 5 million yuan per mu']
});

describe('entry-thresholds', () => {
	it('draws both minimums open-ended', () => {
		const [part] = chart.body(chart.select(SOURCES), 'zh').parts;
		if (part?.shape !== 'bar-rows') throw new Error('bars expected');
		expect(part.rows.every((row) => row.open)).toBe(true);
	});
});
