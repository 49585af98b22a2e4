/**
 * A chart's frame content (titles, unit, table, notes, sources, description), prepared at build
 * time for one language. Serialisable: pages render it as it is, the browser computes nothing.
 */
import type { Dataset, Figure } from '../dataset/schema.ts';
import { sourceSentencesOf } from '../dataset/sources.ts';
import type { Locale } from '../i18n/locale.ts';
import { MESSAGES } from '../i18n/messages.ts';
import type { ChartDefinition, ChartTable } from './registry.ts';
import { figureMap } from './selectors.ts';

export interface ChartFrameContent<Data = unknown> {
	id: string;
	locale: Locale;
	title: string;
	subtitle: string;
	/** The unit of the chart's scale, when it has one. */
	unit: string | null;
	/** What the chart is and every value in it, for screen readers. */
	description: string;
	/** The same numbers as a table. */
	table: ChartTable;
	/** Derived and converted figures explained, then the chart's own notes. */
	notes: string[];
	/** The article's sentences behind the chart, in reading order. */
	sources: { quote: string; paragraph: number }[];
	/** The figures it shows, in order (its CSV lists them). */
	figureIds: string[];
	/** What the chart component draws. */
	data: Data;
}

function noteFor(
	figure: Figure,
	figures: ReadonlyMap<string, Figure>,
	dataset: Dataset,
	locale: Locale
): string | null {
	const formula = figure.formula;
	if (figure.kind !== 'derived' || !formula) return null;
	const m = MESSAGES[locale];
	if (formula.op === 'convert') {
		const rate = dataset.exchangeRates.find((r) => r.id === formula.rate);
		if (!rate) return null;
		return m.convertedNote(
			figure.label[locale],
			locale === 'zh'
				? `按本看板选定的汇率1美元兑${rate.rate}元（${rate.period}年平均，${rate.source.name.zh}）`
				: `the rate we chose, ${rate.rate} yuan to the dollar (${rate.period} average; ${rate.source.name.en})`
		);
	}
	const operator = formula.op === 'difference' ? ' − ' : ' + ';
	return m.derivedNote(
		figure.label[locale],
		formula.of.map((id) => figures.get(id)?.label[locale] ?? id).join(operator)
	);
}

/**
 * Everything a chart's frame shows, worked out at build time for one language: plain data that
 * every surface renders as it is (dashboard, embed, big screen, image).
 */
export function prepareFrame<Data>(
	chart: ChartDefinition<Data>,
	dataset: Dataset,
	locale: Locale
): ChartFrameContent<Data> {
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
		const note = noteFor(figure, figures, dataset, locale);
		return note ? [note] : [];
	});
	const table = chart.table(data, locale);
	const [comma, semicolon] = locale === 'zh' ? ['，', '；'] : [', ', '; '];
	return {
		id: chart.id,
		locale,
		title: chart.title[locale],
		subtitle: chart.subtitle[locale],
		unit: chart.unit?.[locale] ?? null,
		description: `${chart.describe[locale]} ${table.rows.map((row) => row.filter(Boolean).join(comma)).join(semicolon)}`,
		table,
		notes: [...notes, ...(chart.notes?.(data, locale) ?? [])],
		sources,
		figureIds: [...explained],
		data
	};
}
