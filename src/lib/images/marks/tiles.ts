/**
 * Figures that share no scale, as tiles (KpiTiles: value, label, badges on the surface colour, in
 * a grid of columns at least 9.5rem wide), a small heading over a part of a chart, and the list of
 * planned parks (dashed: planned, not there yet).
 */
import type { Figure } from '../../dataset/schema.ts';
import { formatFigure } from '../../format/figure-value.ts';
import { figureBadges } from '../../charts/describe-figure.ts';
import { element, insetRect } from '../svg.ts';
import {
	RADIUS,
	SPACE,
	TEXT,
	pill,
	color,
	flow,
	stack,
	textBlock,
	textWidth,
	type Block,
	type ImageContext
} from '../layout.ts';

const TILE_MIN_WIDTH = 152;

function tile(ctx: ImageContext, figure: Figure, width: number): Block {
	const inner = width - 2 * SPACE[3];
	const content = stack(
		[
			textBlock(ctx, formatFigure(figure, ctx.locale), inner, { size: TEXT.lg, weight: 700, leading: 1.3 }),
			textBlock(ctx, figure.label[ctx.locale], inner, {
				size: TEXT.sm,
				color: 'color-text-muted',
				leading: 1.4
			}),
			flow(
				figureBadges(figure, ctx.locale).map((text) => pill(ctx, text)),
				inner,
				SPACE[1],
				SPACE[1]
			)
		],
		2
	);
	return {
		height: content.height + 2 * SPACE[2],
		draw(canvas, x, y) {
			content.draw(canvas, x + SPACE[3], y + SPACE[2]);
		}
	};
}

/** Tiles in a grid that fills the width, as CSS grid's repeat(auto-fit, minmax(9.5rem, 1fr)). */
export function tiles(ctx: ImageContext, figures: Figure[], width: number): Block {
	if (figures.length === 0) return { height: 0, draw: () => {} };
	const gap = SPACE[2];
	const columns = Math.max(1, Math.min(figures.length, Math.floor((width + gap) / (TILE_MIN_WIDTH + gap))));
	const tileWidth = (width - gap * (columns - 1)) / columns;
	const rows: Figure[][] = [];
	figures.forEach((figure, i) => (rows[Math.floor(i / columns)] ??= []).push(figure));
	return stack(
		rows.map((row) => {
			const blocks = row.map((figure) => tile(ctx, figure, tileWidth));
			const height = Math.max(...blocks.map((b) => b.height));
			return {
				height,
				draw(canvas, x, y) {
					blocks.forEach((block, i) => {
						const left = x + i * (tileWidth + gap);
						const fill = color(ctx, 'color-surface');
						canvas.add(element('rect', { x: left, y, width: tileWidth, height, rx: RADIUS, fill }));
						canvas.mark({ id: row[i]!.id, x: left, y, width: tileWidth, height, color: fill, fill: 'solid' });
						block.draw(canvas, left, y);
					});
				}
			};
		}),
		gap
	);
}

/** A heading over a part of a chart (the h4s of the Quanen and land charts). */
export function partHeading(ctx: ImageContext, text: string, width: number): Block {
	return textBlock(ctx, text, width, { size: TEXT.sm, weight: 700, color: 'color-text-muted', leading: 1.6 });
}

/** Names with a "planned" badge, each in a dashed box (LandAndServices' parks). */
export function plannedList(
	ctx: ImageContext,
	items: { id: string; name: string }[],
	plannedLabel: string,
	width: number
): Block {
	return stack(
		items.map(({ id, name }) => {
			const tag = pill(ctx, plannedLabel);
			const inner = width - 2 * SPACE[3];
			const nameRoom = inner - tag.width - SPACE[2];
			const nameBlock = textBlock(ctx, name, nameRoom, { size: TEXT.sm, leading: 1.6 });
			// The badge follows the name on its line, or stands at the end of the first line when the name wraps.
			const tagLeft = Math.min(textWidth(ctx, name, TEXT.sm), nameRoom) + SPACE[2];
			const content = Math.max(nameBlock.height, tag.height);
			// Whole pixels, so its dashed border is crisp at 1×.
			const height = Math.round(content + 2 * SPACE[2]);
			return {
				height,
				draw(canvas, x, y) {
					const accent = color(ctx, 'color-accent');
					canvas.add(insetRect({ x, y, width, height }, accent, { rx: RADIUS, 'stroke-dasharray': '4 3' }));
					canvas.mark({ id, x, y, width, height, color: accent, fill: 'outline' });
					nameBlock.draw(canvas, x + SPACE[3], y + SPACE[2] + (content - nameBlock.height) / 2);
					tag.draw(canvas, x + SPACE[3] + tagLeft, y + SPACE[2] + (TEXT.sm * 1.6 - tag.height) / 2);
				}
			};
		}),
		SPACE[2]
	);
}

/** Named policies and plans, each with its kind as a badge and its note under it (LandAndServices). */
export function policyList(
	ctx: ImageContext,
	items: { name: string; kind: string; note?: string | undefined }[],
	width: number
): Block {
	return stack(
		items.map(({ name, kind, note }) => {
			const tag = pill(ctx, kind);
			const nameRoom = width - tag.width - SPACE[2];
			const nameBlock = textBlock(ctx, name, nameRoom, { size: TEXT.sm, leading: 1.6 });
			const tagLeft = Math.min(textWidth(ctx, name, TEXT.sm), nameRoom) + SPACE[2];
			const line: Block = {
				height: Math.max(nameBlock.height, tag.height),
				draw(canvas, x, y) {
					nameBlock.draw(canvas, x, y);
					tag.draw(canvas, x + tagLeft, y + (TEXT.sm * 1.6 - tag.height) / 2);
				}
			};
			return stack([
				line,
				textBlock(ctx, note ?? '', width, { size: TEXT.xs, color: 'color-text-muted', leading: 1.5 })
			]);
		}),
		SPACE[1]
	);
}
