/**
 * A time-marks part in an image (TimeMarks.html.svelte): one lane an event, a dot for an exact
 * day, a band for a part of a month or a whole month, the date and what happened beside it on the
 * side with more room, and a line at the start of each month.
 */
import type { TimeMarksPart } from '../../body.ts';
import { stack, type Block } from '../../svg/blocks.ts';
import { color, IMAGE_GROUND, type ImageContext } from '../../svg/context.ts';
import { TEXT_PX } from '../../svg/sizes.ts';
import { element } from '../../svg/svg.ts';
import { textBlock } from '../../svg/text-blocks.ts';
import { AXIS_HEIGHT, drawAxis } from '../axis/axis.svg.ts';
import { monthLines } from '../axis/geometry.ts';
import { TIME_MARKS, WORDS_BEFORE_PAST } from './geometry.ts';

/** `top` over `bottom` at `opacity`, as the eye sees it. */
function blend(top: string, bottom: string, opacity: number): string {
	const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
	const mixed = [0, 1, 2].map((i) =>
		Math.round(channel(top, i) * opacity + channel(bottom, i) * (1 - opacity))
	);
	return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export function drawTimeMarks(ctx: ImageContext, part: TimeMarksPart, width: number): Block {
	const sizes = TIME_MARKS.px(width);
	const { leading, wordsMax, spanOpacity } = TIME_MARKS.ratios;
	const [from, to] = part.domain;
	const at = (day: number) => ((day - from) / (to - from)) * width;
	const lanes = part.items.map((item) => {
		const start = at(item.startDay);
		const end = at(item.endDay + (item.exact ? 0 : 1));
		const middle = (start + end) / 2;
		const before = middle / width > WORDS_BEFORE_PAST;
		const room = Math.min(
			wordsMax * width,
			before ? middle + sizes.textShift : width - middle + sizes.textShift
		);
		const align = before ? 'end' : 'start';
		const label = stack([
			textBlock(ctx, item.when, room, {
				size: TEXT_PX.sm,
				weight: 700,
				leading,
				align,
				ground: IMAGE_GROUND
			}),
			textBlock(ctx, item.what, room, { size: TEXT_PX.sm, leading, align, ground: IMAGE_GROUND })
		]);
		return {
			item,
			start,
			end,
			middle,
			before,
			room,
			label,
			height: Math.max(sizes.laneHeight, sizes.textTop + label.height + 8)
		};
	});
	const plotHeight = lanes.reduce((sum, lane) => sum + lane.height, 0);
	return {
		height: plotHeight + AXIS_HEIGHT,
		draw(canvas, x, y) {
			drawAxis(ctx, canvas, monthLines(part), { x, y, width, plotHeight, inset: true });
			const accent = color(ctx, 'color-accent');
			let top = y;
			for (const { item, start, end, middle, before, room, label, height } of lanes) {
				const markTop = top + sizes.markTop;
				if (item.exact) {
					canvas.add(
						element('circle', {
							cx: x + start,
							cy: markTop + sizes.mark / 2,
							r: sizes.mark / 2,
							fill: accent
						})
					);
					canvas.mark({
						id: item.id,
						x: x + start - sizes.mark / 2,
						y: markTop,
						width: sizes.mark,
						height: sizes.mark,
						color: accent,
						fill: 'solid'
					});
				} else {
					const spanWidth = Math.max(sizes.spanMin, end - start);
					canvas.add(
						element('rect', {
							x: x + start,
							y: markTop,
							width: spanWidth,
							height: sizes.mark,
							rx: sizes.mark / 2,
							fill: accent,
							opacity: spanOpacity
						})
					);
					canvas.mark({
						id: item.id,
						x: x + start,
						y: markTop,
						width: spanWidth,
						height: sizes.mark,
						color: blend(accent, color(ctx, IMAGE_GROUND), spanOpacity),
						fill: 'solid'
					});
				}
				label.draw(
					canvas,
					before ? x + middle + sizes.textShift - room : x + middle - sizes.textShift,
					top + sizes.textTop
				);
				top += height;
			}
		}
	};
}
