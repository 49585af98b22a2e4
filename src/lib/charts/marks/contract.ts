/**
 * What a chart's server-rendered marks and the page script that enhances them
 * (enhance/chart-marks.ts) agree on: the attributes of the marks' group, their targets and what
 * draws them, and the tooltip's classes the script finds a tooltip by. Both sides import them from
 * here, so a rename is a compile error rather than a chart whose keys or tooltips quietly stop.
 * What paints a mark for the image's comparison (data-drawn) is drawn.ts's: no page script reads it.
 */

export const MARK_ATTRIBUTES = {
	/** A chart's marks (MarkTargets, Tiles): one Tab stop, arrow keys between its marks. */
	group: 'data-chart-marks',
	/** A mark's target, by the mark's id: what takes the pointer, focus and a click. */
	id: 'data-mark-id',
	/** What draws mark `id` (a row, a segment, a legend entry): lit while its target is pointed at or focused. */
	ref: 'data-mark-ref',
	/**
	 * Set by the script on whatever draws the pointed or focused mark. Read by CSS, which cannot
	 * import it: BandRow, Bars, Segments, StackedBar, StageTracks and Lanes (`:global([data-active])`).
	 */
	active: 'data-active',
	/**
	 * Set by the script on a mark a finger has just deselected, until the pointer or focus comes
	 * back: a tap leaves the mark focused and, to CSS, hovered, which would keep its tooltip up.
	 * Read by Tooltip.html.svelte's CSS, which cannot import it.
	 */
	dismissed: 'data-tooltip-dismissed',
	/** The chart (ChartFrame): a mark lights up only what draws it in its own chart, and its tooltip fits in it. */
	chart: 'data-chart-id'
} as const;

/** The attributes to spread on each part of a chart's marks, in markup. */
export const chartMarks = {
	group: () => ({ [MARK_ATTRIBUTES.group]: '' }),
	target: (id: string) => ({ [MARK_ATTRIBUTES.id]: id }),
	drawing: (id: string) => ({ [MARK_ATTRIBUTES.ref]: id }),
	chart: (id: string) => ({ [MARK_ATTRIBUTES.chart]: id })
};

/**
 * Where a tooltip's mark is: the element right before it, or the one holding it. The classes are
 * the anchors' names; Tooltip.html.svelte's CSS shows a tooltip by them (`.tooltip.sibling`), so
 * they stay literal there.
 */
export type TooltipAnchor = 'sibling' | 'parent';

const TOOLTIP_CLASS = 'tooltip';

/** A tooltip's classes, for its markup. */
export function tooltipClass(anchor: TooltipAnchor): string {
	return `${TOOLTIP_CLASS} ${anchor}`;
}

/** The selector of a tooltip placed by `anchor`, for the script that fits it on screen. */
export function tooltipSelector(anchor: TooltipAnchor): string {
	return `.${TOOLTIP_CLASS}.${anchor}`;
}
