import { describe, expect, it } from 'vitest';
import { SOURCES, describeChart, partOf, renderChart, visibleText } from '../chart-test-kit.ts';
import chart from './definition.ts';
import { selectPipeline } from './select.ts';
import expected from './expected.json' with { type: 'json' };

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

// What it must show: how many marks, and texts in each language.
describeChart(chart, expected);

describe('pipeline-stages', () => {
	it('explains the derived count, and hatches it in the bar and the legend', () => {
		const html = renderChart(chart, 'zh');
		expect(visibleText(html)).toContain('“前期项目”为推算：入园项目共计 − 在建项目 − 已投产项目。');
		expect(html.match(/pattern-hatched/g)).toHaveLength(2);
	});

	it('ends its axis at the total, not at a rounder number', () => {
		expect(partOf(chart, 'en', 'stacked-bar').axis.max).toBe(41);
	});
});
