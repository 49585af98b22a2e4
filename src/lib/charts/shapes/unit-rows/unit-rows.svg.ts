/**
 * A unit-rows part in an image (UnitRows.html.svelte): the row's name and value on a line, then its
 * squares, SQUARES_PER_LINE to a line and at most --unit-rows-grid-max wide; outlined squares are
 * planned, a fading square marks "more than"; a note says what one square stands for.
 */
import type { UnitRow, UnitRowsPart } from '../../body.ts';
import { stack, type Block } from '../../svg/blocks.ts';
import { color, type ImageContext } from '../../svg/context.ts';
import { LEADING, SPACE_PX, TEXT_PX } from '../../svg/sizes.ts';
import { element } from '../../svg/svg.ts';
import { textBlock } from '../../svg/text-blocks.ts';
import { bandRowLabel } from '../band-row/band-row.svg.ts';
import { BAND_ROW } from '../band-row/geometry.ts';
import { SQUARES_PER_LINE, UNIT_ROWS } from './geometry.ts';

function squares(ctx: ImageContext, row: UnitRow, width: number): Block {
	const { squareGap: gap, gridMax } = UNIT_ROWS.px(width);
	const gridWidth = Math.min(width, gridMax);
	const size = (gridWidth - gap * (SQUARES_PER_LINE - 1)) / SQUARES_PER_LINE;
	const count = row.squares + (row.open ? 1 : 0);
	const lines = Math.ceil(count / SQUARES_PER_LINE);
	return {
		height: lines * size + (lines - 1) * gap,
		draw(canvas, x, y) {
			const accent = color(ctx, 'color-accent');
			for (let i = 0; i < count; i++) {
				const left = x + (i % SQUARES_PER_LINE) * (size + gap);
				const top = y + Math.floor(i / SQUARES_PER_LINE) * (size + gap);
				const more = i === row.squares;
				if (row.planned && !more) {
					canvas.add(
						element('rect', {
							x: left + 0.75,
							y: top + 0.75,
							width: size - 1.5,
							height: size - 1.5,
							rx: 1.5,
							fill: 'none',
							stroke: accent,
							'stroke-width': 1.5
						})
					);
				} else {
					const fill = more ? canvas.fade(accent) : accent;
					canvas.add(
						element('rect', {
							x: left,
							y: top,
							width: size,
							height: size,
							rx: 2,
							fill,
							opacity: more ? 0.6 : undefined
						})
					);
				}
			}
			// The squares' box, the fading one included, as the page's.
			canvas.mark({
				id: row.id,
				x,
				y,
				width: Math.min(count, SQUARES_PER_LINE) * (size + gap) - gap,
				height: lines * (size + gap) - gap,
				color: accent,
				fill: row.planned ? 'outline' : 'solid'
			});
		}
	};
}

/** Rows --space-4 apart, their words, squares and note the page's --band-row-label-gap apart. */
export function drawUnitRows(ctx: ImageContext, part: UnitRowsPart, width: number): Block {
	const { labelGap } = BAND_ROW.px(width);
	return stack(
		part.rows.map((row) =>
			stack(
				[
					bandRowLabel(ctx, row.name, row.value, width),
					squares(ctx, row, width),
					...(row.per
						? [
								textBlock(ctx, row.per, width, {
									size: TEXT_PX.xs,
									color: 'color-text-muted',
									leading: LEADING
								})
							]
						: [])
				],
				labelGap
			)
		),
		SPACE_PX[4]
	);
}
