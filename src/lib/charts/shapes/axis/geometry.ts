/**
 * An axis along a chart's foot: lines across the plot with their labels under it, in the room the
 * tokens keep for them (AXIS_ROOM). A value axis runs from zero (niced, with room for an
 * open-ended value to fade out into); a time axis marks the start of each month. Where each line
 * and label goes is worked out here, once, for both renderers.
 */
import { scaleLinear } from 'd3';
import type { TimeMarksPart, ValueAxis } from '../../body.ts';
import { defineGeometry } from '../define-geometry.ts';

export const AXIS = defineGeometry('axis', { sizes: { labelGap: 0.25 } });

/** A line of the axis: where it is (a share of the plot's width), its label, how the label sits on it. */
export interface AxisLine {
	at: number;
	label: string;
	align: 'start' | 'middle' | 'end';
}

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
export function tickAlign(index: number, fraction: number): AxisLine['align'] {
	return index === 0 ? 'start' : fraction > 0.85 ? 'end' : 'middle';
}

/** A value axis's lines: its ticks. */
export function valueLines(axis: ValueAxis): AxisLine[] {
	return axis.ticks.map((tick, i) => {
		const at = tick.value / axis.max;
		return { at, label: tick.label, align: tickAlign(i, at) };
	});
}

/** A time axis's lines: the start of each month, its name after it (the labels start there, set a little in). */
export function monthLines({
	months,
	domain: [from, to]
}: Pick<TimeMarksPart, 'months' | 'domain'>): AxisLine[] {
	return months.map((month) => ({
		at: (month.day - from) / (to - from),
		label: month.label,
		align: 'start'
	}));
}
