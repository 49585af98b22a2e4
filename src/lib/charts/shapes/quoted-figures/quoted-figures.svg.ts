/**
 * A quoted-figures part in an image (QuotedFigures.html.svelte): each group's figures, the value
 * bold and its name after it on the line (or under it where it does not fit), its sentence and
 * paragraph under them, a rule in the part's colour beside the group.
 */
import type { ColorToken, QuotedFiguresPart } from '../../body.ts';
import { stack, type Block } from '../../svg/blocks.ts';
import { color, type ImageContext } from '../../svg/context.ts';
import { LEADING, SPACE_PX, TEXT_PX } from '../../svg/sizes.ts';
import { element } from '../../svg/svg.ts';
import { drawLines, textBlock, textWidth } from '../../svg/text-blocks.ts';
import { QUOTED_FIGURES } from './geometry.ts';

export function drawQuotedFigures(ctx: ImageContext, part: QuotedFiguresPart, width: number): Block {
	const { rule } = QUOTED_FIGURES.px(width);
	const inner = width - rule - SPACE_PX[3];
	const style = { size: TEXT_PX.sm, leading: LEADING } as const;
	return stack(
		part.groups.map((group) => {
			const lines = stack(
				[
					...group.figures.map((figure) => {
						const value = textBlock(ctx, figure.value, inner, { ...style, weight: 700 });
						const valueWidth = textWidth(ctx, figure.value, TEXT_PX.sm, 700);
						// A name that does not fit beside the value takes the lines under it, as the flex row wraps.
						if (valueWidth + SPACE_PX[2] + textWidth(ctx, figure.name, TEXT_PX.sm) > inner)
							return stack([value, textBlock(ctx, figure.name, inner, style)]);
						return {
							height: value.height,
							draw(canvas, x, y) {
								value.draw(canvas, x, y);
								drawLines(ctx, canvas, [figure.name], x + valueWidth + SPACE_PX[2], y, style);
							}
						} satisfies Block;
					}),
					textBlock(ctx, `${group.quote} ${group.paragraph}`, inner, {
						size: TEXT_PX.xs,
						color: 'color-text-muted'
					})
				],
				SPACE_PX[1]
			);
			return {
				height: lines.height,
				draw(canvas, x, y) {
					canvas.add(
						element('rect', {
							x,
							y,
							width: rule,
							height: lines.height,
							fill: color(ctx, part.rule as ColorToken)
						})
					);
					lines.draw(canvas, x + rule + SPACE_PX[3], y);
				}
			} satisfies Block;
		}),
		SPACE_PX[3]
	);
}
