/**
 * Each shape's HTML renderer, by shape: a body part is drawn on the page by the component its
 * shape names. Typed per shape, so a shape without one does not compile (svg.ts is its twin).
 */
import type { Component } from 'svelte';
import type { Shape, ShapePart } from '../body.ts';
import type { ShapeProps } from './shape-props.ts';
import BarRows from './bar-rows/BarRows.html.svelte';
import Chips from './chips/Chips.html.svelte';
import DistrictMap from './district-map/DistrictMap.html.svelte';
import Legend from './legend/Legend.html.svelte';
import List from './list/List.html.svelte';
import QuotedFigures from './quoted-figures/QuotedFigures.html.svelte';
import StackedBar from './stacked-bar/StackedBar.html.svelte';
import StageTracks from './stage-tracks/StageTracks.html.svelte';
import Text from './text/Text.html.svelte';
import Tiles from './tiles/Tiles.html.svelte';
import TimeMarks from './time-marks/TimeMarks.html.svelte';
import UnitRows from './unit-rows/UnitRows.html.svelte';

export type { ShapeProps };

export const SHAPE_HTML: { [S in Shape]: Component<ShapeProps<Extract<ShapePart, { shape: S }>>> } = {
	'bar-rows': BarRows,
	'stacked-bar': StackedBar,
	'unit-rows': UnitRows,
	'stage-tracks': StageTracks,
	'time-marks': TimeMarks,
	tiles: Tiles,
	list: List,
	text: Text,
	legend: Legend,
	'quoted-figures': QuotedFigures,
	chips: Chips,
	'district-map': DistrictMap
};
