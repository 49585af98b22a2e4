/**
 * A bar-rows part in an image (BarRows.html.svelte): each row's name and value on a line, the bar
 * under it, on the value axis; hatched bars are converted or derived, open ones (超, 余, 以上)
 * fade out past their end. Rows, axis and words come from the body: the same as the page's.
 */
import type { BarRowsPart, ColorToken } from '../../body.ts';
import type { Block } from '../../svg/blocks.ts';
import type { Canvas } from '../../svg/canvas.ts';
import { color, type ImageContext } from '../../svg/context.ts';
import { element, insetRect } from '../../svg/svg.ts';
import { bandRowLabel } from '../band-row/band-row.svg.ts';
import { BAND_ROW } from '../band-row/geometry.ts';
import { AXIS_HEIGHT, drawAxis } from '../axis/axis.svg.ts';
import { valueLines } from '../axis/geometry.ts';
import { BAR_ROWS } from './geometry.ts';

/** A bar with its right corners rounded (square when open-ended, as the HTML bar). */
function barPath(x: number, y: number, width: number, height: number, radius: number): string {
	const r = Math.min(radius, width / 2, height / 2);
	const right = x + width;
	return `M${x} ${y}H${right - r}A${r} ${r} 0 0 1 ${right} ${y + r}V${y + height - r}A${r} ${r} 0 0 1 ${right - r} ${y + height}H${x}Z`.replace(
		/-?\d+\.\d+/g,
		(n) => String(Math.round(Number(n) * 100) / 100)
	);
}

/**
 * One bar from `x`, `width` long: its right corners rounded, or square and fading out past its end
 * when the value is open-ended; striped and outlined when hatched. Recorded as a mark.
 */
export function drawBar(
	canvas: Canvas,
	bar: { id: string; x: number; y: number; width: number; height: number; color: string },
	{ open = false, hatched = false, fade }: { open?: boolean; hatched?: boolean; fade: number }
): void {
	const { x, y, width, height, color: hex } = bar;
	if (open) {
		canvas.add(
			element('rect', { x: x + width, y, width: fade, height, fill: canvas.fade(hex), opacity: 0.6 })
		);
	}
	canvas.add(
		element('path', {
			d: barPath(x, y, width, height, open ? 0 : 3),
			fill: hatched ? canvas.hatch(hex) : hex
		})
	);
	if (hatched) canvas.add(insetRect({ x, y, width, height }, hex));
	canvas.mark({ ...bar, fill: hatched ? 'hatched' : 'solid' });
}

export function drawBarRows(ctx: ImageContext, part: BarRowsPart, width: number): Block {
	const sizes = BAR_ROWS.px(width);
	const { labelGap } = BAND_ROW.px(width);
	const rows = part.rows.map((row) => {
		const label = bandRowLabel(ctx, row.name, row.value, width);
		const content = label.height + labelGap + sizes.bar;
		return { row, label, content, height: Math.max(sizes.rowHeight, content + 2 * sizes.rowPadding) };
	});
	const plotHeight = rows.reduce((sum, r) => sum + r.height, 0);
	return {
		height: plotHeight + AXIS_HEIGHT,
		draw(canvas, x, y) {
			drawAxis(ctx, canvas, valueLines(part.axis), { x, y, width, plotHeight });
			let top = y;
			for (const { row, label, content, height } of rows) {
				const rowTop = top + (height - content) / 2;
				label.draw(canvas, x, rowTop);
				drawBar(
					canvas,
					{
						id: row.id,
						x,
						y: rowTop + label.height + labelGap,
						width: Math.max(1, (row.x / part.axis.max) * width),
						height: sizes.bar,
						color: color(ctx, row.color as ColorToken)
					},
					{ open: row.open, hatched: row.hatched, fade: sizes.fade }
				);
				top += height;
			}
		}
	};
}
