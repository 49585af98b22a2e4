/**
 * A value axis along a chart's foot: its domain from zero (niced, with room for an open-ended
 * value to fade out into) and its ticks, worked out once for both renderers; the labels hang this
 * far under the plot, in the room the tokens keep for them (AXIS_ROOM).
 */
import { scaleLinear } from 'd3';
import type { ValueAxis } from '../../body.ts';
import { defineGeometry } from '../define-geometry.ts';

export const VALUE_AXIS = defineGeometry('value-axis', { sizes: { labelGap: 0.25 } });

/** Value axis from zero; open-ended values (超, 余, 以上) get 20% headroom to fade out into. */
export function valueDomain(values: readonly number[], openEnded = false): [number, number] {
	const max = Math.max(0, ...values);
	return [0, (max || 1) * (openEnded ? 1.2 : 1)];
}

/**
 * The axis of `values` with about `ticks` ticks, each labelled by `label`: niced to round numbers,
 * unless it must end at the largest value (a whole split into parts).
 */
export function valueAxis(
	values: readonly number[],
	{
		open = false,
		nice = true,
		ticks,
		label
	}: { open?: boolean; nice?: boolean; ticks: number; label: (value: number) => string }
): ValueAxis {
	const scale = scaleLinear().domain(valueDomain(values, open));
	if (nice) scale.nice();
	return {
		max: scale.domain()[1]!,
		ticks: scale
			.ticks(ticks)
			.filter((value) => value >= 0)
			.map((value) => ({ value, label: label(value) }))
	};
}

/** Where a tick's label sits on its tick: the first starts there, any past 85% ends there, so none is cut off. */
export function tickAlign(index: number, fraction: number): 'start' | 'middle' | 'end' {
	return index === 0 ? 'start' : fraction > 0.85 ? 'end' : 'middle';
}
