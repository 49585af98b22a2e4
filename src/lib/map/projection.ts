/**
 * The SVG map's projection: Mercator (as MapLibre's), fitted to the districts in a fixed viewBox
 * whose aspect the map box keeps, so HTML labels placed in percent land where they belong.
 */
import { geoMercator } from 'd3';
import type { DistrictCollection } from './geodata.ts';
import { compactPath, projectedRings } from './compact-path.ts';

export const VIEW_WIDTH = 600;
export const VIEW_HEIGHT = 900;
const PADDING = 24;
/** The grid the paths are drawn on, in viewBox units: 0.4 px on a 1,200-px-wide image, less on screen. */
export const PATH_STEP = 0.2;

export function fitProjection(districts: DistrictCollection) {
	return geoMercator().fitExtent(
		[
			[PADDING, PADDING],
			[VIEW_WIDTH - PADDING, VIEW_HEIGHT - PADDING]
		],
		districts
	);
}

export interface ProjectedDistrict {
	id: string;
	zh: string;
	en: string;
	short: { zh: string; en: string };
	/** SVG path data in viewBox units. */
	d: string;
	/** Label position in percent of the box. */
	labelX: number;
	labelY: number;
}

export function projectDistricts(districts: DistrictCollection): ProjectedDistrict[] {
	const projection = fitProjection(districts);
	return districts.features.map((f) => {
		const [x, y] = projection(f.properties.label)!;
		return {
			id: f.properties.id,
			zh: f.properties.zh,
			en: f.properties.en,
			short: f.properties.short,
			d: compactPath(projectedRings(projection, f), PATH_STEP),
			labelX: (x / VIEW_WIDTH) * 100,
			labelY: (y / VIEW_HEIGHT) * 100
		};
	});
}
