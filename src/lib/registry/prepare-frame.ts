/**
 * A chart's frame content (titles, unit, table, notes, sources, description and its body),
 * prepared for one language from its definition: plain data, so pages render it as it is.
 */
import type { ChartFrameContent } from '../charts/frame/frame-content.ts';
import type { Dataset, Figure } from '../dataset/schema.ts';
import { sourceSentencesOf } from '../dataset/sources.ts';
import { formatFigure } from '../format/figure-value.ts';
import type { Locale } from '../i18n/locale.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { figureMap } from './common/figures.ts';
import type { ChartDefinition, ChartSources } from './definition.ts';

export type { ChartFrameContent };

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
 * Everything a chart's frame shows, worked out for one language (at build time, and in the wall's
 * browser on fresh data): plain data that every surface renders as it is.
 */
export function prepareFrame(
	chart: ChartDefinition,
	sources: ChartSources,
	locale: Locale
): ChartFrameContent {
	const { dataset } = sources;
	const data = chart.select(sources);
	const figures = figureMap(dataset);
	const shown = chart.figures(data);
	const sentences = [
		...shown.flatMap((figure) => sourceSentencesOf(figure, figures)),
		...(chart.otherSources?.(data) ?? [])
	];
	const seen = new Set<string>();
	const quoted = sentences
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
	const table = chart.table(data, locale, MESSAGES[locale]);
	const key = figures.get(chart.keyFigure);
	if (!key) throw new Error(`chart "${chart.id}": key figure "${chart.keyFigure}" is not in the dataset`);
	const keyFigure = { id: key.id, value: formatFigure(key, locale), label: key.label[locale] };
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
		sources: quoted,
		figureIds: [...explained],
		keyFigure,
		body: chart.body(data, locale)
	};
}
