/**
 * Events on a month axis, one lane each so labels never overlap (taller lanes in a phone's box,
 * where the words wrap): where in its lane the dot or band sits, where its words start, and on
 * which side of it they go.
 */
import { defineGeometry } from '../define-geometry.ts';

export const TIME_MARKS = defineGeometry('time-marks', {
	sizes: {
		laneHeight: 3.75,
		markTop: 0.35,
		mark: 0.8,
		spanMin: 0.5,
		textTop: 1.35,
		textShift: 0.4
	},
	narrow: { laneHeight: 6.25 },
	// Its words' line height, the share of the lane they may take, the band's opacity.
	ratios: { leading: 1.35, wordsMax: 0.7, spanOpacity: 0.55 }
});

/** An event whose middle lies past this share of the axis has its words before it, where the room is. */
export const WORDS_BEFORE_PAST = 0.55;
