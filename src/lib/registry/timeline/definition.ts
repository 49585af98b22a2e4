/**
 * The article's dated events on a time axis. The article never states the year, so the axis shows
 * months only and says so; "early March" and "April" are drawn as the spans they cover. Events it
 * tells of without a date are listed under the axis.
 */
import type { BodyPart, TimeItem } from '../../charts/body.ts';
import { formatFigure, formatMonthDay } from '../../format/figure-value.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { defineChart } from '../definition.ts';
import { figureMark } from '../common/figure-parts.ts';
import {
	dayOfYear,
	monthDomain,
	monthOf,
	selectTimeline,
	type Timeline,
	type TimelineEvent
} from './select.ts';
import words from './words.json' with { type: 'json' };

function timeItem(e: TimelineEvent, locale: Locale): TimeItem {
	const title = e.event.title[locale];
	return {
		...figureMark(e.date, title, locale),
		id: e.event.id,
		keys: e.keys,
		...(e.event.project ? { select: `project:${e.event.project}` as const } : {}),
		when: formatFigure(e.date, locale),
		what: title,
		startDay: e.startDay,
		endDay: e.endDay,
		exact: e.exact
	};
}

export default defineChart<Timeline>({
	id: 'timeline',
	...words,
	minSize: { width: 280, height: 240 },
	keyFigure: 'date-yisi-construction-start',
	select: ({ dataset }) => selectTimeline(dataset),
	figures: (data) => data.events.flatMap((e) => [e.date]),
	otherSources: (data) =>
		data.undated.flatMap(({ event }) =>
			event.quote && event.paragraph ? [{ quote: event.quote, paragraph: event.paragraph }] : []
		),
	notes: (data, locale) => [MESSAGES[locale].yearNotStated(data.year)],
	table: (data, locale, m) => ({
		columns: [m.date, m.event],
		rows: [
			...data.events.map((e) => [formatFigure(e.date, locale), e.event.title[locale]]),
			...data.undated.map((e) => [m.dateNotStated, e.event.title[locale]])
		]
	}),
	body: (data, locale) => {
		const m = MESSAGES[locale];
		const axis = monthDomain(data.events.map((e) => monthOf(String(e.date.value))));
		const undated: BodyPart[] = data.undated.length
			? [
					{
						shape: 'list',
						style: 'bullets',
						items: data.undated.map(({ event }) => ({ id: event.id, name: event.title[locale] })),
						id: 'undated',
						heading: m.undatedEvents,
						headingGap: 1,
						gapBefore: 3
					}
				]
			: [];
		return {
			parts: [
				{ shape: 'text', text: m.yearNotStated(data.year), size: 'xs' },
				{
					shape: 'time-marks',
					domain: axis.domain,
					months: axis.months.slice(0, -1).map((month) => ({
						day: dayOfYear(month, 1),
						label: formatMonthDay(`--${String(month).padStart(2, '0')}`, locale)
					})),
					items: data.events.map((e) => timeItem(e, locale))
				},
				...undated
			],
			gap: 2,
			fill: 'grow'
		};
	}
});
