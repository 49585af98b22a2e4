/** The pan that keeps the WebGL map's zone marker (its button over its charts) inside the map. */
import type { LngLatBoundsLike, Map as MapLibreInstance, PaddingOptions } from 'maplibre-gl';

// A narrow map has no room east or south of the zone for its charts: pan just enough to bring
// the zone's marker inside, never so far that its own start leaves the map.
export function keepZoneMarkerInside(instance: MapLibreInstance) {
	const zoneMarker = instance.getContainer().querySelector('[data-zone-marker]');
	if (!zoneMarker) return;
	const area = instance.getContainer().getBoundingClientRect();
	const marker = zoneMarker.getBoundingClientRect();
	const margin = 8;
	const x = Math.min(
		Math.max(0, marker.right - (area.right - margin)),
		Math.max(0, marker.left - (area.left + margin))
	);
	const y = Math.min(
		Math.max(0, marker.bottom - (area.bottom - margin)),
		Math.max(0, marker.top - (area.top + margin))
	);
	if (x > 0 || y > 0) instance.panBy([x, y], { animate: false });
}

/** Back to the first view (the "back to the zone" button): the districts framed, the marker inside. */
export function frameZoneAgain(
	instance: MapLibreInstance,
	bounds: LngLatBoundsLike,
	padding: PaddingOptions
) {
	instance.once('moveend', () => keepZoneMarkerInside(instance));
	instance.fitBounds(bounds, { padding, animate: !matchMedia('(prefers-reduced-motion: reduce)').matches });
}
