/**
 * The map's style: offline by default (a background layer; the districts are added as layers on
 * top), or a deployment's online basemap if it loads in time.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { MapColors } from './map-colors.ts';

/** How the map came up: offline by design, online, or offline because the online style failed. */
export type StyleOutcome = 'offline' | 'online' | 'online-failed';

/** How long an online style may take before the map gives up on it. */
export const STYLE_TIMEOUT_MS = 4000;

/** Needs no server at all: no tiles, no glyphs, no sprite. */
export function offlineStyle(colors: MapColors): StyleSpecification {
	return {
		version: 8,
		sources: {},
		layers: [{ id: 'background', type: 'background', paint: { 'background-color': colors.background } }]
	};
}

function isStyle(value: unknown): value is StyleSpecification {
	const style = value as Partial<StyleSpecification> | null;
	return !!style && style.version === 8 && Array.isArray(style.layers) && typeof style.sources === 'object';
}

export async function loadStyle(
	url: string,
	colors: MapColors,
	timeoutMs = STYLE_TIMEOUT_MS,
	fetchStyle: typeof fetch = fetch
): Promise<{ style: StyleSpecification; outcome: StyleOutcome }> {
	if (!url) return { style: offlineStyle(colors), outcome: 'offline' };
	try {
		const response = await fetchStyle(url, { signal: AbortSignal.timeout(timeoutMs) });
		const style: unknown = response.ok ? await response.json() : null;
		if (isStyle(style)) return { style, outcome: 'online' };
	} catch {
		// Unreachable, too slow or not JSON: fall through to the offline style.
	}
	return { style: offlineStyle(colors), outcome: 'online-failed' };
}
