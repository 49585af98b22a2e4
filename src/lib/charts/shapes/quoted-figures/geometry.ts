/** Figures grouped by their sentence: the rule beside each group. */
import { defineGeometry } from '../define-geometry.ts';

export const QUOTED_FIGURES = defineGeometry('quoted-figures', { sizes: { rule: 0.1875 } });
