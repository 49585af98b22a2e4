/**
 * Each chart's image: which of the image marks (src/lib/images/marks/) draw it, fed by the same
 * prepared data, words (chart-parts.ts), formatting and colours as its HTML component. A chart in
 * the registry without an entry here stops the build, naming it.
 */
import type { Figure, Park, Policy } from '../dataset/schema.ts';
import { formatAxisTick, formatFigure, formatTick, type AxisUnit } from '../format/figure-value.ts';
import { sectorColor, stageColor } from '../charts/colors.ts';
import {
	infrastructureParts,
	namedProjectShortName,
	namedProjectValue,
	pipelineStageName,
	projectInvestmentValue,
	quanenParts,
	recoveryParts,
	sectorContext,
	sectorInvestmentValue,
	squareNote,
	stageName,
	type UnitRow
} from '../charts/chart-parts.ts';
import type { ChartFrameContent } from '../charts/prepare.ts';
import { monthDomain, monthOf } from '../charts/scales.ts';
import {
	STAGE_ORDER,
	type NamedProjectRow,
	type Pipeline,
	type ProjectInvestmentRow,
	type SectorInvestment,
	type Timeline
} from '../charts/selectors.ts';
import { SPACE, TEXT, bulletList, stack, textBlock, type Block, type ImageContext } from './layout.ts';
import { barRows } from './marks/bar-rows.ts';
import { labelledValue, stackedBar } from './marks/stacked-bar.ts';
import { stageTracks } from './marks/stage-tracks.ts';
import { partHeading, plannedList, policyList, tiles } from './marks/tiles.ts';
import { timeMarks } from './marks/time-marks.ts';
import { unitRows } from './marks/unit-rows.ts';

type ChartBody = (ctx: ImageContext, frame: ChartFrameContent, width: number) => Block;

/** Bars of figures on one scale, the accent colour, open-ended where the article says 超 or 以上. */
function figureBars(ctx: ImageContext, figures: Figure[], axisUnit: AxisUnit, width: number): Block {
	return barRows(
		ctx,
		{
			rows: figures,
			id: (f) => f.id,
			x: (f) => f.value as number,
			name: (f) => f.label[ctx.locale],
			value: (f) => formatFigure(f, ctx.locale),
			color: () => 'var(--color-accent)',
			open: (f) => f.qualifier === 'over' || f.qualifier === 'at-least',
			formatTick: (v) => formatAxisTick(v, axisUnit, ctx.locale)
		},
		width
	);
}

function figureUnitRows(ctx: ImageContext, rows: UnitRow[], width: number): Block {
	return unitRows(
		ctx,
		{
			rows,
			name: (row) => row.figure.label[ctx.locale],
			value: (row) => formatFigure(row.figure, ctx.locale),
			note: (row) => squareNote(row, ctx.locale)
		},
		width
	);
}

const muted = { size: TEXT.sm, color: 'color-text-muted' } as const;

