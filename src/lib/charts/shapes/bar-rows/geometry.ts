/**
 * Horizontal bars, one row each, on a value axis: how tall a row is at least (taller in a phone's
 * box, where a name may take two lines; a row whose words take more grows to hold them, with
 * `rowPadding` above and below), how thick a bar, how far an open-ended one fades out.
 */
import { defineGeometry } from '../define-geometry.ts';

export const BAR_ROWS = defineGeometry('bar-rows', {
	sizes: { rowHeight: 3.25, rowPadding: 0.375, bar: 0.9, fade: 2.5 },
	narrow: { rowHeight: 4.25 }
});

/** Ticks on the value axis: few enough to fit a phone. */
export const BAR_ROWS_TICKS = 3;
