/** A legend's swatches. */
import { defineGeometry } from '../define-geometry.ts';

export const LEGEND = defineGeometry('legend', { sizes: { swatch: 0.9 } });
