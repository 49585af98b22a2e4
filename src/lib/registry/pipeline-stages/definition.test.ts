import { describe, expect, it } from 'vitest';
import { SOURCES, describeChart, renderChart, visibleText } from '../chart-test-kit.ts';
import chart from './definition.ts';
import { selectPipeline } from './select.ts';

describe('selectPipeline', () => {
	const pipeline = selectPipeline(SOURCES.dataset);

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

describeChart(chart, {
	marks: 3,
	zh: ['41个', '已投产', '7个', '21个', '13个', '推算'],
	en: ['In preparation', '13 projects', 'derived']
});

describe('pipeline-stages', () => {
	it('explains the derived count, and hatches it in the bar and the legend', () => {
		const html = renderChart(chart, 'zh');
		expect(visibleText(html)).toContain('“前期项目”为推算：入园项目共计 − 在建项目 − 已投产项目。');
		expect(html.match(/pattern-hatched/g)).toHaveLength(2);
	});

	it('ends its axis at the total, not at a rounder number', () => {
		const [part] = chart.body(chart.select(SOURCES), 'en').parts;
		if (part?.shape !== 'stacked-bar') throw new Error('a stacked bar expected');
		expect(part.axis.max).toBe(41);
	});
});
