/**
 * The zone map's sizes: how wide its drawing may grow, where the zone's marker sits from the
 * district's label point (the SVG drawing, the WebGL map and the image put it there alike), how
 * wide the marker's small charts are, and from which map width the crowded names show. Its
 * breakpoints become the page's container queries here too (tokens.css), so the image leaves out
 * the names the page would.
 */
import { defineGeometry } from '../define-geometry.ts';

/** Map widths (rem) from which these district names show; below, they would crowd their neighbours. */
export const LABELS_FROM = { medium: 22, wide: 26 } as const;

/** A map at least this wide (rem) gives a roomy callout (longer words: English) its own width. */
export const ROOMY_FROM = 20;

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
		// Below that a roomy callout has no room for the lengths: they are the infrastructure chart's, next to it.
		`@container map (width < ${ROOMY_FROM}rem) {\n\t[data-callout='roomy'] [data-callout-lengths] {\n\t\tdisplay: none;\n\t}\n}`
	]
};

/** The view the districts are projected into: its aspect is the drawing's. */
export const VIEW = { width: 600, height: 900 } as const;
