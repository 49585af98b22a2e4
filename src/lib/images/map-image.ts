/**
 * The zone map as an image (ZoneMap with SvgMap and ZoneButton): Langfang's districts from the
 * same projection, the zone's district in the zone colour with the zone's label at its label point
 * (approximate: the article gives no outline), the legend and attribution under it; beside it the
 * zone's infrastructure figures, the projects in the zone and the places named without a location.
 */
import { geoPath } from 'd3';
import { formatFigure } from '../format/figure-value.ts';
import { LABEL_FROM } from '../map/label-priority.ts';
import type { MapView } from '../map/map-view.ts';
import { VIEW_HEIGHT, VIEW_WIDTH, fitProjection, projectDistricts } from '../map/projection.ts';
import { element } from './svg.ts';
import {
	RADIUS,
	SPACE,
	TEXT,
	color,
	drawLines,
	flow,
	pill,
	stack,
	textBlock,
	textWidth,
	type Block,
	type ImageContext
} from './layout.ts';
import { partHeading } from './marks/tiles.ts';

/** The map's share of the width: the rest is the side column, as the embed's two columns. */
const MAP_SHARE = 0.48;
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
			// The zone's label: starts 1rem west of its district's label point and reaches east.
			const zoneDistrict = districts.find((d) => d.id === view.zoneDistrict)!;
			const nameWidth = textWidth(ctx, zoneName, TEXT.sm, 700);
			const noteWidth = textWidth(ctx, zoneNote, TEXT.xs);
			const boxWidth = Math.ceil(Math.max(nameWidth, noteWidth) + 2 * SPACE[2] + 4);
			const boxHeight = Math.round((TEXT.sm + TEXT.xs) * 1.3 + 2 * SPACE[1] + 4);
			const boxLeft = Math.round(
				Math.min(x + (zoneDistrict.labelX / 100) * width - 16, x + width - boxWidth - 4)
			);
			const boxTop = Math.round(y + (zoneDistrict.labelY / 100) * height - boxHeight / 2);
			canvas.add(
				element('rect', {
					x: boxLeft + 1,
					y: boxTop + 1,
					width: boxWidth - 2,
					height: boxHeight - 2,
					rx: RADIUS,
					fill: color(ctx, 'color-surface-raised'),
					stroke: zoneBorder,
					'stroke-width': 2
				})
			);
			const centre = boxLeft + boxWidth / 2;
			drawLines(ctx, canvas, [zoneName], centre, boxTop + 2 + SPACE[1], {
				size: TEXT.sm,
				weight: 700,
				leading: 1.3,
				align: 'middle'
			});
			drawLines(ctx, canvas, [zoneNote], centre, boxTop + 2 + SPACE[1] + TEXT.sm * 1.3, {
				size: TEXT.xs,
				leading: 1.3,
				align: 'middle'
			});
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

/** The zone's figures, grouped by their sentence, with a rule in the zone colour and the paragraph. */
function metrics(ctx: ImageContext, view: MapView, width: number): Block {
	const inner = width - 3 - SPACE[3];
	return stack(
		view.metrics.map((group) => {
			const lines = stack([
				...group.figures.map((figure) => {
					// The value, bold, and its label after it on the line, as the embed's wrapping row; a
					// value too wide to leave the label room puts the label on the lines under it.
					const style = { size: TEXT.sm, leading: 1.5 } as const;
					const value = formatFigure(figure, ctx.locale);
					const valueWidth = textWidth(ctx, value, TEXT.sm, 700);
					const labelRoom = inner - valueWidth - SPACE[2];
					if (labelRoom < inner / 2) {
						return stack([
							textBlock(ctx, value, inner, { ...style, weight: 700 }),
							textBlock(ctx, figure.label[ctx.locale], inner, style)
						]);
					}
					const label = textBlock(ctx, figure.label[ctx.locale], labelRoom, style);
					return {
						height: label.height,
						draw(canvas, x, y) {
							drawLines(ctx, canvas, [value], x, y, { ...style, weight: 700 });
							label.draw(canvas, x + valueWidth + SPACE[2], y);
						}
					} satisfies Block;
				}),
				textBlock(ctx, ctx.messages.paragraph(group.paragraph), inner, {
					size: TEXT.xs,
					color: 'color-text-muted',
					leading: 1.5
				})
			]);
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

export function mapBody(ctx: ImageContext, view: MapView, width: number): Block {
	const m = ctx.messages;
	const mapWidth = Math.round(width * MAP_SHARE);
	const sideWidth = width - mapWidth - SPACE[4];
	const zoneDistrictName =
		view.districts.features.find((f) => f.properties.id === view.zoneDistrict)?.properties[ctx.locale] ?? '';
	const left = stack(
		[
			mapDrawing(ctx, view, mapWidth),
			stack(
				[
					legendLine(
						ctx,
						'legend-zone',
						'color-map-zone',
						'color-map-zone-border',
						m.mapLegendZone(zoneDistrictName),
						mapWidth
					),
					legendLine(ctx, 'legend-land', 'color-map-land', 'color-map-border', m.mapLegendLand, mapWidth)
				],
				SPACE[1]
			),
			textBlock(ctx, view.attribution[ctx.locale], mapWidth, {
				size: TEXT.xs,
				color: 'color-text-muted',
				leading: 1.5
			})
		],
		SPACE[2]
	);
	const right = stack(
		[
			stack([partHeading(ctx, m.mapMetrics, sideWidth), metrics(ctx, view, sideWidth)], SPACE[2]),
			stack(
				[
					partHeading(ctx, m.mapProjects, sideWidth),
					textBlock(ctx, m.mapProjectsNote, sideWidth, {
						size: TEXT.xs,
						color: 'color-text-muted',
						leading: 1.5
					}),
					flow(
						view.projects.map((p) =>
							pill(ctx, p.name[ctx.locale], { fill: 'color-surface', textColor: 'color-text', leading: 1.8 })
						),
						sideWidth,
						SPACE[2],
						SPACE[2]
					)
				],
				SPACE[2]
			),
			stack(
				[
					partHeading(ctx, m.mapUnplaced, sideWidth),
					stack(
						view.unplaced.map((place) =>
							textBlock(ctx, `${place.name[ctx.locale]} · ${m.mapUnplacedNote}`, sideWidth, {
								size: TEXT.sm,
								leading: 1.5
							})
						),
						SPACE[1]
					)
				],
				SPACE[2]
			)
		],
		SPACE[4]
	);
	return {
		height: Math.max(left.height, right.height),
		draw(canvas, x, y) {
			left.draw(canvas, x, y);
			right.draw(canvas, x + mapWidth + SPACE[4], y);
		}
	};
}
