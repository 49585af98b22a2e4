/**
 * A district-map part in an image (DistrictMap.html.svelte): the districts from the same paths,
 * the zone's district in the zone colour, the names the page shows at this width, and the zone's
 * marker (its button, its small charts under it) at the district's label point, kept inside the map.
 */
import type { DistrictMapPart } from '../../body.ts';
import type { Block } from '../../svg/blocks.ts';
import { color, type ImageContext } from '../../svg/context.ts';
import { RADIUS_PX, SPACE_PX, TEXT_PX } from '../../svg/sizes.ts';
import { element, insetRect } from '../../svg/svg.ts';
import { drawLines, textWidth } from '../../svg/text-blocks.ts';
import { drawCallout } from './callout.svg.ts';
import { DISTRICT_MAP, LABELS_FROM } from './geometry.ts';

export function drawDistrictMap(ctx: ImageContext, part: DistrictMapPart, available: number): Block {
	const sizes = DISTRICT_MAP.px(available);
	const width = Math.min(available, sizes.maxWidth);
	const height = (width * part.view.height) / part.view.width;
	const scale = width / part.view.width;
	const { zone } = part;
	return {
		height,
		draw(canvas, left, y) {
			// The drawing is centred in the column, as the page's map box.
			const x = left + (available - width) / 2;
			canvas.add(
				element('rect', { x, y, width, height, rx: RADIUS_PX, fill: color(ctx, 'color-map-background') })
			);
			const land = color(ctx, 'color-map-land');
			const border = color(ctx, 'color-map-border');
			const zoneFill = color(ctx, 'color-map-zone');
			const zoneBorder = color(ctx, 'color-map-zone-border');
			// Strokes a pixel wide whatever the scale, as the page's non-scaling strokes.
			const paths = part.districts
				.map((d) => {
					const isZone = d.id === zone.district;
					return element('path', {
						d: d.d,
						fill: isZone ? zoneFill : land,
						stroke: isZone ? zoneBorder : border,
						'stroke-width': (isZone ? 1.5 : 1) / scale,
						'stroke-linejoin': 'round'
					});
				})
				.join('');
			canvas.add(element('g', { transform: `translate(${x} ${y}) scale(${scale})` }, paths));
			const [x0, y0, x1, y1] = zone.bounds;
			canvas.mark({
				id: zone.district,
				x: x + x0 * scale,
				y: y + y0 * scale,
				width: (x1 - x0) * scale,
				height: (y1 - y0) * scale,
				color: zoneFill,
				fill: 'area'
			});
			for (const district of part.districts) {
				if (district.id === zone.district) continue;
				if (district.labelFrom && width < LABELS_FROM[district.labelFrom] * 16) continue;
				const px = x + (district.labelX / 100) * width;
				const py = y + (district.labelY / 100) * height;
				drawLines(ctx, canvas, [district.name], px, py - (TEXT_PX.xs * 1.6) / 2, {
					size: TEXT_PX.xs,
					color: 'color-text-muted',
					align: 'middle'
				});
			}
			// The zone's marker: its button just east of the district's label point and level with it,
			// its charts under the button, kept inside the map.
			const at = part.districts.find((d) => d.id === zone.district)!;
			const { name, note } = zone.button;
			const nameWidth = textWidth(ctx, name, TEXT_PX.sm, 700);
			const noteWidth = textWidth(ctx, note, TEXT_PX.xs);
			const boxWidth = Math.ceil(Math.max(nameWidth, noteWidth) + 2 * SPACE_PX[2] + 4);
			const boxHeight = Math.round((TEXT_PX.sm + TEXT_PX.xs) * 1.3 + 2 * SPACE_PX[1] + 4);
			const callout = drawCallout(ctx, part.callout, width);
			const markerLeft = Math.round(
				Math.min(
					x + (at.labelX / 100) * width + sizes.markerX,
					x + width - callout.width - sizes.markerMargin
				)
			);
			const markerTop = Math.round(y + (at.labelY / 100) * height + sizes.markerY);
			canvas.add(
				insetRect(
					{ x: markerLeft, y: markerTop, width: boxWidth, height: boxHeight },
					zoneBorder,
					{ rx: RADIUS_PX, fill: color(ctx, 'color-surface-raised') },
					2
				)
			);
			const centre = markerLeft + boxWidth / 2;
			drawLines(ctx, canvas, [name], centre, markerTop + 2 + SPACE_PX[1], {
				size: TEXT_PX.sm,
				weight: 700,
				leading: 1.3,
				align: 'middle'
			});
			drawLines(ctx, canvas, [note], centre, markerTop + 2 + SPACE_PX[1] + TEXT_PX.sm * 1.3, {
				size: TEXT_PX.xs,
				leading: 1.3,
				align: 'middle'
			});
			callout.draw(canvas, markerLeft, markerTop + boxHeight + SPACE_PX[1]);
		}
	};
}
