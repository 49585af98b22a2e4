/**
 * A chart's frame in an image, as the embed shows it (ChartFrame.svelte): title, subtitle and unit,
 * the body, then the notes, the paragraphs it comes from and the credit line.
 */
import { MESSAGES } from '../../i18n/messages.ts';
import { stack, type Block } from '../svg/blocks.ts';
import { color, type ImageContext } from '../svg/context.ts';
import { SPACE_PX, TEXT_PX } from '../svg/sizes.ts';
import { element } from '../svg/svg.ts';
import { bulletList, textBlock } from '../svg/text-blocks.ts';
import { drawChartBody } from './chart-body.svg.ts';
import { SOURCES_SHOWN_UP_TO, type ChartFrameContent } from './frame-content.ts';

/** The article's sentences, each set off by a rule and followed by its paragraph, as the frame's open list. */
function quotedSources(ctx: ImageContext, frame: ChartFrameContent, width: number): Block {
	if (frame.sources.length > SOURCES_SHOWN_UP_TO) return stack([]);
	const m = MESSAGES[frame.locale];
	const rule = 2;
	return stack(
		frame.sources.map((source) => {
			const words = textBlock(
				ctx,
				`${source.quote} ${m.paragraph(source.paragraph)}`,
				width - rule - SPACE_PX[2],
				{
					size: TEXT_PX.xs,
					color: 'color-text-muted'
				}
			);
			return {
				height: words.height,
				draw(canvas, x, y) {
					canvas.add(
						element('rect', { x, y, width: rule, height: words.height, fill: color(ctx, 'color-border') })
					);
					words.draw(canvas, x + rule + SPACE_PX[2], y);
				}
			};
		}),
		SPACE_PX[1]
	);
}

export function drawChartFrame(ctx: ImageContext, frame: ChartFrameContent, width: number): Block {
	const m = MESSAGES[frame.locale];
	const muted = { size: TEXT_PX.xs, color: 'color-text-muted' } as const;
	const sources = frame.sources.length
		? `${m.source}${m.colon}${m.paragraphs(frame.sources.map((s) => s.paragraph))}`
		: '';
	return stack(
		[
			stack(
				[
					textBlock(ctx, frame.title, width, { size: TEXT_PX.lg, weight: 700, leading: 1.3 }),
					stack(
						[
							textBlock(ctx, frame.subtitle, width, { size: TEXT_PX.sm, color: 'color-text-muted' }),
							textBlock(ctx, frame.unit ? m.unitLine(frame.unit) : '', width, muted)
						],
						SPACE_PX[1]
					)
				],
				SPACE_PX[1]
			),
			drawChartBody(ctx, frame.body, width),
			stack(
				[
					bulletList(ctx, frame.notes, width, muted),
					stack([textBlock(ctx, sources, width, muted), quotedSources(ctx, frame, width)], SPACE_PX[1]),
					textBlock(ctx, `${m.embedCreditData} · ${m.embedCreditSource}`, width, muted)
				],
				SPACE_PX[2]
			)
		],
		SPACE_PX[4]
	);
}
