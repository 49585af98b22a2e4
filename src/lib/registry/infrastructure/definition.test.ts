import { describe, expect, it } from 'vitest';
import { SOURCES, describeChart, partOf } from '../chart-test-kit.ts';
import { selectFigures } from '../common/figures.ts';
import chart, { INFRASTRUCTURE_FIGURES } from './definition.ts';
import expected from './expected.json' with { type: 'json' };

// What it must show: how many marks, and texts in each language.
describeChart(chart, expected);

describe('infrastructure', () => {
	it('takes its figures in the order it lists them, failing loudly when one is missing', () => {
		expect(selectFigures(SOURCES.dataset, INFRASTRUCTURE_FIGURES).map((f) => f.id)).toEqual([
			...INFRASTRUCTURE_FIGURES
		]);
		expect(() => selectFigures(SOURCES.dataset, ['no-such-figure'])).toThrow(
			'chart data: figure "no-such-figure" is missing'
		);
	});

	it('draws the lengths on one scale, "over 300 km" fading out into room kept for it', () => {
		const bars = partOf(chart, 'en', 'bar-rows');
		expect(bars.rows.map((row) => [row.id, row.open])).toEqual([
			['road-network-length', false],
			['pipeline-length', true]
		]);
		expect(bars.axis.max).toBeGreaterThanOrEqual(360);
		expect(partOf(chart, 'en', 'tiles').tiles).toHaveLength(3);
	});
});
