/** What every shape's HTML renderer takes: its part of the body, and the chart's names for its marks. */
import type { ShapePart } from '../body.ts';

export interface ShapeProps<Part extends ShapePart = ShapePart> {
	part: Part;
	/** Accessible name of the marks' group (the chart's title). */
	label: string;
	/** Unique prefix for element ids. */
	idPrefix: string;
	/** How to use the keys, read by screen readers once. */
	instructions: string;
}
