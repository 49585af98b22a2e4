import { describe, expect, it } from 'vitest';
import { SOURCES, describeChart, partOf } from '../chart-test-kit.ts';
import chart from './definition.ts';
import { selectNamedProjects } from './select.ts';
import expected from './expected.json' with { type: 'json' };

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

// What it must show: how many marks, and texts in each language.
describeChart(chart, expected);

describe('named-projects', () => {
	it('selects the project from its row, and quotes the clause that names it', () => {
		const feize = partOf(chart, 'zh', 'stage-tracks').rows.find((row) => row.id === 'feize-es6')!;
		expect(feize.select).toBe('project:feize-es6');
		expect(feize.tooltip.source?.text).toBe('为ES6项目全面复工复产奠定了资金基础。”');
	});
});
