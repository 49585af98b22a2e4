import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { loadDataset } from '../server/load-dataset.ts';
import {
	INFRASTRUCTURE_FIGURES,
	dateSpan,
	dayOfYear,
	selectFigures,
	selectInvestmentByProject,
	selectInvestmentBySector,
	selectNamedProjects,
	selectPipeline,
	selectTimeline
} from './selectors.ts';
import { monthDomain, monthOf, valueDomain } from './scales.ts';

const dataset = loadDataset();

describe('selectInvestmentByProject', () => {
	const rows = selectInvestmentByProject(dataset);

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

describe('selectPipeline', () => {
	const pipeline = selectPipeline(dataset);

	it('splits the 41 projects into 7 in production, 21 under construction and 13 in preparation (derived)', () => {
		expect(pipeline.total.value).toBe(41);
		expect(pipeline.segments.map((s) => [s.stage, s.count, s.start])).toEqual([
			['in-production', 7, 0],
			['under-construction', 21, 7],
			['preparation', 13, 28]
		]);
		expect(pipeline.segments[2]!.figure.kind).toBe('derived');
		const last = pipeline.segments.at(-1)!;
		expect(last.start + last.count).toBe(41);
	});
});

describe('selectFigures', () => {
	it('keeps the order asked for', () => {
		expect(selectFigures(dataset, INFRASTRUCTURE_FIGURES).map((f) => f.id)).toEqual([
			...INFRASTRUCTURE_FIGURES
		]);
	});

	it('fails loudly when a figure is missing rather than drawing less', () => {
		expect(() => selectFigures(dataset, ['no-such-figure'])).toThrow(
			'chart data: figure "no-such-figure" is missing'
		);
	});
});

describe('selectTimeline and dates', () => {
	it('orders the dated events and spans what a part of a month covers', () => {
		const { events, year } = selectTimeline(dataset);
		expect(year).toBe(2020);
		expect(events.map((e) => [String(e.date.value), e.startDay, e.endDay, e.exact])).toEqual([
			['--03', 61, 70, false],
			['--04', 92, 121, false],
			['--04-30', 121, 121, true],
			['--05-14', 135, 135, true]
		]);
		expect(events[0]!.keys).toContain('project:feize-es6');
	});

	it('lists the events the article does not date apart, never on the axis', () => {
		const { events, undated } = selectTimeline(dataset);
		expect(undated.map((e) => e.event.id)).toEqual(['event-plans-approved']);
		expect(events.map((e) => e.event.id)).not.toContain('event-plans-approved');
	});

	it('counts days in a leap year and reads --MM and --MM-DD', () => {
		expect(dayOfYear(1, 1)).toBe(1);
		expect(dayOfYear(3, 1)).toBe(61);
		expect(dayOfYear(12, 31)).toBe(366);
		expect(dateSpan('--04')).toEqual({ start: 92, end: 121, exact: false });
		expect(dateSpan('--04', 'late')).toEqual({ start: 112, end: 121, exact: false });
		expect(dateSpan('--05-14')).toEqual({ start: 135, end: 135, exact: true });
	});
});

describe('selectNamedProjects', () => {
	const rows = selectNamedProjects(dataset);

	it('lists every named project, furthest along first, then by investment, stage unknown last', () => {
		expect(rows).toHaveLength(dataset.projects.length);
		expect(rows[0]!.stage).toBe('in-production');
		expect(rows.at(-1)!.stage).toBeNull();
		const signed = rows.filter((r) => r.stage === 'signed').map((r) => r.project.id);
		expect(signed[0]).toBe('zhongnan-smart-valley');
		const stages = rows.map((r) => r.stage);
		expect(stages.indexOf('under-construction')).toBeLessThan(stages.indexOf('signed'));
	});
});

describe('scales', () => {
	it('value domains start at zero; open-ended values get headroom', () => {
		expect(valueDomain([41.9, 300])).toEqual([0, 300]);
		expect(valueDomain([41.9, 300], true)).toEqual([0, 360]);
		expect(valueDomain([])).toEqual([0, 1]);
	});

	it('bars are proportional to their values in percent', () => {
		const x = scaleLinear()
			.domain(valueDomain(selectInvestmentByProject(dataset).map((r) => r.yuan)))
			.range([0, 100]);
		expect(x(2.63e9)).toBe(100);
		expect(x(1.2e8)).toBeCloseTo((1.2e8 / 2.63e9) * 100, 6);
		expect(x(0)).toBe(0);
	});

	it('the time axis runs from the first event’s month to the end of the last one’s', () => {
		const { months, domain } = monthDomain(['--03', '--04', '--04-30', '--05-14'].map(monthOf));
		expect(months).toEqual([3, 4, 5, 6]);
		expect(domain).toEqual([61, 153]);
		const x = scaleLinear().domain(domain).range([0, 100]);
		expect(x(dayOfYear(4, 30))).toBeCloseTo(((121 - 61) / 92) * 100, 6);
	});
});
