import { describe, expect, it } from 'vitest';
import type { Figure } from '../../dataset/schema.ts';
import { SOURCES, describeChart, partOf } from '../chart-test-kit.ts';
import chart from './definition.ts';
import expected from './expected.json' with { type: 'json' };

// What it must show: how many marks, and texts in each language.
describeChart(chart, expected);

describe('quanen-output', () => {
	it('draws the planned lines as outlined squares, one a line', () => {
		expect(partOf(chart, 'zh', 'unit-rows').rows).toMatchObject([{ squares: 95, planned: true }]);
	});

	it('names a missing figure', () => {
		const data = (chart.select(SOURCES) as Figure[]).filter((figure) => figure.id !== 'quanen-planned-lines');
		expect(() => chart.body(data, 'zh')).toThrow('quanen-output: figure "quanen-planned-lines" is missing');
	});
});
