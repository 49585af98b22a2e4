/**
 * The value axis in an image (ValueAxis.percent-range.html.svelte): faint gridlines over the plot's
 * height and tick labels under it, aligned as on the page.
 */
import type { ValueAxis } from '../../body.ts';
import type { Canvas } from '../../svg/canvas.ts';
import { color, type ImageContext } from '../../svg/context.ts';
import { LEADING, TEXT_PX } from '../../svg/sizes.ts';
import { AXIS_ROOM, px } from '../../../styles/tokens.ts';
import { element } from '../../svg/svg.ts';
import { drawLines } from '../../svg/text-blocks.ts';
import { VALUE_AXIS, tickAlign } from './geometry.ts';

/** The height the tick labels take under the plot: the page's room for them, --axis-room. */
export const AXIS_HEIGHT = px(AXIS_ROOM);

export function drawValueAxis(
	ctx: ImageContext,
	canvas: Canvas,
	axis: ValueAxis,
	x: number,
	y: number,
	width: number,
	plotHeight: number
): void {
	const border = color(ctx, 'color-border');
	const { labelGap } = VALUE_AXIS.px(width);
	axis.ticks.forEach((tick, i) => {
		const fraction = tick.value / axis.max;
		const left = x + fraction * width;
		canvas.add(
			element('line', { x1: left + 0.5, y1: y, x2: left + 0.5, y2: y + plotHeight, stroke: border })
		);
		drawLines(ctx, canvas, [tick.label], left, y + plotHeight + labelGap, {
			size: TEXT_PX.xs,
			color: 'color-text-muted',
			leading: LEADING,
			align: tickAlign(i, fraction)
		});
	});
}
