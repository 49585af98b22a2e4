/**
 * The zone map as an image (ZoneMap with SvgMap, ZoneButton and MapCallout): Langfang's districts
 * from the same projection, the zone's district in the zone colour, the zone's marker with its
 * small charts at its label point (approximate: the article gives no outline), the legend, why the
 * zone is placed there and the attribution; under it the zone's infrastructure figures with their
 * sentences, the projects in the zone and the places named without a location.
 */
import { geoPath, scaleLinear } from 'd3';
import { formatFigure } from '../format/figure-value.ts';
import { LABEL_FROM } from '../map/label-priority.ts';
import type { MapView } from '../map/map-view.ts';
import { VIEW_HEIGHT, VIEW_WIDTH, fitProjection, projectDistricts } from '../map/projection.ts';
import { element, insetRect } from './svg.ts';
import { stageColor } from '../charts/colors.ts';
import { valueDomain } from '../charts/scales.ts';
import { drawBar } from './marks/bar-rows.ts';
import { drawSegments, drawSwatch } from './marks/stacked-bar.ts';
import {
	RADIUS,
	SPACE,
	TEXT,
	color,
	drawLines,
	flow,
	nameValueRow,
	pill,
	runIn,
	stack,
	textBlock,
	textWidth,
	type Block,
	type Canvas,
	type ImageContext
} from './layout.ts';
import { partHeading } from './marks/tiles.ts';

/** ZoneMap hides these district names on maps narrower than 22rem and 26rem. */
const LABEL_FROM_WIDTH = { medium: 352, wide: 416 } as const;
const SWATCH = 14.4;

function mapDrawing(ctx: ImageContext, view: MapView, width: number): Block {
	const height = (width * VIEW_HEIGHT) / VIEW_WIDTH;
	const scale = width / VIEW_WIDTH;
	const districts = projectDistricts(view.districts);
	const path = geoPath(fitProjection(view.districts));
	const zoneFeature = view.districts.features.find((f) => f.properties.id === view.zoneDistrict)!;
	const zoneName = ctx.messages.mapZoneShort;
	const zoneNote = ctx.messages.mapZoneNote;
	return {
		height,
		draw(canvas, x, y) {
			canvas.add(
				element('rect', { x, y, width, height, rx: RADIUS, fill: color(ctx, 'color-map-background') })
			);
			const land = color(ctx, 'color-map-land');
			const border = color(ctx, 'color-map-border');
			const zone = color(ctx, 'color-map-zone');
			const zoneBorder = color(ctx, 'color-map-zone-border');
			// Strokes a pixel wide whatever the scale, as the HTML map's non-scaling strokes.
			const paths = districts
				.map((d) => {
					const isZone = d.id === view.zoneDistrict;
					return element('path', {
						d: d.d,
						fill: isZone ? zone : land,
						stroke: isZone ? zoneBorder : border,
						'stroke-width': (isZone ? 1.5 : 1) / scale,
						'stroke-linejoin': 'round'
					});
				})
				.join('');
			canvas.add(element('g', { transform: `translate(${x} ${y}) scale(${scale})` }, paths));
			const [[left, top], [right, bottom]] = path.bounds(zoneFeature);
			canvas.mark({
				id: view.zoneDistrict,
				x: x + left * scale,
				y: y + top * scale,
				width: (right - left) * scale,
				height: (bottom - top) * scale,
				color: zone,
				fill: 'area'
			});
			for (const district of districts) {
				const px = x + (district.labelX / 100) * width;
				const py = y + (district.labelY / 100) * height;
				if (district.id === view.zoneDistrict) continue;
				const from = LABEL_FROM[district.id];
				if (from && width < LABEL_FROM_WIDTH[from]) continue;
				drawLines(ctx, canvas, [district.short[ctx.locale]], px, py - (TEXT.xs * 1.6) / 2, {
					size: TEXT.xs,
					color: 'color-text-muted',
					align: 'middle'
				});
			}
			// The zone's marker: its button just east of the district's label point and level with it,
			// the small charts under the button (ZoneMap's .zone-marker, MapCallout), kept inside the map.
			const zoneDistrict = districts.find((d) => d.id === view.zoneDistrict)!;
			const nameWidth = textWidth(ctx, zoneName, TEXT.sm, 700);
			const noteWidth = textWidth(ctx, zoneNote, TEXT.xs);
			const boxWidth = Math.ceil(Math.max(nameWidth, noteWidth) + 2 * SPACE[2] + 4);
			const boxHeight = Math.round((TEXT.sm + TEXT.xs) * 1.3 + 2 * SPACE[1] + 4);
			const marker = callout(ctx, view);
			const markerLeft = Math.round(
				Math.min(x + (zoneDistrict.labelX / 100) * width + 20, x + width - CALLOUT_WIDTH - SPACE[2])
			);
			const markerTop = Math.round(y + (zoneDistrict.labelY / 100) * height - 22.4);
			canvas.add(
				insetRect(
					{ x: markerLeft, y: markerTop, width: boxWidth, height: boxHeight },
					zoneBorder,
					{
						rx: RADIUS,
						fill: color(ctx, 'color-surface-raised')
					},
					2
				)
			);
			const centre = markerLeft + boxWidth / 2;
			drawLines(ctx, canvas, [zoneName], centre, markerTop + 2 + SPACE[1], {
				size: TEXT.sm,
				weight: 700,
				leading: 1.3,
				align: 'middle'
			});
			drawLines(ctx, canvas, [zoneNote], centre, markerTop + 2 + SPACE[1] + TEXT.sm * 1.3, {
				size: TEXT.xs,
				leading: 1.3,
				align: 'middle'
			});
			marker.draw(canvas, markerLeft, markerTop + boxHeight + SPACE[1]);
		}
	};
}

