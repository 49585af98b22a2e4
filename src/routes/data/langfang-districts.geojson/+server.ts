import { readDistricts } from '#lib/map/geodata-files.ts';
import { PROJECT_ROOT } from '#lib/server/load-dataset.ts';

export const prerender = true;

// The district shapes for the WebGL map, as their own file: fetched once, cached, and only where a
// map is shown (pages carry the SVG map, never the GeoJSON).
export function GET(): Response {
	return new Response(JSON.stringify(readDistricts(PROJECT_ROOT)), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
