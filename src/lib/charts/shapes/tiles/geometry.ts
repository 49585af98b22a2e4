/** Figures that share no scale, as tiles in a grid of columns at least this wide. */
import { defineGeometry } from '../define-geometry.ts';

export const TILES = defineGeometry('tiles', {
	sizes: { minColumn: 9.5 },
	// The value's and the label's line heights.
	ratios: { valueLeading: 1.3, labelLeading: 1.4 }
});
