/**
 * What the zone map's markup and the scripts that bring its WebGL map (enhance/map-loader.ts,
 * map/MapLibreMap.svelte) agree on: the attributes the server writes and the scripts read and set.
 * Both sides import them from here, so a rename is a compile error rather than a broken page.
 */
import type { DistrictMapPart } from '../../body.ts';

export const MAP_ATTRIBUTES = {
	/** The map's root: its registry id. */
	root: 'data-map-id',
	/** How the map came up: svg → loading → webgl, or svg-fallback. */
	state: 'data-map-state',
	/** Which style the WebGL map drew with: online, offline, or offline after the online one failed. */
	styleOutcome: 'data-style-outcome',
	geodataUrl: 'data-geodata-url',
	styleUrl: 'data-style-url',
	zoneDistrict: 'data-zone-district',
	zoneKeys: 'data-zone-keys',
	/** The box the WebGL map is drawn in, over the drawing. */
	area: 'data-map-area',
	/** The line that says what the map is doing. */
	notice: 'data-map-notice',
	/** The zone's button and its charts, copied into the WebGL map as its marker. */
	zoneMarker: 'data-zone-marker',
	zoneButton: 'data-zone-button',
	/** A district's name at its label point (copied into the WebGL map). */
	districtLabel: 'data-district-label',
	district: 'data-district',
	/** A name a small map leaves out (its breakpoint is the geometry's LABELS_FROM). */
	labelFrom: 'data-label-from',
	renderer: 'data-map-renderer',
	callout: 'data-map-callout',
	/** The control an embed shows over its drawing: the WebGL map starts when it is pressed. */
	explore: 'data-map-explore'
} as const;

export type MapState = 'svg' | 'loading' | 'webgl' | 'svg-fallback';

type Words = DistrictMapPart['webgl'];
type WordKey =
	| `notice-${keyof Words['notices'] & string}`
	| `gesture-${keyof Words['gestures'] & string}`
	| `control-${keyof Words['controls'] & string}`;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The map's words as attributes of its root, for the script that loads the WebGL map to say. */
export function wordAttributes(words: Words): Record<`data-${string}`, string> {
	return Object.fromEntries([
		...Object.entries(words.notices).map(([key, text]) => [`data-notice-${kebab(key)}`, text]),
		...Object.entries(words.gestures).map(([key, text]) => [`data-gesture-${kebab(key)}`, text]),
		...Object.entries(words.controls).map(([key, text]) => [`data-control-${kebab(key)}`, text])
	]);
}

/** One of the map's words, read back from its root. */
export function wordOf(root: HTMLElement, key: WordKey): string {
	return root.getAttribute(`data-${kebab(key)}`) ?? '';
}

/** `[attribute]` or `[attribute="value"]`, for querySelector. */
export function selector(attribute: string, value?: string): string {
	return value === undefined ? `[${attribute}]` : `[${attribute}="${CSS.escape(value)}"]`;
}
