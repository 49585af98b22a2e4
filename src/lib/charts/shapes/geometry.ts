/**
 * Every shape's sizes, for the generated stylesheet (tokens.css): each shape's own geometry.ts
 * declares them in rem, its HTML renderer reads them as CSS custom properties
 * (`--<shape>-<size>`), its SVG renderer as pixels.
 */
import type { ShapeGeometry } from './define-geometry.ts';
import { BAND_ROW } from './band-row/geometry.ts';
import { BAR_ROWS } from './bar-rows/geometry.ts';
import { CHIPS } from './chips/geometry.ts';
import { DISTRICT_MAP } from './district-map/geometry.ts';
import { LEGEND } from './legend/geometry.ts';
import { QUOTED_FIGURES } from './quoted-figures/geometry.ts';
import { STACKED_BAR } from './stacked-bar/geometry.ts';
import { STAGE_TRACKS } from './stage-tracks/geometry.ts';
import { TILES } from './tiles/geometry.ts';
import { TIME_MARKS } from './time-marks/geometry.ts';
import { UNIT_ROWS } from './unit-rows/geometry.ts';
import { AXIS } from './axis/geometry.ts';

export const SHAPE_GEOMETRY: readonly ShapeGeometry[] = [
	BAND_ROW,
	AXIS,
	BAR_ROWS,
	STACKED_BAR,
	UNIT_ROWS,
	STAGE_TRACKS,
	TIME_MARKS,
	TILES,
	LEGEND,
	QUOTED_FIGURES,
	CHIPS,
	DISTRICT_MAP
];
