/**
 * The article's events in time order, each dated event spanning the days its date covers (a day,
 * a part of a month, a month) in a year the article does not state; the undated ones apart.
 */
import type { Dataset, Event, Figure } from '../../dataset/schema.ts';
import { figureMap, need, selectionKeys } from '../common/figures.ts';

export interface TimelineEvent {
	event: Event;
	date: Figure;
	/** Start and end of what the date covers, as days of a year the article does not state. */
	startDay: number;
	endDay: number;
	/** The exact day is stated (4月30日), rather than a part of a month (3月初) or a month (4月份). */
	exact: boolean;
	keys: string[];
}

const DAYS_BEFORE_MONTH = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];

/** Day of a leap year (1 = 1 January): the article's year, 2020, was one; only month and day are shown. */
export function dayOfYear(month: number, day: number): number {
	return DAYS_BEFORE_MONTH[month - 1]! + day;
}

/** What a --MM or --MM-DD date (with 初/中/底) covers, in days of the year. */
export function dateSpan(
	value: string,
	part?: Figure['part']
): { start: number; end: number; exact: boolean } {
	const [month, day] = value.slice(2).split('-').map(Number) as [number, number | undefined];
	if (day) return { start: dayOfYear(month, day), end: dayOfYear(month, day), exact: true };
	const first = dayOfYear(month, 1);
	const last = DAYS_BEFORE_MONTH[month]!;
	if (part === 'early') return { start: first, end: first + 9, exact: false };
	if (part === 'mid') return { start: first + 10, end: first + 19, exact: false };
	if (part === 'late') return { start: first + 20, end: last, exact: false };
	return { start: first, end: last, exact: false };
}

/** Month (1–12) of a --MM or --MM-DD date. */
export function monthOf(value: string): number {
	return Number(value.slice(2, 4));
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

export interface UndatedEvent {
	event: Event;
	keys: string[];
}

export interface Timeline {
	events: TimelineEvent[];
	/** Events the article tells of without a date: listed, not placed on the axis. */
	undated: UndatedEvent[];
	/** The year the article is from: our inference (editorial), since it states none. */
	year: number;
}

export function selectTimeline(dataset: Dataset): Timeline {
	const figures = figureMap(dataset);
	const projects = new Map(dataset.projects.map((p) => [p.id, p]));
	const keysOf = (event: Event) => {
		const project = event.project ? projects.get(event.project) : undefined;
		return project ? selectionKeys(project) : [];
	};
	const events = dataset.events
		.flatMap((event) => (event.date === null ? [] : [{ ...event, date: event.date }]))
		.map((event) => {
			const date = need(figures, event.date);
			const span = dateSpan(String(date.value), date.part);
			return { event, date, startDay: span.start, endDay: span.end, exact: span.exact, keys: keysOf(event) };
		})
		.sort((a, b) => a.startDay - b.startDay || a.endDay - b.endDay);
	const undated = dataset.events
		.filter((event) => event.date === null)
		.map((event) => ({ event, keys: keysOf(event) }));
	return { events, undated, year: dataset.article.year.value };
}
