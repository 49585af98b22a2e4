/**
 * One row per project across the stage columns: the rows' height (taller in a phone's box, where
 * names wrap), the room over them for the stage names (two lines of them), the dot.
 */
import { defineGeometry } from '../define-geometry.ts';

export const STAGE_TRACKS = defineGeometry('stage-tracks', {
	sizes: { rowHeight: 2.9, headsRoom: 2.4, dot: 0.9 },
	narrow: { rowHeight: 3.9 }
});
