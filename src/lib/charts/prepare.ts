/**
 * Everything a chart's frame shows besides the chart, worked out once at build time: the chart's
 * data, the sentences behind it and its notes in both languages. Serialisable, so an embed page
 * carries only its own chart.
 */
import type { Dataset, Figure, Localized } from '../dataset/schema.ts';
import { sourceSentencesOf } from '../dataset/sources.ts';
import { LOCALES } from '../i18n/locale.ts';
import { MESSAGES } from '../i18n/messages.ts';
import type { ChartDefinition } from './registry.ts';
import { figureMap } from './selectors.ts';

export interface PreparedChart<Data = unknown> {
	id: string;
	data: Data;
	/** The article's sentences behind the chart, in reading order. */
	sources: { quote: string; paragraph: number }[];
	/** Derived and converted figures explained, then the chart's own notes. */
	notes: Localized[];
}

function both(make: (locale: 'zh' | 'en') => string): Localized {
	return Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)])) as Localized;
}

function noteFor(figure: Figure, figures: ReadonlyMap<string, Figure>, dataset: Dataset): Localized | null {
	const formula = figure.formula;
	if (figure.kind !== 'derived' || !formula) return null;
	if (formula.op === 'convert') {
		const rate = dataset.exchangeRates.find((r) => r.id === formula.rate);
		if (!rate) return null;
		return both((locale) =>
			MESSAGES[locale].convertedNote(
				figure.label[locale],
				locale === 'zh'
					? `按本看板选定的汇率1美元兑${rate.rate}元（${rate.period}年平均，${rate.source.name.zh}）`
					: `the rate we chose, ${rate.rate} yuan to the dollar (${rate.period} average; ${rate.source.name.en})`
			)
		);
	}
	const operator = formula.op === 'difference' ? ' − ' : ' + ';
	return both((locale) =>
		MESSAGES[locale].derivedNote(
			figure.label[locale],
			formula.of.map((id) => figures.get(id)?.label[locale] ?? id).join(operator)
		)
	);
}

export function prepareChart<Data>(chart: ChartDefinition<Data>, dataset: Dataset): PreparedChart<Data> {
	const data = chart.select(dataset);
	const figures = figureMap(dataset);
	const shown = chart.figures(data);
	const sentences = [
		...shown.flatMap((figure) => sourceSentencesOf(figure, figures)),
		...(chart.otherSources?.(data) ?? [])
	];
	const seen = new Set<string>();
	const sources = sentences
		.filter((s) => !seen.has(s.quote) && seen.add(s.quote))
		.map(({ quote, paragraph }) => ({ quote, paragraph }))
		.sort((a, b) => a.paragraph - b.paragraph);
	const explained = new Set<string>();
	const notes = shown.flatMap((figure) => {
		if (explained.has(figure.id)) return [];
		explained.add(figure.id);
		const note = noteFor(figure, figures, dataset);
		return note ? [note] : [];
	});
	const own = chart.notes ? LOCALES.map((locale) => chart.notes!(data, locale)) : [];
	const ownNotes = own[0]?.map((zh, i) => ({ zh, en: own[1]![i]! })) ?? [];
	return { id: chart.id, data, sources, notes: [...notes, ...ownNotes] };
}
