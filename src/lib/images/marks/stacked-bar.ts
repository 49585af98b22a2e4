/**
 * The pipeline chart's shapes (PipelineStages with StackedBar): the total on a line, one bar split
 * into consecutive segments on a linear scale with its axis, and a legend with each segment's
 * count under it, so no label has to fit inside a narrow segment. Hatched segments are derived.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import { element, insetRect } from '../svg.ts';
import {
	SPACE,
	TEXT,
	pill,
	color,
	drawLines,
	flow,
	stack,
	textWidth,
	type Block,
	type Canvas,
	type ImageContext
} from '../layout.ts';
import { AXIS_HEIGHT, drawValueAxis } from './value-axis.ts';

const BAR = 44;
const SWATCH = 14.4;

export interface Segment {
	id: string;
	start: number;
	count: number;
	/** A colour token reference (`var(--color-stage-…)`). */
	color: string;
	hatched: boolean;
	name: string;
	value: string;
	/** Said beside the value in the legend (推算 / derived). */
	badge?: string;
}

/** "label: value" with the value bold, on one line. */
export function labelledValue(ctx: ImageContext, label: string, value: string): Block & { width: number } {
	const lead = `${label}${ctx.messages.colon}`;
	const leadWidth = textWidth(ctx, lead, TEXT.sm);
	return {
		width: leadWidth + textWidth(ctx, value, TEXT.sm, 700),
		height: TEXT.sm * 1.6,
		draw(canvas, x, y) {
			drawLines(ctx, canvas, [lead], x, y, { size: TEXT.sm });
			drawLines(ctx, canvas, [value], x + leadWidth, y, { size: TEXT.sm, weight: 700 });
		}
	};
}

/** A legend's colour square, striped and outlined when hatched (base.css's swatch). */
export function drawSwatch(
	canvas: Canvas,
	hex: string,
	hatched: boolean,
	x: number,
	y: number,
	size: number
): void {
	canvas.add(
		element('rect', {
			x,
			y,
			width: size,
			height: size,
			rx: 2,
			fill: hatched ? canvas.hatch(hex) : hex,
			stroke: hatched ? hex : undefined
		})
	);
}

/**
 * The segments side by side as one bar of `height`, on `scale`; the HTML segment's 2px right border
 * in the background colour parts each from the next. Each is recorded as a mark.
 */
export function drawSegments(
	ctx: ImageContext,
	canvas: Canvas,
	segments: Pick<Segment, 'id' | 'start' | 'count' | 'color' | 'hatched'>[],
	scale: ScaleLinear<number, number>,
	x: number,
	y: number,
	height: number
): void {
	for (const segment of segments) {
		const left = x + scale(segment.start);
		const width = scale(segment.start + segment.count) - scale(segment.start) - 2;
		const hex = color(ctx, segment.color);
		canvas.add(
			element('rect', { x: left, y, width, height, fill: segment.hatched ? canvas.hatch(hex) : hex })
		);
		if (segment.hatched) canvas.add(insetRect({ x: left, y, width, height }, hex));
		canvas.mark({
			id: segment.id,
			x: left,
			y,
			width,
			height,
			color: hex,
			fill: segment.hatched ? 'hatched' : 'solid'
		});
	}
}

function legendItem(ctx: ImageContext, segment: Segment): Block & { width: number } {
	const nameWidth = textWidth(ctx, segment.name, TEXT.sm);
	const valueWidth = textWidth(ctx, segment.value, TEXT.sm, 700);
	const tag = segment.badge ? pill(ctx, segment.badge) : undefined;
	const gap = SPACE[1];
	const lineHeight = TEXT.sm * 1.6;
	return {
		width: SWATCH + gap + nameWidth + gap + valueWidth + (tag ? gap + tag.width : 0),
		height: lineHeight,
		draw(canvas, x, y) {
			drawSwatch(
				canvas,
				color(ctx, segment.color),
				segment.hatched,
				x,
				y + (lineHeight - SWATCH) / 2,
				SWATCH
			);
			let left = x + SWATCH + gap;
			drawLines(ctx, canvas, [segment.name], left, y, { size: TEXT.sm });
			left += nameWidth + gap;
			drawLines(ctx, canvas, [segment.value], left, y, { size: TEXT.sm, weight: 700 });
			left += valueWidth + gap;
			tag?.draw(canvas, left, y + (lineHeight - tag.height) / 2);
		}
	};
}

export function stackedBar(
	ctx: ImageContext,
	{
		segments,
		total,
		formatTick
	}: { segments: Segment[]; total: number; formatTick: (value: number) => string },
	width: number
): Block {
	const scale = scaleLinear().domain([0, total]).range([0, width]);
	const bar: Block = {
		height: BAR + AXIS_HEIGHT,
		draw(canvas, x, y) {
			drawValueAxis(ctx, canvas, { scale, ticks: 4, format: formatTick }, x, y, BAR);
			drawSegments(ctx, canvas, segments, scale, x, y, BAR);
		}
	};
	return stack(
		[
			bar,
			flow(
				segments.map((s) => legendItem(ctx, s)),
				width,
				SPACE[4],
				SPACE[2]
			)
		],
		SPACE[3]
	);
}
