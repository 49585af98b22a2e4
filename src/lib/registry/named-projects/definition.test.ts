import { describe, expect, it } from 'vitest';
import { SOURCES, describeChart } from '../chart-test-kit.ts';
import chart from './definition.ts';
import { selectNamedProjects } from './select.ts';

describe('selectNamedProjects', () => {
	const rows = selectNamedProjects(SOURCES.dataset);

	it('lists every named project, furthest along first, then by investment, stage unknown last', () => {
		expect(rows).toHaveLength(SOURCES.dataset.projects.length);
		expect(rows[0]!.stage).toBe('in-production');
		expect(rows.at(-1)!.stage).toBeNull();
		const signed = rows.filter((r) => r.stage === 'signed').map((r) => r.project.id);
		expect(signed[0]).toBe('zhongnan-smart-valley');
		const stages = rows.map((r) => r.stage);
		expect(stages.indexOf('under-construction')).toBeLessThan(stages.indexOf('signed'));
	});
});

describeChart(chart, {
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
});

describe('named-projects', () => {
	it('selects the project from its row, and quotes the clause that names it', () => {
		const [part] = chart.body(chart.select(SOURCES), 'zh').parts;
		if (part?.shape !== 'stage-tracks') throw new Error('stage tracks expected');
		const feize = part.rows.find((row) => row.id === 'feize-es6')!;
		expect(feize.select).toBe('project:feize-es6');
		expect(feize.tooltip.source?.text).toBe('为ES6项目全面复工复产奠定了资金基础。”');
	});
});
