/**
 * Horizontal bars, one row each, with a value axis (BarRowsChart with BarRows and AxisX): the
 * row's name and value on a line, the bar under it; hatched bars are converted or derived, open
 * ones (超, 余, 以上) fade out past their end. Same domain, nice scale and ticks as the HTML chart.
 */
import { scaleLinear } from 'd3';
import { valueDomain } from '../../charts/scales.ts';
import type { BarRowsAccessors } from '../../charts/chart-parts.ts';
import { element, insetRect } from '../svg.ts';
import { drawValueAxis, AXIS_HEIGHT } from './value-axis.ts';
import { color, nameValueRow, type Block, type Canvas, type ImageContext } from '../layout.ts';

export interface BarRowsSpec<Row> extends BarRowsAccessors<Row> {
	formatTick: (value: number) => string;
}

/** BarRowsChart's --row-height and bar thickness, and the axis under the rows. */
const ROW_HEIGHT = 52;
const BAR = 14.4;
const LABEL_GAP = 3.2;
const FADE = 40;

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
	{ open = false, hatched = false }: { open?: boolean; hatched?: boolean } = {}
): void {
	const { x, y, width, height, color: hex } = bar;
	if (open) {
		canvas.add(
			element('rect', { x: x + width, y, width: FADE, height, fill: canvas.fade(hex), opacity: 0.6 })
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

export function barRows<Row>(ctx: ImageContext, spec: BarRowsSpec<Row>, width: number): Block {
	const { rows, hatched = () => false, open = () => false } = spec;
	const scale = scaleLinear()
		.domain(valueDomain(rows.map(spec.x), rows.some(open)))
		.nice()
		.range([0, width]);
	const labelled = rows.map((row) => {
		const label = nameValueRow(ctx, spec.name(row), spec.value(row), width);
		const content = label.height + LABEL_GAP + BAR;
		return { row, label, content, height: Math.max(ROW_HEIGHT, content + 12) };
	});
	const plotHeight = labelled.reduce((sum, r) => sum + r.height, 0);

	const plot: Block = {
		height: plotHeight + AXIS_HEIGHT,
		draw(canvas, x, y) {
			drawValueAxis(ctx, canvas, { scale, ticks: 3, format: spec.formatTick }, x, y, plotHeight);
			let top = y;
			for (const { row, label, content, height } of labelled) {
				const rowTop = top + (height - content) / 2;
				label.draw(canvas, x, rowTop);
				drawBar(
					canvas,
					{
						id: spec.id(row),
						x,
						y: rowTop + label.height + LABEL_GAP,
						width: Math.max(1, scale(spec.x(row))),
						height: BAR,
						color: color(ctx, spec.color(row))
					},
					{ open: open(row), hatched: hatched(row) }
				);
				top += height;
			}
		}
	};
	return plot;
}
