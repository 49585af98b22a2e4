/**
 * The zone's small charts in an image (ZoneMarker.html.svelte's callout): its projects as one bar
 * split by stage (the derived count hatched) with the counts, and its road and pipeline lengths on
 * one scale, drawn with the charts' own marks in the callout's smaller type, as wide as the page
 * draws it for the map's width.
 */
import type { ColorToken, DistrictMapPart } from '../../body.ts';
import { flow, stack, type Block } from '../../svg/blocks.ts';
import type { Canvas } from '../../svg/canvas.ts';
import { color, type ImageContext } from '../../svg/context.ts';
import { RADIUS_PX, SPACE_PX, TEXT_PX } from '../../svg/sizes.ts';
import { insetRect } from '../../svg/svg.ts';
import { drawLines, textBlock, textWidth } from '../../svg/text-blocks.ts';
import { bandRowLabel } from '../band-row/band-row.svg.ts';
import { drawBar } from '../bar-rows/bar-rows.svg.ts';
import { BAR_ROWS } from '../bar-rows/geometry.ts';
import { drawSegments, drawSwatch } from '../stacked-bar/stacked-bar.svg.ts';
import { DISTRICT_MAP, ROOMY_FROM } from './geometry.ts';

/** The callout's width on a map `mapWidth` pixels wide, as the page sets it (--callout-width). */
export function calloutWidth(callout: DistrictMapPart['callout'], mapWidth: number): number {
	const sizes = DISTRICT_MAP.px(mapWidth);
	return callout.roomy && mapWidth >= ROOMY_FROM * 16 ? sizes.calloutWidthRoomy : sizes.calloutWidth;
}

export function drawCallout(
	ctx: ImageContext,
	callout: DistrictMapPart['callout'],
	mapWidth: number
): Block & { width: number } {
	const sizes = DISTRICT_MAP.px(mapWidth);
	const width = calloutWidth(callout, mapWidth);
	const inner = width - 2 * SPACE_PX[3];
	const small = { size: TEXT_PX.xs, leading: 1.35 } as const;
	const total = callout.segments.reduce((sum, s) => sum + s.count, 0);
	const caption = textBlock(ctx, callout.caption, inner, { ...small, weight: 700 });
	const bar: Block = {
		height: sizes.calloutStack,
		draw: (canvas, x, y) =>
			drawSegments(ctx, canvas, callout.segments, total, x, y, inner, sizes.calloutStack)
	};
	const swatch = 0.7 * TEXT_PX.xs;
	const lineHeight = TEXT_PX.xs * small.leading;
	const legend = flow(
		callout.segments.map((segment) => {
			const words = `${segment.name} ${segment.value}`;
			return {
				width: swatch + 2.6 + textWidth(ctx, words, TEXT_PX.xs),
				height: lineHeight,
				draw(canvas: Canvas, x: number, y: number) {
					drawSwatch(ctx, canvas, segment, { x, y, size: swatch, lineHeight });
					drawLines(ctx, canvas, [words], x + swatch + 2.6, y, small);
				}
			};
		}),
		inner,
		SPACE_PX[2],
		0
	);
	const { fade } = BAR_ROWS.px(inner);
	const bars = callout.lengths.map((row) => {
		const label = bandRowLabel(ctx, row.name, row.value, inner, TEXT_PX.xs);
		return {
			height: label.height + 2 + sizes.calloutBar,
			draw(canvas: Canvas, x: number, y: number) {
				label.draw(canvas, x, y);
				drawBar(
					canvas,
					{
						id: row.id,
						x,
						y: y + label.height + 2,
						width: Math.max(1, (row.x / callout.lengthsMax) * inner),
						height: sizes.calloutBar,
						color: color(ctx, row.color as ColorToken)
					},
					{ open: row.open, fade }
				);
			}
		} satisfies Block;
	});
	const content = stack([stack([caption, bar, legend], SPACE_PX[1]), ...bars], SPACE_PX[2]);
	const height = Math.round(content.height + 2 * SPACE_PX[2]);
	return {
		width,
		height,
		draw(canvas, x, y) {
			canvas.add(
				insetRect({ x, y, width, height }, color(ctx, 'color-map-zone-border'), {
					rx: RADIUS_PX,
					fill: color(ctx, 'color-surface-raised')
				})
			);
			content.draw(canvas, x + SPACE_PX[3], y + SPACE_PX[2]);
		}
	};
}
