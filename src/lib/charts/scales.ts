/**
 * Domains for the charts' D3 scales, as plain functions so they can be tested: LayerCake builds
 * each scale from these with a [0, 100] percent range.
 */
import { dayOfYear } from './selectors.ts';

/** Value axis from zero; open-ended values (超, 余, 以上) get 20% headroom to fade out into. */
export function valueDomain(values: readonly number[], openEnded = false): [number, number] {
	const max = Math.max(0, ...values);
	return [0, (max || 1) * (openEnded ? 1.2 : 1)];
}

/** Months from the first event's to the one after the last event's, and the days they span. */
export function monthDomain(monthsOfEvents: readonly number[]): {
	months: number[];
	domain: [number, number];
} {
	const first = Math.min(...monthsOfEvents);
	const last = Math.max(...monthsOfEvents);
	const months = Array.from({ length: last - first + 2 }, (_, i) => first + i);
	return { months, domain: [dayOfYear(first, 1), dayOfYear(months.at(-1)!, 1)] };
}

/** Month (1–12) of a --MM or --MM-DD date. */
export function monthOf(value: string): number {
	return Number(value.slice(2, 4));
}
