/**
 * A value axis along the bottom (AxisX.percent-range): faint gridlines over the plot's height and
 * tick labels under it; the first label aligns left and any past 85% right, so none is cut off.
 */
import type { ScaleLinear } from 'd3';
import { element } from '../svg.ts';
import { TEXT, color, drawLines, type Canvas, type ImageContext } from '../layout.ts';

/** The height the tick labels take under the plot (the HTML charts' bottom padding). */
export const AXIS_HEIGHT = 24;

export function drawValueAxis(
	ctx: ImageContext,
	canvas: Canvas,
	{
		scale,
		ticks,
		format
	}: { scale: ScaleLinear<number, number>; ticks: number; format: (value: number) => string },
	x: number,
	y: number,
	plotHeight: number
): void {
	const values = scale.ticks(ticks).filter((v) => v >= 0);
	const width = scale.range()[1]!;
	const border = color(ctx, 'color-border');
	for (const tick of values) {
		const left = x + scale(tick);
		canvas.add(
			element('line', { x1: left + 0.5, y1: y, x2: left + 0.5, y2: y + plotHeight, stroke: border })
		);
		const align = tick === values[0] ? 'start' : scale(tick) / width > 0.85 ? 'end' : 'middle';
		drawLines(ctx, canvas, [format(tick)], left, y + plotHeight + 4, {
			size: TEXT.xs,
			color: 'color-text-muted',
			leading: 1.4,
			align
		});
	}
}
