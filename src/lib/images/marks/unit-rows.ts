/**
 * Counts as rows of squares (UnitRowsChart with UnitRows): the row's name and value on a line,
 * then its squares, SQUARES_PER_LINE to a line and at most 20rem wide; outlined squares are
 * planned, a fading square marks "more than"; a note says what one square stands for.
 */
import { SQUARES_PER_LINE, type UnitRow } from '../../charts/chart-parts.ts';
import { element } from '../svg.ts';
import {
	SPACE,
	TEXT,
	color,
	nameValueRow,
	stack,
	textBlock,
	type Block,
	type ImageContext
} from '../layout.ts';

const GRID_MAX_WIDTH = 320;
const GAP = 3;

export interface UnitRowsSpec {
	rows: UnitRow[];
	name: (row: UnitRow) => string;
	value: (row: UnitRow) => string;
	/** What one square stands for, when it is more than one unit. */
	note?: (row: UnitRow) => string | undefined;
}

function squares(ctx: ImageContext, row: UnitRow, width: number): Block {
	const gridWidth = Math.min(width, GRID_MAX_WIDTH);
	const size = (gridWidth - GAP * (SQUARES_PER_LINE - 1)) / SQUARES_PER_LINE;
	const count = row.squares + (row.open ? 1 : 0);
	const lines = Math.ceil(count / SQUARES_PER_LINE);
	return {
		height: lines * size + (lines - 1) * GAP,
		draw(canvas, x, y) {
			const accent = color(ctx, 'color-accent');
			for (let i = 0; i < count; i++) {
				const left = x + (i % SQUARES_PER_LINE) * (size + GAP);
				const top = y + Math.floor(i / SQUARES_PER_LINE) * (size + GAP);
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
			const filledLines = Math.ceil(row.squares / SQUARES_PER_LINE);
			canvas.mark({
				id: row.id,
				x,
				y,
				width: Math.min(row.squares, SQUARES_PER_LINE) * (size + GAP) - GAP,
				height: filledLines * (size + GAP) - GAP,
				color: accent,
				fill: row.planned ? 'outline' : 'solid'
			});
		}
	};
}

export function unitRows(ctx: ImageContext, spec: UnitRowsSpec, width: number): Block {
	return stack(
		spec.rows.map((row) => {
			const note = spec.note?.(row);
			return stack(
				[
					nameValueRow(ctx, spec.name(row), spec.value(row), width),
					squares(ctx, row, width),
					...(note
						? [textBlock(ctx, note, width, { size: TEXT.xs, color: 'color-text-muted', leading: 1.4 })]
						: [])
				],
				SPACE[1]
			);
		}),
		SPACE[4]
	);
}
