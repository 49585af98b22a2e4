import type { SelectionKey } from '../selection-key.ts';

export interface TooltipContent {
	title: string;
	value: string;
	/** Short words such as "derived", "converted", "our classification". */
	badges?: string[];
	/** The words of the article behind the value (a clause of the source sentence) and its paragraph. */
	source?: { text: string; paragraph: number };
	note?: string;
}

/** One thing on a chart a reader can point at, focus and (sometimes) select. */
export interface ChartMark {
	id: string;
	/** The box it covers, in percent of the chart area. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** Its accessible name: what it is and its value. */
	label: string;
	tooltip: TooltipContent;
	/** What selecting it selects, if anything. */
	select?: SelectionKey;
	/** Selection keys it answers to (itself, its sector …). */
	keys: readonly string[];
}
