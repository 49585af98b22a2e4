/**
 * All projects in the zone as one bar split by stage: in production, under construction, and in
 * preparation (derived: the article gives no count for it; hatched). A legend with the counts sits
 * under the bar, so labels never have to fit inside narrow segments.
 */
import type { ColorToken, Segment } from '../../charts/body.ts';
import { STACKED_BAR_TICKS } from '../../charts/shapes/stacked-bar/geometry.ts';
import { valueAxis } from '../../charts/shapes/axis/geometry.ts';
import { formatFigure, formatTick } from '../../format/figure-value.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { defineChart } from '../definition.ts';
import { figureMark, kindOf } from '../common/figure-parts.ts';
import { numeric } from '../common/figures.ts';
import { selectPipeline, type Pipeline, type PipelineSegment } from './select.ts';
import words from './words.json' with { type: 'json' };

export function stageColor(stage: string): ColorToken {
	return `color-stage-${stage}` as ColorToken;
}

function stageName(segment: PipelineSegment, locale: Locale): string {
	return MESSAGES[locale].stageNames[segment.stage] ?? segment.stage;
}

function segmentOf(segment: PipelineSegment, locale: Locale): Segment {
	const derived = segment.figure.kind === 'derived';
	return {
		...figureMark(segment.figure, stageName(segment, locale), locale),
		id: segment.stage,
		name: stageName(segment, locale),
		value: formatFigure(segment.figure, locale),
		start: segment.start,
		count: segment.count,
		color: stageColor(segment.stage),
		hatched: derived,
		...(derived ? { badge: MESSAGES[locale].derived } : {})
	};
}

export default defineChart<Pipeline>({
	id: 'pipeline-stages',
	...words,
	minSize: { width: 280, height: 160 },
	keyFigure: 'projects-in-zone',
	select: ({ dataset }) => selectPipeline(dataset),
	figures: (data) => [data.total, ...data.segments.map((s) => s.figure)],
	table: (data, locale, m) => ({
		columns: [m.stage, m.value, m.kind],
		rows: [
			...data.segments.map((s) => [
				stageName(s, locale),
				formatFigure(s.figure, locale),
				kindOf(s.figure, locale)
			]),
			[data.total.label[locale], formatFigure(data.total, locale), kindOf(data.total, locale)]
		]
	}),
	body: (data, locale) => ({
		parts: [
			{
				shape: 'stacked-bar',
				total: {
					lead: `${data.total.label[locale]}${MESSAGES[locale].colon}`,
					value: formatFigure(data.total, locale)
				},
				segments: data.segments.map((segment) => segmentOf(segment, locale)),
				axis: valueAxis([numeric(data.total)], {
					nice: false,
					ticks: STACKED_BAR_TICKS,
					label: (v) => formatTick(v, locale)
				})
			}
		],
		gap: 4,
		fill: 'grow'
	})
});
