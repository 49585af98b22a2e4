/** A text part in an image (Text.html.svelte): the line wrapped to the width, small and muted, run on after its badge. */
import type { TextPart } from '../../body.ts';
import type { Block } from '../../svg/blocks.ts';
import type { ImageContext } from '../../svg/context.ts';
import { TEXT_PX } from '../../svg/sizes.ts';
import { pill, runIn, textBlock } from '../../svg/text-blocks.ts';

export function drawText(ctx: ImageContext, part: TextPart, width: number): Block {
	const style = { size: TEXT_PX[part.size], color: 'color-text-muted' } as const;
	return part.badge
		? runIn(ctx, [pill(ctx, part.badge)], part.text, width, style)
		: textBlock(ctx, part.text, width, style);
}
