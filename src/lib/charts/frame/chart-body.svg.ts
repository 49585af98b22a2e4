/**
 * A chart's body in an image (ChartBody.html.svelte): its parts one under the other, `gap` apart
 * (or their own room above them), each drawn by its shape's SVG renderer (shapes/svg.ts) under its
 * heading where it has one; the asides after the others, as a column too narrow for two shows them.
 */
import type { ChartBody } from '../body.ts';
import { drawPart } from '../shapes/svg.ts';
import type { Block } from '../svg/blocks.ts';
import { stack } from '../svg/blocks.ts';
import type { ImageContext } from '../svg/context.ts';
import { LEADING, SPACE_PX, TEXT_PX } from '../svg/sizes.ts';
import { textBlock } from '../svg/text-blocks.ts';

/** A heading over a part (ChartBody's h4). */
export function partHeading(ctx: ImageContext, text: string, width: number): Block {
	return textBlock(ctx, text, width, {
		size: TEXT_PX.sm,
		weight: 700,
		color: 'color-text-muted',
		leading: LEADING
	});
}

export function drawChartBody(ctx: ImageContext, body: ChartBody, width: number): Block {
	const ordered = [...body.parts.filter((p) => !p.aside), ...body.parts.filter((p) => p.aside)];
	const parts = ordered.map((part) => {
		const drawn = drawPart(ctx, part, width);
		const block = part.heading
			? stack([partHeading(ctx, part.heading, width), drawn], SPACE_PX[part.headingGap ?? 2])
			: drawn;
		// The asides' column keeps them a step apart, as the page's.
		return { block, before: SPACE_PX[part.aside ? 4 : (part.gapBefore ?? body.gap)] };
	});
	const shown = parts.filter((p) => p.block.height > 0);
	const height = shown.reduce((sum, p, i) => sum + p.block.height + (i > 0 ? p.before : 0), 0);
	return {
		height,
		draw(canvas, x, y) {
			let top = y;
			shown.forEach((p, i) => {
				if (i > 0) top += p.before;
				// On whole pixels, so the 1px lines of outlines and rules fall on one row of pixels at 1×.
				p.block.draw(canvas, x, Math.round(top));
				top += p.block.height;
			});
		}
	};
}
