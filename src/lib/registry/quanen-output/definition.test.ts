import { describe, expect, it } from 'vitest';
import type { Figure } from '../../dataset/schema.ts';
import { SOURCES, describeChart } from '../chart-test-kit.ts';
import chart from './definition.ts';

describeChart(chart, {
	marks: 3,
	zh: ['5011万元', '95条', '可达60万吨/年', '一期（已投产）', '指二期还是全公司，文中未说明', '文意两可'],
	en: ['50.11 million yuan', '95 production lines', 'Quanen Pipes: total annual capacity', 'two readings']
});

describe('quanen-output', () => {
	it('draws the planned lines as outlined squares, one a line', () => {
		const lines = chart.body(chart.select(SOURCES), 'zh').parts.find((part) => part.id === 'lines');
		if (lines?.shape !== 'unit-rows') throw new Error('unit rows expected');
		expect(lines.rows).toMatchObject([{ squares: 95, planned: true }]);
	});

	it('names a missing figure', () => {
		const data = (chart.select(SOURCES) as Figure[]).filter((figure) => figure.id !== 'quanen-planned-lines');
		expect(() => chart.body(data, 'zh')).toThrow('quanen-output: figure "quanen-planned-lines" is missing');
	});
});
