/** A chips part in an image (Chips.html.svelte): the note, then each name in a rounded outline, flowing and wrapping. */
import type { ChipsPart } from '../../body.ts';
import { flow, stack, type Block } from '../../svg/blocks.ts';
import type { ImageContext } from '../../svg/context.ts';
import { SPACE_PX, TEXT_PX } from '../../svg/sizes.ts';
import { pill, textBlock } from '../../svg/text-blocks.ts';
import { CHIPS } from './geometry.ts';

export function drawChips(ctx: ImageContext, part: ChipsPart, width: number): Block {
	return stack(
		[
			textBlock(ctx, part.note ?? '', width, { size: TEXT_PX.xs, color: 'color-text-muted' }),
			flow(
				part.items.map((item) =>
					pill(ctx, item.name, {
						fill: 'color-surface',
						textColor: 'color-text',
						leading: CHIPS.ratios.leading
					})
				),
				width,
				SPACE_PX[2],
				SPACE_PX[2]
			)
		],
		SPACE_PX[2]
	);
}
