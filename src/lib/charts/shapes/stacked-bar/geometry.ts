/** One bar split by parts (the pipeline): its thickness, how tall it may grow on the wall, its legend's swatches. */
import { defineGeometry } from '../define-geometry.ts';

export const STACKED_BAR = defineGeometry('stacked-bar', {
	sizes: { bar: 2.75, fillMax: 10, swatch: 0.9 }
});

/** Ticks on its axis. */
export const STACKED_BAR_TICKS = 4;
