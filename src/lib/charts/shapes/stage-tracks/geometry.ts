/**
 * One row per project across the stage columns: the rows' height (taller in a phone's box, where
 * names wrap), the room over them for the stage names (two lines of them), the dot.
 */
import { defineGeometry } from '../define-geometry.ts';

export const STAGE_TRACKS = defineGeometry('stage-tracks', {
	sizes: { rowHeight: 2.9, headsRoom: 2.4, headsGap: 0.25, dot: 0.9 },
	narrow: { rowHeight: 3.9 },
	// The stage names' line height.
	ratios: { headsLeading: 1.25 }
});
