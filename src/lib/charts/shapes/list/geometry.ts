/** Lists of named things: their notes' line height (the bullets' indent is the tokens' BULLET_INDENT). */
import { defineGeometry } from '../define-geometry.ts';

export const LIST = defineGeometry('list', {
	sizes: {},
	ratios: { noteLeading: 1.5 }
});
