/**
 * The zone map's sizes: how wide its drawing may grow, where the zone's marker sits from the
 * district's label point (the SVG drawing, the WebGL map and the image put it there alike), how
 * wide the marker's small charts are, and from which map width the crowded names show. Its
 * breakpoints become the page's container queries here too (tokens.css), so the image leaves out
 * the names the page would.
 */
import { defineGeometry } from '../define-geometry.ts';

/** Map widths (rem) from which these district names show; below, they would crowd their neighbours. */
export const LABELS_FROM = { medium: 16, wide: 26 } as const;

/** A map at least this wide (rem) gives a roomy callout (longer words: English) its own width. */
export const ROOMY_FROM = 20;

/**
 * Below this map width (rem: a phone's) the zone's marker sits closer to its point and higher, and
 * its charts take the room east of the point, their rows on two lines, so they stay inside the
 * map without being moved west over the district.
 */
export const NARROW_MAP = 24;

/**
 * In a chart box narrower than this (rem: a 288 px embed) even that does not fit below the zone:
 * the map gets `tinyMapRoom` of room under its drawing, where the zone's charts end.
 */
export const TINY_MAP = 18;

export const DISTRICT_MAP = {
	...defineGeometry('district-map', {
		sizes: {
			maxWidth: 30,
			markerX: 1.25,
			markerY: -1.4,
			/** Room kept east of the marker's callout, inside the map. */
			markerMargin: 0.5,
			calloutWidth: 9.5,
			calloutWidthRoomy: 11,
			/** The least a callout narrows to, on a narrow map. */
			calloutWidthMin: 6,
			markerXNarrow: 0.25,
			tinyMapRoom: 4.5,
			markerYNarrow: -5.5,
			calloutStack: 0.9,
			calloutBar: 0.55
		},
		// A callout row in ems of its small type: one line and its bar, or two lines (roomy).
		ratios: { calloutRow: 2.6, calloutRowRoomy: 3.7 }
	}),
	rules: [
		...Object.entries(LABELS_FROM).map(
			([from, rem]) =>
				`@container map (width < ${rem}rem) {\n\t[data-label-from='${from}'] {\n\t\tdisplay: none;\n\t}\n}`
		),
		// On the map's layers, where the marker's reach is worked out as well as on the marker.
		`@container map (width >= ${ROOMY_FROM}rem) {\n\t[data-callout='roomy'] [data-map-area] > * {\n\t\t--callout-width: var(--district-map-callout-width-roomy);\n\t\t--callout-row: var(--district-map-callout-row-roomy);\n\t}\n}`,
		`@container chart (width < ${TINY_MAP}rem) {\n\t[data-map-area] {\n\t\t--map-room-below: var(--district-map-tiny-map-room);\n\t}\n}`,
		// A phone's map spans its card's padding (--frame-inset): every pixel is room for the zone's charts.
		`@container chart (width < ${NARROW_MAP}rem) {\n\t[data-shape='district-map'] > :first-child {\n\t\tmargin-inline: calc(-1 * var(--frame-inset, 0px));\n\t}\n}`,
		`@container map (width < ${NARROW_MAP}rem) {\n\t[data-map-area] > * {\n\t\t--district-map-marker-x: var(--district-map-marker-x-narrow);\n\t\t--district-map-marker-y: var(--district-map-marker-y-narrow);\n\t\t--callout-row: var(--district-map-callout-row-roomy);\n\t\t--zone-name-size: var(--text-xs);\n\t\t--callout-padding-inline: var(--space-2);\n\t}\n}`
	]
};

/** The view the districts are projected into: its aspect is the drawing's. */
export const VIEW = { width: 600, height: 900 } as const;
