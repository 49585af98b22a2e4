/** Selectable names: a chip's line height (its height with the text). */
import { defineGeometry } from '../define-geometry.ts';

export const CHIPS = defineGeometry('chips', { sizes: {}, ratios: { leading: 1.8 } });
