/**
 * The zone map's drawing as a body part: the districts projected into the drawing's view (paths
 * and label points), the zone's district, its button and its small charts, and the words the
 * WebGL map says while it comes up.
 */
import { geoPath } from 'd3';
import type { BarRow, DistrictMapPart, Segment } from '../../charts/body.ts';
import { valueDomain } from '../../charts/shapes/axis/geometry.ts';
import { VIEW } from '../../charts/shapes/district-map/geometry.ts';
import { formatFigure, isOpenEnded } from '../../format/figure-value.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { LABEL_FROM } from '../../map/label-priority.ts';
import { fitProjection, projectDistricts } from '../../map/projection.ts';
import { figureMark } from '../common/figure-parts.ts';
import { ZONE_PLACE, numeric } from '../common/figures.ts';
import { stageColor } from '../pipeline-stages/definition.ts';
import type { ZoneMapData } from './select.ts';

function callout(data: ZoneMapData, locale: Locale): DistrictMapPart['callout'] {
	const m = MESSAGES[locale];
	const { pipeline, lengths } = data.callout;
	const segments: Segment[] = pipeline.segments.map((segment) => ({
		...figureMark(segment.figure, m.calloutStages[segment.stage] ?? segment.stage, locale),
		id: segment.stage,
		name: m.calloutStages[segment.stage] ?? segment.stage,
		value: String(segment.count),
		start: segment.start,
		count: segment.count,
		color: stageColor(segment.stage),
		hatched: segment.figure.kind === 'derived'
	}));
	const rows: BarRow[] = lengths.map((figure) => ({
		...figureMark(figure, figure.label[locale], locale),
		name: m.calloutLengths[figure.id] ?? figure.label[locale],
		value: formatFigure(figure, locale),
		x: numeric(figure),
		color: 'color-accent',
		hatched: false,
		open: isOpenEnded(figure)
	}));
	return {
		caption: m.calloutPipeline(formatFigure(pipeline.total, locale)),
		// English words are longer: where the map has room the callout takes more of it.
		roomy: locale === 'en',
		segments,
		lengths: rows,
		lengthsMax: valueDomain(
			rows.map((row) => row.x),
			true
		)[1]
	};
}

export function districtMapPart(data: ZoneMapData, locale: Locale): DistrictMapPart {
	const m = MESSAGES[locale];
	const zoneFeature = data.districts.features.find((f) => f.properties.id === data.zoneDistrict)!;
	const [[left, top], [right, bottom]] = geoPath(fitProjection(data.districts)).bounds(zoneFeature);
	const districtName = zoneFeature.properties[locale];
	return {
		shape: 'district-map',
		view: { ...VIEW },
		districts: projectDistricts(data.districts).map((d) => ({
			id: d.id,
			d: d.d,
			name: d.short[locale],
			labelX: d.labelX,
			labelY: d.labelY,
			...(LABEL_FROM[d.id] ? { labelFrom: LABEL_FROM[d.id] } : {})
		})),
		zone: {
			district: data.zoneDistrict,
			bounds: [left, top, right, bottom],
			keys: data.zoneKeys,
			button: {
				name: m.mapZoneShort,
				note: m.mapZoneNote,
				title: m.mapZoneLabel(districtName),
				select: `place:${ZONE_PLACE}`
			}
		},
		callout: callout(data, locale),
		webgl: {
			notices: {
				loading: m.mapLoading,
				noWebgl: m.mapNoWebgl,
				lost: m.mapContextLost,
				restarting: m.mapRestarting,
				onlineFailed: m.mapOnlineFailed
			},
			gestures: { touch: m.mapGestureTouch, ctrl: m.mapGestureCtrl, cmd: m.mapGestureCmd },
			controls: {
				canvas: m.mapCanvas,
				zoomIn: m.mapZoomIn,
				zoomOut: m.mapZoomOut,
				fitZone: m.mapFitZone,
				toggleAttribution: m.mapToggleAttribution
			},
			actions: { explore: m.mapExplore }
		}
	};
}
