import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { SOURCES, describeChart } from '../chart-test-kit.ts';
import chart from './definition.ts';
import { dateSpan, dayOfYear, monthDomain, monthOf, selectTimeline } from './select.ts';
import expected from './expected.json' with { type: 'json' };

describe('selectTimeline and dates', () => {
	it('orders the dated events and spans what a part of a month covers', () => {
		const { events, year } = selectTimeline(SOURCES.dataset);
		expect(year).toBe(2020);
		expect(events.map((e) => [String(e.date.value), e.startDay, e.endDay, e.exact])).toEqual([
			['--03', 61, 70, false],
			['--04', 92, 121, false],
			['--04-30', 121, 121, true],
			['--05-14', 135, 135, true]
		]);
		expect(events[0]!.keys).toContain('project:feize-es6');
	});

	it('lists the events the article does not date apart, never on the axis', () => {
		const { events, undated } = selectTimeline(SOURCES.dataset);
		expect(undated.map((e) => e.event.id)).toEqual(['event-plans-approved']);
		expect(events.map((e) => e.event.id)).not.toContain('event-plans-approved');
	});

	it('counts days in a leap year and reads --MM and --MM-DD', () => {
		expect(dayOfYear(1, 1)).toBe(1);
		expect(dayOfYear(3, 1)).toBe(61);
		expect(dayOfYear(12, 31)).toBe(366);
		expect(dateSpan('--04')).toEqual({ start: 92, end: 121, exact: false });
		expect(dateSpan('--04', 'late')).toEqual({ start: 112, end: 121, exact: false });
		expect(dateSpan('--05-14')).toEqual({ start: 135, end: 135, exact: true });
	});

	it('runs the time axis from the first event’s month to the end of the last one’s', () => {
		const { months, domain } = monthDomain(['--03', '--04', '--04-30', '--05-14'].map(monthOf));
		expect(months).toEqual([3, 4, 5, 6]);
		expect(domain).toEqual([61, 153]);
		const x = scaleLinear().domain(domain).range([0, 100]);
		expect(x(dayOfYear(4, 30))).toBeCloseTo(((121 - 61) / 92) * 100, 6);
	});
});

// What it must show: how many marks, and texts in each language.
describeChart(chart, expected);
