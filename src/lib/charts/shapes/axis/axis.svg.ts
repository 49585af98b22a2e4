/**
 * An axis in an image (Axis.percent-range.html.svelte): faint lines across the plot's height and
 * their labels under it, placed as on the page.
 */
import { AXIS_ROOM, px } from '../../../styles/tokens.ts';
import type { Canvas } from '../../svg/canvas.ts';
import { color, type ImageContext } from '../../svg/context.ts';
import { LEADING, TEXT_PX } from '../../svg/sizes.ts';
import { element } from '../../svg/svg.ts';
import { drawLines } from '../../svg/text-blocks.ts';
import { AXIS, type AxisLine } from './geometry.ts';

/** The height the labels take under the plot: the page's room for them, --axis-room. */
export const AXIS_HEIGHT = px(AXIS_ROOM);

export function drawAxis(
	ctx: ImageContext,
	canvas: Canvas,
	lines: AxisLine[],
	{
		x,
		y,
		width,
		plotHeight,
		inset = false
	}: { x: number; y: number; width: number; plotHeight: number; inset?: boolean }
): void {
	const border = color(ctx, 'color-border');
	const { labelGap } = AXIS.px(width);
	for (const line of lines) {
		const left = x + line.at * width;
		canvas.add(
			element('line', { x1: left + 0.5, y1: y, x2: left + 0.5, y2: y + plotHeight, stroke: border })
		);
		drawLines(ctx, canvas, [line.label], left + (inset ? labelGap : 0), y + plotHeight + labelGap, {
			size: TEXT_PX.xs,
			color: 'color-text-muted',
			leading: LEADING,
			align: line.align
		});
	}
}
