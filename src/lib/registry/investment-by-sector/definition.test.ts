import { describe, expect, it } from 'vitest';
import { SOURCES, describeChart } from '../chart-test-kit.ts';
import { selectInvestmentByProject } from '../investment-by-project/select.ts';
import { prepareFrame } from '../prepare-frame.ts';
import chart from './definition.ts';
import { selectInvestmentBySector } from './select.ts';
import expected from './expected.json' with { type: 'json' };

const { dataset } = SOURCES;

describe('selectInvestmentBySector', () => {
	const { rows, context } = selectInvestmentBySector(dataset);

	it('shows every sector, and the projects counted elsewhere that could as well count there', () => {
		expect(rows).toHaveLength(dataset.sectors.length);
		const smart = rows.find((r) => r.sector.id === 'smart-technology')!;
		expect(smart.projects.map((p) => p.project)).toEqual(['sorting-robots']);
		expect(smart.alsoFitting.map((p) => p.project)).toEqual(['zhongnan-smart-valley', 'yunlian-data']);
		expect(smart.yuan).toBe(4.2e8);
	});

	it('adds up to the same money as the projects, largest first', () => {
		const byProject = selectInvestmentByProject(dataset).reduce((sum, r) => sum + r.yuan, 0);
		expect(rows.reduce((sum, r) => sum + r.yuan, 0)).toBeCloseTo(byProject, 0);
		expect(rows.map((r) => r.sector.id).slice(0, 3)).toEqual([
			'next-generation-it',
			'modern-services',
			'new-materials'
		]);
		expect(rows[0]!.yuan).toBeCloseTo(1.53e9 + 1.3e9, 0);
		expect(rows.find((r) => r.sector.id === 'new-materials')!.includesConverted).toBe(true);
	});

	it('brings the article’s cumulative and yearly totals as context', () => {
		expect(context.map((f) => f.id)).toEqual([
			'investment-cumulative',
			'signed-projects-cumulative',
			'investment-this-year',
			'signed-projects-this-year'
		]);
	});
});

// What it must show: how many marks, and texts in each language.
describeChart(chart, expected);

describe('investment-by-sector', () => {
	it('its table gives a sum with a converted part as its chart does (about, to its last digit)', () => {
		for (const [locale, sector, amount] of [
			['zh', '新材料', '约10亿元'],
			['en', 'New materials', 'about 1 billion yuan']
		] as const) {
			const { table, description } = prepareFrame(chart, SOURCES, locale);
			expect(table.rows.find((row) => row[0] === sector)?.at(-1)).toBe(amount);
			expect(description).not.toMatch(/10\.35|1\.035/);
		}
	});
});