/** A swatch and its words (the map's legend). */
function legendLine(
	ctx: ImageContext,
	id: string,
	fill: string,
	stroke: string,
	text: string,
	width: number
): Block {
	const words = textBlock(ctx, text, width - SWATCH - SPACE[2], { size: TEXT.sm, leading: 1.5 });
	return {
		height: words.height,
		draw(canvas, x, y) {
			const top = y + (TEXT.sm * 1.5 - SWATCH) / 2;
			const fillHex = color(ctx, fill);
			canvas.add(
				element('rect', {
					x: x + 0.5,
					y: top + 0.5,
					width: SWATCH - 1,
					height: SWATCH - 1,
					rx: 2,
					fill: fillHex,
					stroke: color(ctx, stroke)
				})
			);
			canvas.mark({ id, x, y: top, width: SWATCH, height: SWATCH, color: fillHex, fill: 'solid' });
			words.draw(canvas, x + SWATCH + SPACE[2], y);
		}
	};
}

/** MapCallout's 9.5rem width, its 0.9rem stacked bar and its 0.55rem length bars. */
const CALLOUT_WIDTH = 152;
const CALLOUT_STACK = 14.4;
const CALLOUT_BAR = 8.8;

/**
 * The small charts at the zone's place (MapCallout): its projects as one bar split by stage (the
 * derived count hatched) with the counts, and its road and pipeline lengths on one scale, drawn
 * with the chart images' own marks in the callout's smaller type.
 */
function callout(ctx: ImageContext, view: MapView): Block {
	const m = ctx.messages;
	const inner = CALLOUT_WIDTH - 2 * SPACE[3];
	const small = { size: TEXT.xs, leading: 1.35 } as const;
	const { pipeline, lengths } = view.callout;
	const segments = pipeline.segments.map((segment) => ({
		id: `callout-${segment.stage}`,
		start: segment.start,
		count: segment.count,
		color: stageColor(segment.stage),
		hatched: segment.figure.kind === 'derived',
		words: `${m.calloutStages[segment.stage] ?? segment.stage} ${segment.count}`
	}));
	const caption = textBlock(ctx, m.calloutPipeline(formatFigure(pipeline.total, ctx.locale)), inner, {
		...small,
		weight: 700
	});
	const stackScale = scaleLinear()
		.domain([0, pipeline.total.value as number])
		.range([0, inner]);
	const bar: Block = {
		height: CALLOUT_STACK,
		draw: (canvas, x, y) => drawSegments(ctx, canvas, segments, stackScale, x, y, CALLOUT_STACK)
	};
	const swatch = 0.7 * TEXT.xs;
	const lineHeight = TEXT.xs * small.leading;
	const legend = flow(
		segments.map((segment) => ({
			width: swatch + 2.6 + textWidth(ctx, segment.words, TEXT.xs),
			height: lineHeight,
			draw(canvas: Canvas, x: number, y: number) {
				drawSwatch(
					canvas,
					color(ctx, segment.color),
					segment.hatched,
					x,
					y + (lineHeight - swatch) / 2,
					swatch
				);
				drawLines(ctx, canvas, [segment.words], x + swatch + 2.6, y, small);
			}
		})),
		inner,
		SPACE[2],
		0
	);
	const lengthScale = scaleLinear()
		.domain(
			valueDomain(
				lengths.map((f) => f.value as number),
				true
			)
		)
		.range([0, inner]);
	const bars = lengths.map((figure) => {
		const label = nameValueRow(
			ctx,
			m.calloutLengths[figure.id] ?? figure.label[ctx.locale],
			formatFigure(figure, ctx.locale),
			inner,
			TEXT.xs
		);
		return {
			height: label.height + 2 + CALLOUT_BAR,
			draw(canvas: Canvas, x: number, y: number) {
				label.draw(canvas, x, y);
				drawBar(
					canvas,
					{
						id: `callout-${figure.id}`,
						x,
						y: y + label.height + 2,
						width: Math.max(1, lengthScale(figure.value as number)),
						height: CALLOUT_BAR,
						color: color(ctx, 'color-accent')
					},
					{ open: figure.qualifier === 'over' }
				);
			}
		} satisfies Block;
	});
	const content = stack([stack([caption, bar, legend], SPACE[1]), ...bars], SPACE[2]);
	const height = Math.round(content.height + 2 * SPACE[2]);
	return {
		height,
		draw(canvas, x, y) {
			canvas.add(
				insetRect({ x, y, width: CALLOUT_WIDTH, height }, color(ctx, 'color-map-zone-border'), {
					rx: RADIUS,
					fill: color(ctx, 'color-surface-raised')
				})
			);
			content.draw(canvas, x + SPACE[3], y + SPACE[2]);
		}
	};
}

