/**
 * A tiles part in an image (Tiles.html.svelte): value, label and badges on the surface colour, in
 * a grid that fills the width as CSS grid's repeat(auto-fit, minmax(--tiles-min-column, 1fr)).
 */
import type { Tile, TilesPart } from '../../body.ts';
import { flow, stack, type Block } from '../../svg/blocks.ts';
import { color, type ImageContext } from '../../svg/context.ts';
import { RADIUS_PX, SPACE_PX, TEXT_PX } from '../../svg/sizes.ts';
import { element } from '../../svg/svg.ts';
import { pill, textBlock } from '../../svg/text-blocks.ts';
import { TILES } from './geometry.ts';

function tile(ctx: ImageContext, tile: Tile, width: number): Block {
	const inner = width - 2 * SPACE_PX[3];
	const content = stack(
		[
			textBlock(ctx, tile.value, inner, {
				size: TEXT_PX.lg,
				weight: 700,
				leading: TILES.ratios.valueLeading
			}),
			textBlock(ctx, tile.name, inner, {
				size: TEXT_PX.sm,
				color: 'color-text-muted',
				leading: TILES.ratios.labelLeading
			}),
			flow(
				tile.badges.map((text) => pill(ctx, text)),
				inner,
				SPACE_PX[1],
				SPACE_PX[1]
			)
		],
		2
	);
	return {
		height: content.height + 2 * SPACE_PX[2],
		draw(canvas, x, y) {
			content.draw(canvas, x + SPACE_PX[3], y + SPACE_PX[2]);
		}
	};
}

export function drawTiles(ctx: ImageContext, part: TilesPart, width: number): Block {
	if (part.tiles.length === 0) return { height: 0, draw: () => {} };
	const gap = SPACE_PX[2];
	const { minColumn } = TILES.px(width);
	const columns = Math.max(1, Math.min(part.tiles.length, Math.floor((width + gap) / (minColumn + gap))));
	const tileWidth = (width - gap * (columns - 1)) / columns;
	const rows: Tile[][] = [];
	part.tiles.forEach((t, i) => (rows[Math.floor(i / columns)] ??= []).push(t));
	return stack(
		rows.map((row) => {
			const blocks = row.map((t) => tile(ctx, t, tileWidth));
			const height = Math.max(...blocks.map((b) => b.height));
			return {
				height,
				draw(canvas, x, y) {
					blocks.forEach((block, i) => {
						const left = x + i * (tileWidth + gap);
						const fill = color(ctx, 'color-surface');
						canvas.add(element('rect', { x: left, y, width: tileWidth, height, rx: RADIUS_PX, fill }));
						canvas.mark({ id: row[i]!.id, x: left, y, width: tileWidth, height, color: fill, fill: 'solid' });
						block.draw(canvas, left, y);
					});
				}
			};
		}),
		gap
	);
}
