/**
 * Counts as rows of squares. A row is as tall as its label, its note and its lines of squares
 * need, in layout units: the page turns them into rem (more per unit in a phone's box, where
 * labels wrap), the image into pixels. Squares go SQUARES_PER_LINE to a line, whatever the width,
 * so a row's height is known before layout.
 */
import type { UnitRow } from '../../body.ts';
import { defineGeometry } from '../define-geometry.ts';

export const UNIT_ROWS = defineGeometry('unit-rows', {
	sizes: { unit: 1, squareGap: 0.1875, gridMax: 20 },
	narrow: { unit: 1.45 }
});

export const SQUARES_PER_LINE = 20;

/** Layout units: a line of squares, the label's line, the note's line. */
const LINE = 1.15;
const LABEL = 2.5;
const NOTE = 1.1;

/** Where each row sits and how tall it is, in layout units, and how tall all of them are. */
export function unitRowsLayout(rows: readonly UnitRow[]): {
	placed: Map<string, { top: number; size: number }>;
	total: number;
} {
	let top = 0;
	const placed = new Map<string, { top: number; size: number }>();
	for (const row of rows) {
		const lines = Math.ceil((row.squares + (row.open ? 1 : 0)) / SQUARES_PER_LINE);
		const size = LABEL + (row.per ? NOTE : 0) + lines * LINE;
		placed.set(row.id, { top, size });
		top += size;
	}
	return { placed, total: top };
}
