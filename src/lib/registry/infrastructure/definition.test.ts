import { describe, expect, it } from 'vitest';
import { SOURCES, describeChart } from '../chart-test-kit.ts';
import { selectFigures } from '../common/figures.ts';
import chart, { INFRASTRUCTURE_FIGURES } from './definition.ts';

describeChart(chart, {
	marks: 5,
	zh: ['41.9公里', '超300公里', '超40亿元', '基本实现“九通一平”', '72.96平方公里'],
	en: [
		'41.9 km',
		'over 300 km',
		'over 4 billion yuan',
		'basically achieved: 9 utilities',
		'72.96 km²',
		'Area within which basic farmland was released from protection'
	]
});

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
		const [bars, tiles] = chart.body(chart.select(SOURCES), 'en').parts;
		if (bars?.shape !== 'bar-rows' || tiles?.shape !== 'tiles') throw new Error('bars and tiles expected');
		expect(bars.rows.map((row) => [row.id, row.open])).toEqual([
			['road-network-length', false],
			['pipeline-length', true]
		]);
		expect(bars.axis.max).toBeGreaterThanOrEqual(360);
		expect(tiles.tiles).toHaveLength(3);
	});
});
