import { describe, expect, it } from 'vitest';
import { SOURCES, describeChart, partOf, renderChart, visibleText } from '../chart-test-kit.ts';
import chart from './definition.ts';
import { selectInvestmentByProject } from './select.ts';
import expected from './expected.json' with { type: 'json' };

describe('selectInvestmentByProject', () => {
	const rows = selectInvestmentByProject(SOURCES.dataset);

	it('gives this year’s six signed projects, largest first', () => {
		expect(rows.map((r) => r.project)).toEqual([
			'zhongnan-smart-valley',
			'yunlian-data',
			'jingyun-cloud',
			'graphene-valley',
			'sorting-robots',
			'school-15-relocation'
		]);
		expect(rows.map((r) => r.yuan)).toEqual([2.63e9, 1.53e9, 1.3e9, 1_034_640_000, 4.2e8, 1.2e8]);
	});

	it('keeps the dollar figure as stated and draws it in yuan, converted and flagged', () => {
		const graphene = rows.find((r) => r.project === 'graphene-valley')!;
		expect(graphene.stated).toMatchObject({ unit: 'usd', value: 1.5e8 });
		expect(graphene.converted).toMatchObject({ kind: 'derived', formula: { op: 'convert' } });
		expect(rows.filter((r) => r.converted)).toHaveLength(1);
	});

	it('answers to its project and its sector when selected', () => {
		expect(rows[0]!.keys).toEqual([
			'project:zhongnan-smart-valley',
			'sector:modern-services',
			'place:langfang-high-tech-zone'
		]);
		expect(rows[0]!.sectorName?.zh).toBe('现代服务业');
	});

	it('carries the second sector a project could as well sit in, with our reason', () => {
		expect(rows.filter((r) => r.alsoFits).map((r) => [r.project, r.alsoFits!.sector])).toEqual([
			['zhongnan-smart-valley', 'smart-technology'],
			['yunlian-data', 'smart-technology']
		]);
		expect(rows[0]!.alsoFits!.name?.en).toBe('Smart and intelligent technology');
		expect(rows[0]!.alsoFits!.reason.en).toMatch(/industry the park means to attract/);
	});
});

// What it must show: how many marks, and texts in each language.
describeChart(chart, expected);

describe('investment-by-project', () => {
	it('draws bars proportional to the investment, on an axis from zero', () => {
		const part = partOf(chart, 'zh', 'bar-rows');
		expect(part.axis.max).toBeGreaterThanOrEqual(2.63e9);
		expect(part.axis.ticks.map((t) => t.label)).toEqual(['0', '10', '20']);
	});

	it('notes the conversion at our rate, our identification and our classification', () => {
		const projects = visibleText(renderChart(chart, 'en'));
		expect(projects).toContain(
			'is converted from dollars to yuan at the rate we chose, 6.8976 yuan to the dollar (2020 average'
		);
		expect(projects).toContain('Our identification (not a cross-check): The article says US$150 million');
		expect(projects).toContain('Which sector a project belongs to is our classification');
	});

	it('marks the converted bar with a pattern, not colour alone', () => {
		expect(renderChart(chart, 'zh').match(/pattern-hatched/g)).toHaveLength(1);
	});
});
