/**
 * A chart's frame in an image, as the embed shows it (ChartFrame.svelte): title, subtitle and unit,
 * the body, then the notes, the paragraphs it comes from and the credit line.
 */
import { MESSAGES } from '../../i18n/messages.ts';
import { stack, type Block } from '../svg/blocks.ts';
import type { ImageContext } from '../svg/context.ts';
import { SPACE_PX, TEXT_PX } from '../svg/sizes.ts';
import { bulletList, textBlock } from '../svg/text-blocks.ts';
import { drawChartBody } from './chart-body.svg.ts';
import type { ChartFrameContent } from './frame-content.ts';

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
					textBlock(ctx, sources, width, muted),
					textBlock(ctx, `${m.embedCreditData} · ${m.embedCreditSource}`, width, muted)
				],
				SPACE_PX[2]
			)
		],
		SPACE_PX[4]
	);
}
