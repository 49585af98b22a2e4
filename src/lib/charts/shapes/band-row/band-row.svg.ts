/**
 * A row's label as BandRow.html.svelte sets it: the name, and the value bold and flush right on the
 * same line; when both do not fit, the name wraps and the value takes the next line, flush right,
 * as the flex row wraps. The words sit on a halo of the ground, so the axis's lines stop short of them.
 */
import { stack, type Block } from '../../svg/blocks.ts';
import { IMAGE_GROUND, type ImageContext } from '../../svg/context.ts';
import { SPACE_PX, TEXT_PX } from '../../svg/sizes.ts';
import { textBlock, textWidth } from '../../svg/text-blocks.ts';
import { BAND_ROW } from './geometry.ts';

export function bandRowLabel(
	ctx: ImageContext,
	name: string,
	value: string,
	width: number,
	size: number = TEXT_PX.sm
): Block {
	// On the image's ground, as the page's words on theirs (BandRow.html.svelte).
	const style = { size, leading: BAND_ROW.ratios.leading, ground: IMAGE_GROUND } as const;
	const valueWidth = value ? textWidth(ctx, value, size, 700) : 0;
	const nameWidth = textWidth(ctx, name, size);
	const oneLine = !value || nameWidth + SPACE_PX[3] + valueWidth <= width;
	const nameBlock = textBlock(ctx, name, width, style);
	const valueBlock = textBlock(ctx, value, width, { ...style, weight: 700, align: 'end' });
	if (oneLine) {
		return {
			height: Math.max(nameBlock.height, valueBlock.height),
			draw(canvas, x, y) {
				nameBlock.draw(canvas, x, y);
				valueBlock.draw(canvas, x, y);
			}
		};
	}
	return stack([nameBlock, valueBlock]);
}
