import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../server/load-dataset.ts';
import { CHARTS, REGISTRY, chartById } from './registry.ts';
import { formatFigure } from '../format/figure-value.ts';
import { prepareFrame } from './prepare.ts';
import { loadChartComponents } from './chart-components.ts';
import ChartFrame from './ChartFrame.svelte';

const dataset = loadDataset();
const components = await loadChartComponents(CHARTS.map((chart) => chart.id));

/** What each chart must show: how many marks, and values in both languages. */
const EXPECTED: Record<string, { marks: number; zh: string[]; en: string[] }> = {
	'investment-by-project': {
		marks: 6,
		zh: ['中南高科智慧科技谷', '26.3亿元 · 可归两类', '约10亿元（1.5亿美元，已换算）', '1.2亿元'],
		en: [
			'Zhongnan smart tech valley',
			'2.63 billion yuan · fits two sectors',
			'about 1 billion yuan (US$150 million, converted)',
			'Projects that could sit in two sectors: Zhongnan smart tech valley (Modern services or Smart and intelligent technology)'
		]
	},
	'investment-by-sector': {
		marks: 5,
		zh: [
			'新一代信息技术',
			'28.3亿元 · 2个',
			'4.2亿元 · 1个 · 另有2个项目也可归此类',
			'约10亿元 · 1个',
			'268.7亿元',
			'约70亿元',
			'可归两类的项目：云联数据智能产业中心（新一代信息技术或智慧智能）；中南高科智慧科技谷（现代服务业或智慧智能）。'
		],
		en: ['Next-generation information technology', '2.83 billion yuan · 2 projects', '+2 could count here']
	},
	'pipeline-stages': {
		marks: 3,
		zh: ['41个', '已投产', '7个', '21个', '13个', '推算'],
		en: ['In preparation', '13 projects', 'derived']
	},
	infrastructure: {
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
	},
	'entry-thresholds': {
		marks: 2,
		zh: ['500万元/亩以上', '50万元/亩以上'],
		en: ['at least 5 million yuan per mu']
	},
	recovery: {
		marks: 4,
		zh: ['7家', '11个', '1500余人', '每格代表100人', '300万元'],
		en: ['more than 1,500 people', 'Each square is 100 people']
	},
	timeline: {
		marks: 4,
		zh: [
			'3月初',
			'4月',
			'4月30日',
			'5月14日',
			'文中未写年份',
			'文中未写日期的事件',
			'市规委会批复通过园区总规、控制性详规'
		],
		en: ['early March', 'April 30', 'May 14', 'states no year', 'Events the article does not date']
	},
	'quanen-output': {
		marks: 3,
		zh: ['5011万元', '95条', '可达60万吨/年', '一期（已投产）', '指二期还是全公司，文中未说明', '文意两可'],
		en: ['50.11 million yuan', '95 production lines', 'Quanen Pipes: total annual capacity', 'two readings']
	},
	'named-projects': {
		marks: 11,
		zh: [
			'已签约',
			'在建',
			'已投产',
			'2.83亿元',
			'文中未写进度',
			'飞泽复合材料科技有限公司ES6项目（名称为本看板所拟）',
			'今年签约',
			'文中未说',
			'在建；正在进行基础开挖和局部垫层工作；已返还第一笔开工履约保证金',
			'万京智能物流（现代服务业或智慧智能）'
		],
		en: [
			'Under construction',
			'stage not stated',
			'Feize Composite Materials Technology Co., ES6 project (name ours)',
			'Signed this year',
			'not stated'
		]
	},
	'land-and-services': {
		marks: 5,
		zh: [
			'5个',
			'24小时',
			'智能制造服务产业园',
			'拟建',
			'文中提到的政策与规划',
			'“三创四建”活动',
			'《廊坊高新区关于盘活闲置和低效工业用地的工作方案》',
			'项目建设监督制约机制',
			'园区总规'
		],
		en: ['5 cases', '24 hours', 'planned', 'The “three creations, four constructions” campaign', 'work plan']
	}
};

function renderChart(id: string, locale: 'zh' | 'en', fill = false): string {
	const frame = prepareFrame(chartById(id)!, dataset, locale);
	return render(ChartFrame, { props: { frame, Chart: components[id]!, fill } }).body;
}

