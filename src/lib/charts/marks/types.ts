import type { Mark } from '../body.ts';

export type { Mark, TooltipContent } from '../body.ts';

/** A mark with the box it covers, in percent of the chart area: where its target and tooltip go. */
export interface PlacedMark extends Mark {
	x: number;
	y: number;
	width: number;
	height: number;
}
