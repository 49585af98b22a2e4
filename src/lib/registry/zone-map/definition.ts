/**
 * The zone map: Langfang's districts with the zone's district marked as its approximate place (the
 * article gives no outline or coordinates), a legend that says so, the zone's small charts at it,
 * and beside it the zone's infrastructure figures with their sentences, the projects in the zone
 * and the places the article names without a location.
 */
import type { BodyPart } from '../../charts/body.ts';
import { formatFigure } from '../../format/figure-value.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { defineChart } from '../definition.ts';
import { figureTable } from '../common/figure-parts.ts';
import { districtMapPart } from './map-part.ts';
import { selectZoneMap, type ZoneMapData } from './select.ts';
import words from './words.json' with { type: 'json' };

const shown = (data: ZoneMapData) => [
	...data.metrics.flatMap((group) => group.figures),
	data.callout.pipeline.total,
	...data.callout.pipeline.segments.map((segment) => segment.figure)
];

export default defineChart<ZoneMapData>({
	id: 'zone-map',
	...words,
	minSize: { width: 300, height: 480 },
	wide: true,
	keyFigure: 'road-network-length',
	select: selectZoneMap,
	figures: shown,
	otherSources: (data) =>
		[data.zone, ...data.unplaced].map((place) => ({ quote: place.quote, paragraph: place.paragraph })),
	table: (data, locale) => figureTable(shown(data), locale),
	body: (data, locale) => {
		const m = MESSAGES[locale];
		const district = data.districts.features.find((f) => f.properties.id === data.zoneDistrict)!;
		const asides: BodyPart[] = [
			{
				shape: 'quoted-figures',
				rule: 'color-map-zone',
				groups: data.metrics.map((group) => ({
					quote: group.quote,
					paragraph: m.paragraph(group.paragraph),
					figures: group.figures.map((f) => ({
						id: f.id,
						value: formatFigure(f, locale),
						name: f.label[locale]
					}))
				})),
				id: 'metrics',
				heading: m.mapMetrics,
				count: data.metrics.flatMap((group) => group.figures).length,
				aside: true
			},
			{
				shape: 'chips',
				note: m.mapProjectsNote,
				items: data.projects.map((p) => ({
					id: p.id,
					name: p.name[locale],
					select: `project:${p.id}` as const,
					keys: p.keys
				})),
				id: 'projects',
				heading: m.mapProjects,
				count: data.projects.length,
				aside: true
			},
			{
				shape: 'list',
				style: 'noted',
				items: data.unplaced.map((place) => ({
					id: place.id,
					name: place.name[locale],
					...(place.status !== 'existing' ? { badge: m.placeStatus[place.status] ?? place.status } : {}),
					note: m.mapUnplacedNote
				})),
				id: 'unplaced',
				heading: m.mapUnplaced,
				count: data.unplaced.length,
				aside: true
			}
		];
		return {
			parts: [
				districtMapPart(data, locale),
				{
					shape: 'legend',
					items: [
						{
							id: 'legend-zone',
							name: m.mapLegendZone(district.properties[locale]),
							fill: 'color-map-zone',
							stroke: 'color-map-zone-border'
						},
						{ id: 'legend-land', name: m.mapLegendLand, fill: 'color-map-land', stroke: 'color-map-border' }
					],
					detail: true
				},
				{
					shape: 'text',
					text: data.zoneDistrictReason[locale],
					size: 'xs',
					badge: m.mapZoneWhy,
					detail: true
				},
				{ shape: 'text', text: data.attribution[locale], size: 'xs' },
				...asides
			],
			gap: 1,
			fill: 'grow'
		};
	}
});