function visibleText(html: string): string {
	return html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ');
}

describe('the chart registry', () => {
	it('declares each chart once, with a stable URL-safe id', () => {
		const ids = CHARTS.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		expect(ids).toEqual(expect.arrayContaining(Object.keys(EXPECTED)));
	});

	it('holds the zone map as an entry like the charts, first, with ids unique across both', () => {
		expect(REGISTRY[0]).toMatchObject({ kind: 'map', id: 'zone-map' });
		const ids = REGISTRY.map((entry) => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(REGISTRY.filter((entry) => entry.kind === 'chart')).toEqual(CHARTS);
	});

	it('loads each chart’s component only when asked, one chunk per chart', async () => {
		const source = readFileSync(new URL('./registry.ts', import.meta.url), 'utf8');
		expect(source, 'a static import of a chart component').not.toMatch(/^import .*\.svelte'/m);
		for (const chart of CHARTS) expect((await chart.load()).default, chart.id).toBeTypeOf('function');
	});

	it('names a key figure of the dataset for every chart, formatted in the frame', () => {
		for (const chart of CHARTS) {
			const frame = prepareFrame(chart, dataset, 'en');
			const figure = dataset.figures.find((f) => f.id === chart.keyFigure)!;
			expect(frame.keyFigure, chart.id).toEqual({
				id: chart.keyFigure,
				value: formatFigure(figure, 'en'),
				label: figure.label.en
			});
		}
		const broken = { ...CHARTS[0]!, keyFigure: 'no-such-figure' };
		expect(() => prepareFrame(broken, dataset, 'zh')).toThrow(
			'chart "investment-by-project": key figure "no-such-figure" is not in the dataset'
		);
	});

	it('prepares a frame for one language, as plain data', () => {
		for (const chart of CHARTS) {
			const { data, sources, ...frame } = prepareFrame(chart, dataset, 'en');
			expect(JSON.parse(JSON.stringify({ data, frame })), chart.id).toEqual({ data, frame });
			expect(frame.title).toBe(chart.title.en);
			// Only the article's own sentences (sources) are Chinese on an English frame.
			expect(JSON.stringify(frame), chart.id).not.toMatch(/\p{Script=Han}/u);
			expect(sources.length, chart.id).toBeGreaterThan(0);
		}
	});

	it('gives every chart titles, subtitle and description in both languages and a minimum size', () => {
		for (const chart of CHARTS) {
			for (const text of [chart.title, chart.subtitle, chart.describe]) {
				expect(text.zh, chart.id).toMatch(/\p{Script=Han}/u);
				expect(text.en, chart.id).toMatch(/^[\x20-\x7E’“”²–—]+$/);
			}
			expect(chart.minSize.width).toBeGreaterThanOrEqual(280);
			expect(chart.minSize.height).toBeGreaterThan(0);
		}
	});

	it('the sector table gives a sum with a converted part as its chart does (about, to its last digit)', () => {
		const chart = chartById('investment-by-sector')!;
		for (const [locale, sector, amount] of [
			['zh', '新材料', '约10亿元'],
			['en', 'New materials', 'about 1 billion yuan']
		] as const) {
			const { table, description } = prepareFrame(chart, dataset, locale);
			expect(table.rows.find((row) => row[0] === sector)?.at(-1)).toBe(amount);
			expect(description).not.toMatch(/10\.35|1\.035/);
		}
	});

	it('every figure a chart shows is in the dataset, and every chart has the sentences behind it', () => {
		const known = new Set(dataset.figures.map((f) => f.id));
		for (const chart of CHARTS) {
			const prepared = prepareFrame(chart, dataset, 'zh');
			for (const figure of chart.figures(prepared.data))
				expect(known.has(figure.id), `${chart.id}: ${figure.id}`).toBe(true);
			expect(prepared.sources.length, chart.id).toBeGreaterThan(0);
			for (const source of prepared.sources)
				expect(dataset.article.paragraphs[source.paragraph - 1]).toContain(source.quote);
		}
	});
});

describe.each(Object.entries(EXPECTED))('chart %s, rendered on the server', (id, expected) => {
	const zh = renderChart(id, 'zh');
	const en = renderChart(id, 'en');
	const chart = chartById(id)!;

	it('carries its id, title and marks', () => {
		expect(zh).toContain(`data-chart-id="${id}"`);
		expect(zh).toContain(`id="${id}-title"`);
		expect(visibleText(zh)).toContain(chart.title.zh);
		expect(visibleText(en)).toContain(chart.title.en);
		expect(zh.match(/data-mark-id="/g)?.length).toBe(expected.marks);
	});

	it('writes its values into the HTML in both languages', () => {
		for (const text of expected.zh) expect(visibleText(zh), text).toContain(text);
		for (const text of expected.en) expect(visibleText(en), text).toContain(text);
	});

	it('has a table view with a row for every line of its table, and a description', () => {
		const table = prepareFrame(chart, dataset, 'zh').table;
		expect(zh).toContain('<details class="table-view');
		expect(zh.match(/<tr[ >]/g)?.length).toBe(table.rows.length + 1);
		expect(zh).toMatch(new RegExp(`id="${id}-description"[^>]*>[^<]{20,}`));
	});

	it('shows the sentences behind it', () => {
		for (const source of prepareFrame(chart, dataset, 'zh').sources) expect(zh).toContain(source.quote);
	});
});

describe('the unit line', () => {
	it.each([
		['investment-by-project', '单位：亿元', 'Unit: billion yuan', ' 0 10 20 ', ' 0 1 2 '],
		['investment-by-sector', '单位：亿元', 'Unit: billion yuan', ' 0 10 20 ', ' 0 1 2 '],
		['entry-thresholds', '单位：万元/亩', 'Unit: million yuan per mu', ' 0 200 400 ', ' 0 2 4 '],
		['infrastructure', '单位：公里', 'Unit: km', ' 0 100 200 ', ' 0 100 200 ']
	])(
		'%s names the unit its ticks are read in, after a full-width colon in Chinese',
		(id, zh, en, zhTicks, enTicks) => {
			const text = (locale: 'zh' | 'en') =>
				renderChart(id, locale)
					.replace(/<!--[^>]*-->/g, '')
					.replace(/<[^>]+>/g, ' ')
					.replace(/\s+/g, ' ');
			for (const [locale, unit, ticks] of [
				['zh', zh, zhTicks],
				['en', en, enTicks]
			] as const) {
				// The ticks after the unit line are plain numbers of that unit: 10 (亿元), not 10亿.
				expect(text(locale)).toContain(unit);
				expect(text(locale).slice(text(locale).indexOf(unit))).toContain(ticks);
			}
			expect(renderChart(id, 'zh')).not.toContain('单位: ');
		}
	);
});

describe('notes', () => {
	it('explain derived and converted figures and our classification', () => {
		const pipeline = visibleText(renderChart('pipeline-stages', 'zh'));
		expect(pipeline).toContain('“前期项目”为推算：入园项目共计 − 在建项目 − 已投产项目。');
		const projects = visibleText(renderChart('investment-by-project', 'en'));
		expect(projects).toContain(
			'is converted from dollars to yuan at the rate we chose, 6.8976 yuan to the dollar (2020 average'
		);
		expect(projects).toContain('Our identification (not a cross-check): The article says US$150 million');
		expect(projects).toContain('Which sector a project belongs to is our classification');
	});

	it('mark converted and derived bars with a pattern, not colour alone', () => {
		expect(renderChart('investment-by-project', 'zh').match(/pattern-hatched/g)).toHaveLength(1);
		expect(renderChart('pipeline-stages', 'zh').match(/pattern-hatched/g)).toHaveLength(2);
	});
});

describe('a chart in a box it must fill (the big screen)', () => {
	it.each(Object.keys(EXPECTED))('%s takes its box’s height instead of its own', (id) => {
		const html = renderChart(id, 'zh', true);
		expect(html).toMatch(/class="chart-frame[^"]*\bfill\b/);
		// The chart body passes `fill` on: its root is marked to stretch, not to size itself.
		const body = html.slice(html.indexOf('class="chart-body'));
		expect(body).toMatch(/class="[^"]*\bfill\b/);
		expect(body.match(/data-mark-id="/g)?.length).toBe(EXPECTED[id]!.marks);
	});
});