/** The zone's figures, grouped by their sentence, with a rule in the zone colour, the sentence and its paragraph. */
function metrics(ctx: ImageContext, view: MapView, width: number): Block {
	const inner = width - 3 - SPACE[3];
	const style = { size: TEXT.sm, leading: 1.5 } as const;
	return stack(
		view.metrics.map((group) => {
			const lines = stack(
				[
					...group.figures.map((figure) => {
						// The value, bold, and its label after it on the line; a label that does not fit
						// beside the value takes the lines under it, as the embed's wrapping flex row.
						const value = textBlock(ctx, formatFigure(figure, ctx.locale), inner, { ...style, weight: 700 });
						const labelText = figure.label[ctx.locale];
						const valueWidth = textWidth(ctx, formatFigure(figure, ctx.locale), TEXT.sm, 700);
						if (valueWidth + SPACE[2] + textWidth(ctx, labelText, TEXT.sm) > inner)
							return stack([value, textBlock(ctx, labelText, inner, style)]);
						return {
							height: value.height,
							draw(canvas, x, y) {
								value.draw(canvas, x, y);
								drawLines(ctx, canvas, [labelText], x + valueWidth + SPACE[2], y, style);
							}
						} satisfies Block;
					}),
					textBlock(ctx, `${group.quote} ${ctx.messages.paragraph(group.paragraph)}`, inner, {
						size: TEXT.xs,
						color: 'color-text-muted',
						leading: 1.5
					})
				],
				SPACE[1]
			);
			return {
				height: lines.height,
				draw(canvas, x, y) {
					canvas.add(
						element('rect', { x, y, width: 3, height: lines.height, fill: color(ctx, 'color-map-zone') })
					);
					lines.draw(canvas, x + 3 + SPACE[3], y);
				}
			} satisfies Block;
		}),
		SPACE[3]
	);
}

/** Text on one line, for flowing beside badges. */
function words(ctx: ImageContext, text: string): Block & { width: number } {
	return {
		width: textWidth(ctx, text, TEXT.sm),
		height: TEXT.sm * 1.5,
		draw: (canvas, x, y) => drawLines(ctx, canvas, [text], x, y, { size: TEXT.sm, leading: 1.5 })
	};
}

/** ZoneMap's map area is at most 30rem wide, centred in the column. */
const MAP_MAX_WIDTH = 480;

export function mapBody(ctx: ImageContext, view: MapView, width: number): Block {
	const m = ctx.messages;
	const mapWidth = Math.min(width, MAP_MAX_WIDTH);
	const drawing = mapDrawing(ctx, view, mapWidth);
	const zoneDistrictName =
		view.districts.features.find((f) => f.properties.id === view.zoneDistrict)?.properties[ctx.locale] ?? '';
	const muted = { size: TEXT.xs, color: 'color-text-muted', leading: 1.5 } as const;
	const section = (heading: string, ...blocks: Block[]) =>
		stack([partHeading(ctx, heading, width), ...blocks], SPACE[2]);
	return stack(
		[
			{ height: drawing.height, draw: (canvas, x, y) => drawing.draw(canvas, x + (width - mapWidth) / 2, y) },
			stack(
				[
					legendLine(
						ctx,
						'legend-zone',
						'color-map-zone',
						'color-map-zone-border',
						m.mapLegendZone(zoneDistrictName),
						width
					),
					legendLine(ctx, 'legend-land', 'color-map-land', 'color-map-border', m.mapLegendLand, width),
					runIn(ctx, [pill(ctx, m.mapZoneWhy)], view.zoneDistrictReason[ctx.locale], width, muted),
					textBlock(ctx, view.attribution[ctx.locale], width, muted)
				],
				SPACE[1]
			),
			section(m.mapMetrics, metrics(ctx, view, width)),
			section(
				m.mapProjects,
				textBlock(ctx, m.mapProjectsNote, width, muted),
				flow(
					view.projects.map((p) =>
						pill(ctx, p.name[ctx.locale], { fill: 'color-surface', textColor: 'color-text', leading: 1.8 })
					),
					width,
					SPACE[2],
					SPACE[2]
				)
			),
			section(
				m.mapUnplaced,
				stack(
					view.unplaced.map((place) =>
						runIn(
							ctx,
							[
								words(ctx, place.name[ctx.locale]),
								...(place.status !== 'existing'
									? [pill(ctx, m.placeStatus[place.status] ?? place.status)]
									: [])
							],
							`· ${m.mapUnplacedNote}`,
							width,
							// Small muted text on the name's lines (ZoneMap's .note inside the list item).
							{ ...muted, leading: (TEXT.sm * 1.5) / TEXT.xs }
						)
					),
					SPACE[1]
				)
			)
		],
		SPACE[4]
	);
}
