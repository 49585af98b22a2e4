/**
 * A stacked-bar part in an image (StackedBar.html.svelte): the whole on a line, one bar split into
 * consecutive segments on its axis, and a legend with each segment's count under it. Hatched
 * segments are derived.
 */
import type { ColorToken, Segment, StackedBarPart } from '../../body.ts';
import { flow, stack, type Block } from '../../svg/blocks.ts';
import type { Canvas } from '../../svg/canvas.ts';
import { color, type ImageContext } from '../../svg/context.ts';
import { LEADING, SPACE_PX, TEXT_PX } from '../../svg/sizes.ts';
import { element, insetRect } from '../../svg/svg.ts';
import { drawLines, pill, textWidth } from '../../svg/text-blocks.ts';
import { AXIS_HEIGHT, drawAxis } from '../axis/axis.svg.ts';
import { valueLines } from '../axis/geometry.ts';
import { STACKED_BAR } from './geometry.ts';

/**
 * A segment's colour square in a legend, `size` wide, centred on a line `lineHeight` tall at y:
 * striped and outlined when hatched (base.css's .pattern-hatched).
 */
export function drawSwatch(
	ctx: ImageContext,
	canvas: Canvas,
	{ color: token, hatched }: Pick<Segment, 'color' | 'hatched'>,
	{ x, y, size, lineHeight }: { x: number; y: number; size: number; lineHeight: number }
): void {
	const hex = color(ctx, token as ColorToken);
	canvas.add(
		element('rect', {
			x,
			y: y + (lineHeight - size) / 2,
			width: size,
			height: size,
			rx: 2,
			fill: hatched ? canvas.hatch(hex) : hex,
			stroke: hatched ? hex : undefined
		})
	);
}

/**
 * The segments side by side as one bar `width` wide and `height` tall, on a scale of `total`; the
 * HTML segment's 2px right border in the background colour parts each from the next. Each is
 * recorded as a mark.
 */
export function drawSegments(
	ctx: ImageContext,
	canvas: Canvas,
	segments: Pick<Segment, 'id' | 'start' | 'count' | 'color' | 'hatched'>[],
	total: number,
	x: number,
	y: number,
	width: number,
	height: number
): void {
	const at = (value: number) => (value / total) * width;
	for (const segment of segments) {
		const left = x + at(segment.start);
		const length = at(segment.start + segment.count) - at(segment.start) - 2;
		const hex = color(ctx, segment.color as ColorToken);
		canvas.add(
			element('rect', { x: left, y, width: length, height, fill: segment.hatched ? canvas.hatch(hex) : hex })
		);
		if (segment.hatched) canvas.add(insetRect({ x: left, y, width: length, height }, hex));
		canvas.mark({
			id: segment.id,
			x: left,
			y,
			width: length,
			height,
			color: hex,
			fill: segment.hatched ? 'hatched' : 'solid'
		});
	}
}

function legendItem(ctx: ImageContext, segment: Segment, swatch: number): Block & { width: number } {
	const nameWidth = textWidth(ctx, segment.name, TEXT_PX.sm);
	const valueWidth = textWidth(ctx, segment.value, TEXT_PX.sm, 700);
	const tag = segment.badge ? pill(ctx, segment.badge) : undefined;
	const gap = SPACE_PX[1];
	const lineHeight = TEXT_PX.sm * LEADING;
	return {
		width: swatch + gap + nameWidth + gap + valueWidth + (tag ? gap + tag.width : 0),
		height: lineHeight,
		draw(canvas, x, y) {
			drawSwatch(ctx, canvas, segment, { x, y, size: swatch, lineHeight });
			let left = x + swatch + gap;
			drawLines(ctx, canvas, [segment.name], left, y, { size: TEXT_PX.sm });
			left += nameWidth + gap;
			drawLines(ctx, canvas, [segment.value], left, y, { size: TEXT_PX.sm, weight: 700 });
			left += valueWidth + gap;
			tag?.draw(canvas, left, y + (lineHeight - tag.height) / 2);
		}
	};
}

/** "label: value" with the value bold, on one line. */
function totalLine(ctx: ImageContext, { lead, value }: StackedBarPart['total']): Block {
	const leadWidth = textWidth(ctx, lead, TEXT_PX.sm);
	return {
		height: TEXT_PX.sm * LEADING,
		draw(canvas, x, y) {
			drawLines(ctx, canvas, [lead], x, y, { size: TEXT_PX.sm });
			drawLines(ctx, canvas, [value], x + leadWidth, y, { size: TEXT_PX.sm, weight: 700 });
		}
	};
}

export function drawStackedBar(ctx: ImageContext, part: StackedBarPart, width: number): Block {
	const sizes = STACKED_BAR.px(width);
	const bar: Block = {
		height: sizes.bar + AXIS_HEIGHT,
		draw(canvas, x, y) {
			drawAxis(ctx, canvas, valueLines(part.axis), { x, y, width, plotHeight: sizes.bar });
			drawSegments(ctx, canvas, part.segments, part.axis.max, x, y, width, sizes.bar);
		}
	};
	const legend = flow(
		part.segments.map((s) => legendItem(ctx, s, sizes.swatch)),
		width,
		SPACE_PX[4],
		SPACE_PX[2]
	);
	return stack([totalLine(ctx, part.total), stack([bar, legend], SPACE_PX[3])], SPACE_PX[2]);
}
