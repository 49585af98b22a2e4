/** A row of a chart drawn in rows: its name and value on a line, then its mark, this far under. */
import { defineGeometry } from '../define-geometry.ts';

export const BAND_ROW = defineGeometry('band-row', {
	sizes: { labelGap: 0.2 },
	ratios: { leading: 1.35 }
});
