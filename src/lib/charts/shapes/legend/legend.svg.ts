/** A legend part in an image (Legend.html.svelte): a swatch and its words, a line each. */
import type { ColorToken, LegendPart } from '../../body.ts';
import { stack, type Block } from '../../svg/blocks.ts';
import { color, type ImageContext } from '../../svg/context.ts';
import { LEADING, SPACE_PX, TEXT_PX } from '../../svg/sizes.ts';
import { element } from '../../svg/svg.ts';
import { textBlock } from '../../svg/text-blocks.ts';
import { LEGEND } from './geometry.ts';

export function drawLegend(ctx: ImageContext, part: LegendPart, width: number): Block {
	const { swatch } = LEGEND.px(width);
	return stack(
		part.items.map((item) => {
			const words = textBlock(ctx, item.name, width - swatch - SPACE_PX[2], {
				size: TEXT_PX.sm,
				leading: LEADING
			});
			return {
				height: words.height,
				draw(canvas, x, y) {
					const top = y + (TEXT_PX.sm * LEADING - swatch) / 2;
					const fill = color(ctx, item.fill as ColorToken);
					canvas.add(
						element('rect', {
							x: x + 0.5,
							y: top + 0.5,
							width: swatch - 1,
							height: swatch - 1,
							rx: 2,
							fill,
							stroke: color(ctx, item.stroke as ColorToken)
						})
					);
					canvas.mark({ id: item.id, x, y: top, width: swatch, height: swatch, color: fill, fill: 'solid' });
					words.draw(canvas, x + swatch + SPACE_PX[2], y);
				}
			};
		}),
		SPACE_PX[1]
	);
}