export const CHART_BODIES: Record<string, ChartBody> = {
	'investment-by-project': (ctx, frame, width) => {
		const rows = frame.data as ProjectInvestmentRow[];
		return barRows(
			ctx,
			{
				rows,
				id: (row) => row.project,
				x: (row) => row.yuan,
				name: (row) => row.short[ctx.locale],
				value: (row) => projectInvestmentValue(row, ctx.locale),
				color: (row) => sectorColor(row.sector),
				hatched: (row) => row.converted !== null,
				formatTick: (v) => formatAxisTick(v, 'hundred-million-yuan', ctx.locale)
			},
			width
		);
	},
	'investment-by-sector': (ctx, frame, width) => {
		const data = frame.data as SectorInvestment;
		return stack(
			[
				textBlock(ctx, sectorContext(data, ctx.locale), width, muted),
				barRows(
					ctx,
					{
						rows: data.rows,
						id: (row) => row.sector.id,
						x: (row) => row.yuan,
						name: (row) => row.sector.name[ctx.locale],
						value: (row) => sectorInvestmentValue(row, ctx.locale),
						color: (row) => sectorColor(row.sector.id),
						hatched: (row) => row.includesConverted,
						formatTick: (v) => formatAxisTick(v, 'hundred-million-yuan', ctx.locale)
					},
					width
				)
			],
			SPACE[3]
		);
	},
	'pipeline-stages': (ctx, frame, width) => {
		const data = frame.data as Pipeline;
		return stack(
			[
				labelledValue(ctx, data.total.label[ctx.locale], formatFigure(data.total, ctx.locale)),
				stackedBar(
					ctx,
					{
						total: data.total.value as number,
						formatTick: (v) => formatTick(v, ctx.locale),
						segments: data.segments.map((segment) => ({
							id: segment.stage,
							start: segment.start,
							count: segment.count,
							color: stageColor(segment.stage),
							hatched: segment.figure.kind === 'derived',
							name: pipelineStageName(segment, ctx.locale),
							value: formatFigure(segment.figure, ctx.locale),
							...(segment.figure.kind === 'derived' ? { badge: ctx.messages.derived } : {})
						}))
					},
					width
				)
			],
			SPACE[2]
		);
	},
	infrastructure: (ctx, frame, width) => {
		const { lengths, others } = infrastructureParts(frame.data as Figure[]);
		return stack([figureBars(ctx, lengths, 'km', width), tiles(ctx, others, width)], SPACE[4]);
	},
	'entry-thresholds': (ctx, frame, width) =>
		figureBars(ctx, frame.data as Figure[], 'ten-thousand-yuan-per-mu', width),
	recovery: (ctx, frame, width) => {
		const { counts, money } = recoveryParts(frame.data as Figure[]);
		return stack([figureUnitRows(ctx, counts, width), tiles(ctx, money, width)], SPACE[4]);
	},
	timeline: (ctx, frame, width) => {
		const timeline = frame.data as Timeline;
		const axis = monthDomain(timeline.events.map((e) => monthOf(String(e.date.value))));
		return stack(
			[
				textBlock(ctx, ctx.messages.yearNotStated(timeline.year), width, {
					size: TEXT.xs,
					color: 'color-text-muted'
				}),
				timeMarks(
					ctx,
					{
						months: axis.months.slice(0, -1),
						domain: axis.domain,
						items: timeline.events.map((e) => ({
							id: e.event.id,
							startDay: e.startDay,
							endDay: e.endDay,
							exact: e.exact,
							when: formatFigure(e.date, ctx.locale),
							what: e.event.title[ctx.locale]
						}))
					},
					width
				),
				...(timeline.undated.length
					? [
							stack(
								[
									partHeading(ctx, ctx.messages.undatedEvents, width),
									bulletList(
										ctx,
										timeline.undated.map((item) => item.event.title[ctx.locale]),
										width,
										{ size: TEXT.sm }
									)
								],
								SPACE[1]
							)
						]
					: [])
			],
			SPACE[2]
		);
	},
	'quanen-output': (ctx, frame, width) => {
		const { output, lines, capacity } = quanenParts(frame.data as Figure[]);
		return stack(
			[
				stack([partHeading(ctx, ctx.messages.phase1, width), tiles(ctx, [output], width)], SPACE[2]),
				stack([partHeading(ctx, ctx.messages.phase2, width), figureUnitRows(ctx, [lines], width)], SPACE[2]),
				stack([partHeading(ctx, ctx.messages.quanenCapacity, width), tiles(ctx, [capacity], width)], SPACE[2])
			],
			SPACE[4]
		);
	},
	'named-projects': (ctx, frame, width) => {
		const rows = frame.data as NamedProjectRow[];
		return stageTracks(
			ctx,
			{
				rows,
				stages: STAGE_ORDER,
				stageName: (stage) => stageName(stage, ctx.locale),
				id: (row) => row.project.id,
				stage: (row) => row.stage,
				name: (row) => namedProjectShortName(row, ctx.locale),
				value: (row) => namedProjectValue(row, ctx.locale),
				color: (row) => sectorColor(row.project.sector?.id ?? null),
				noStage: ctx.messages.stageNotStated
			},
			width
		);
	},
	'land-and-services': (ctx, frame, width) => {
		const data = frame.data as { figures: Figure[]; parks: Park[]; policies: Policy[] };
		return stack(
			[
				tiles(ctx, data.figures, width),
				stack(
					[
						partHeading(ctx, ctx.messages.plannedParks, width),
						plannedList(
							ctx,
							data.parks.map((p) => ({ id: p.id, name: p.name[ctx.locale] })),
							ctx.messages.planned,
							width
						)
					],
					SPACE[2]
				),
				stack(
					[
						partHeading(ctx, ctx.messages.policies, width),
						policyList(
							ctx,
							data.policies.map((p) => ({
								name: p.name[ctx.locale],
								kind: ctx.messages.policyKinds[p.kind] ?? p.kind,
								note: p.note?.[ctx.locale]
							})),
							width
						)
					],
					SPACE[2]
				)
			],
			SPACE[4]
		);
	}
};

export function chartBody(id: string): ChartBody {
	const body = CHART_BODIES[id];
	if (!body)
		throw new Error(
			`chart images: chart "${id}" has no image renderer; add one to src/lib/images/chart-bodies.ts`
		);
	return body;
}
