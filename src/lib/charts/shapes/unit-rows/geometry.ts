/**
 * Counts as rows of squares, SQUARES_PER_LINE to a line whatever the width, their lines at most
 * `gridMax` wide: on a phone the squares shrink with the chart while its words take more lines, so
 * a row is as tall as its words and squares make it (in flow on the page, measured in the image).
 */
import { defineGeometry } from '../define-geometry.ts';

export const UNIT_ROWS = defineGeometry('unit-rows', {
	sizes: { squareGap: 0.1875, gridMax: 20 }
});

export const SQUARES_PER_LINE = 20;
