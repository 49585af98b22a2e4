/**
 * What a chart is, declared once in its folder (src/lib/registry/<id>/definition.ts): its words,
 * the data it takes from the dataset, the figures and sentences behind it, its table, and its body
 * (charts/body.ts), the plain data every surface renders. The registry's index lists them.
 */
import type { ChartBody } from '../charts/body.ts';
import type { ChartTable } from '../charts/frame/frame-content.ts';
import type { Dataset, Figure, Localized } from '../dataset/schema.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages.ts';
import type { DistrictCollection } from '../map/geodata.ts';

/** What a chart may draw from: the dataset, and the district shapes for the map. */
export interface ChartSources {
	dataset: Dataset;
	districts: DistrictCollection;
}

export interface SourceSentence {
	quote: string;
	paragraph: number;
}

/**
 * A chart. Its methods run at build time (and in the wall's browser, on fresh data); `Data` is what
 * `select` takes from the sources, which the others are given.
 */
export interface ChartDefinition<Data = unknown> {
	/** Stable and URL-safe: /embed/<id>, data-chart-id, its folder's name. */
	id: string;
	title: Localized;
	subtitle: Localized;
	/** The unit of the chart's scale, when it has one. */
	unit?: Localized;
	/** The smallest box it reads well in, CSS pixels. */
	minSize: { width: number; height: number };
	/** Takes two columns of the dashboard's grid where it has three or more. */
	wide?: boolean;
	/** The one figure that sums it up, shown large when it has the wall's focus (a figure id). */
	keyFigure: string;
	/** What kind of chart it is and how it is ordered, for screen readers; the values follow from the table. */
	describe: Localized;
	select(sources: ChartSources): Data;
	/** The figures it shows: their sentences make its source line, their kinds its notes. */
	figures(data: Data): Figure[];
	/** Sentences behind what it shows that are not figures (names of planned parks …). */
	otherSources?(data: Data): SourceSentence[];
	/** Notes beyond the derived and converted figures, which the frame notes by itself. */
	notes?(data: Data, locale: Locale): string[];
	/** The same numbers as a table, in the words of `messages` (the language's interface words). */
	table(data: Data, locale: Locale, messages: Messages): ChartTable;
	/** What it draws, in one language. */
	body(data: Data, locale: Locale): ChartBody;
}

/** A definition, checked against its own data type and listed with the others'. */
export function defineChart<Data>(definition: ChartDefinition<Data>): ChartDefinition {
	return definition as ChartDefinition;
}
