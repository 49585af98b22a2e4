/**
 * Events on a month axis (Timeline with TimeMarks and AxisMonths), one lane each so labels never
 * overlap: a dot for an exact day, a band for a part of a month or a whole month, the date and
 * what happened beside it on the side with more room, and a line at the start of each month.
 */
import { scaleLinear } from 'd3';
import { formatMonthDay } from '../../format/figure-value.ts';
import { dayOfYear } from '../../charts/selectors.ts';
import { element } from '../svg.ts';
import { TEXT, color, drawLines, stack, textBlock, type Block, type ImageContext } from '../layout.ts';

const LANE_HEIGHT = 60;
const MARK_TOP = 5.6;
const MARK = 12.8;
const TEXT_TOP = 21.6;
const AXIS = 24;
/** The event band's opacity over the background (TimeMarks' .span). */
const SPAN_OPACITY = 0.55;

export interface TimeItem {
	id: string;
	startDay: number;
	endDay: number;
	exact: boolean;
	when: string;
	what: string;
}

/** `top` over `bottom` at `opacity`, as the eye sees it. */
function blend(top: string, bottom: string, opacity: number): string {
	const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
	const mixed = [0, 1, 2].map((i) =>
		Math.round(channel(top, i) * opacity + channel(bottom, i) * (1 - opacity))
	);
	return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export function timeMarks(
	ctx: ImageContext,
	{ items, months, domain }: { items: TimeItem[]; months: number[]; domain: [number, number] },
	width: number
): Block {
	const scale = scaleLinear().domain(domain).range([0, width]);
	const lanes = items.map((item) => {
		const start = scale(item.startDay);
		const end = scale(item.endDay + (item.exact ? 0 : 1));
		const middle = (start + end) / 2;
		const before = middle / width > 0.55;
		const room = Math.min(0.7 * width, before ? middle + 6.4 : width - middle + 6.4);
		const label = stack([
			textBlock(ctx, item.when, room, {
				size: TEXT.sm,
				weight: 700,
				leading: 1.35,
				align: before ? 'end' : 'start'
			}),
			textBlock(ctx, item.what, room, { size: TEXT.sm, leading: 1.35, align: before ? 'end' : 'start' })
		]);
		return {
			item,
			start,
			end,
			middle,
			before,
			room,
			label,
			height: Math.max(LANE_HEIGHT, TEXT_TOP + label.height + 8)
		};
	});
	const plotHeight = lanes.reduce((sum, lane) => sum + lane.height, 0);
	return {
		height: plotHeight + AXIS,
		draw(canvas, x, y) {
			const border = color(ctx, 'color-border');
			for (const month of months) {
				const left = x + scale(dayOfYear(month, 1));
				canvas.add(
					element('line', { x1: left + 0.5, y1: y, x2: left + 0.5, y2: y + plotHeight, stroke: border })
				);
				const label = formatMonthDay(`--${String(month).padStart(2, '0')}`, ctx.locale);
				drawLines(ctx, canvas, [label], left + 4, y + plotHeight + 4, {
					size: TEXT.xs,
					color: 'color-text-muted',
					leading: 1.4
				});
			}
			const accent = color(ctx, 'color-accent');
			let top = y;
			for (const { item, start, end, middle, before, room, label, height } of lanes) {
				if (item.exact) {
					canvas.add(
						element('circle', { cx: x + start, cy: top + MARK_TOP + MARK / 2, r: MARK / 2, fill: accent })
					);
					canvas.mark({
						id: item.id,
						x: x + start - MARK / 2,
						y: top + MARK_TOP,
						width: MARK,
						height: MARK,
						color: accent,
						fill: 'solid'
					});
				} else {
					const spanWidth = Math.max(8, end - start);
					canvas.add(
						element('rect', {
							x: x + start,
							y: top + MARK_TOP,
							width: spanWidth,
							height: MARK,
							rx: MARK / 2,
							fill: accent,
							opacity: SPAN_OPACITY
						})
					);
					canvas.mark({
						id: item.id,
						x: x + start,
						y: top + MARK_TOP,
						width: spanWidth,
						height: MARK,
						color: blend(accent, color(ctx, 'color-bg'), SPAN_OPACITY),
						fill: 'solid'
					});
				}
				label.draw(canvas, before ? x + middle + 6.4 - room : x + middle - 6.4, top + TEXT_TOP);
				top += height;
			}
		}
	};
}
