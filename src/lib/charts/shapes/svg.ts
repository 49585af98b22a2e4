/**
 * Each shape's SVG renderer, by shape: a body part is drawn in an image by the function its shape
 * names, `width` pixels wide. Typed per shape, so a shape without one does not compile (html.ts is
 * its twin).
 */
import type { Shape, ShapePart } from '../body.ts';
import type { Block } from '../svg/blocks.ts';
import type { ImageContext } from '../svg/context.ts';
import { drawBarRows } from './bar-rows/bar-rows.svg.ts';
import { drawChips } from './chips/chips.svg.ts';
import { drawDistrictMap } from './district-map/district-map.svg.ts';
import { drawLegend } from './legend/legend.svg.ts';
import { drawList } from './list/list.svg.ts';
import { drawQuotedFigures } from './quoted-figures/quoted-figures.svg.ts';
import { drawStackedBar } from './stacked-bar/stacked-bar.svg.ts';
import { drawStageTracks } from './stage-tracks/stage-tracks.svg.ts';
import { drawText } from './text/text.svg.ts';
import { drawTiles } from './tiles/tiles.svg.ts';
import { drawTimeMarks } from './time-marks/time-marks.svg.ts';
import { drawUnitRows } from './unit-rows/unit-rows.svg.ts';

export type ShapeDrawing<Part extends ShapePart> = (ctx: ImageContext, part: Part, width: number) => Block;

export const SHAPE_SVG: { [S in Shape]: ShapeDrawing<Extract<ShapePart, { shape: S }>> } = {
	'bar-rows': drawBarRows,
	'stacked-bar': drawStackedBar,
	'unit-rows': drawUnitRows,
	'stage-tracks': drawStageTracks,
	'time-marks': drawTimeMarks,
	tiles: drawTiles,
	list: drawList,
	text: drawText,
	legend: drawLegend,
	'quoted-figures': drawQuotedFigures,
	chips: drawChips,
	'district-map': drawDistrictMap
};

/** One part drawn by its shape's renderer. */
export function drawPart(ctx: ImageContext, part: ShapePart, width: number): Block {
	return (SHAPE_SVG[part.shape] as ShapeDrawing<ShapePart>)(ctx, part, width);
}
