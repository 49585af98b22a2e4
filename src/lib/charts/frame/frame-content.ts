/**
 * What a chart's frame shows, prepared at build time for one language (src/lib/registry's
 * prepareFrame): plain data that every surface renders as it is (dashboard, embed, wall, image).
 */
import type { Locale } from '../../i18n/locale.ts';
import type { ChartBody } from '../body.ts';

/** A frame shows its sentences when it has this few; more fold under the line that lists their paragraphs. */
export const SOURCES_SHOWN_UP_TO = 2;

/** The same numbers as a table. */
export interface ChartTable {
	columns: string[];
	rows: string[][];
}

export interface ChartFrameContent {
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
	/** The one figure that sums it up, formatted (the wall shows it large). */
	keyFigure: { id: string; value: string; label: string };
	/** What the chart draws. */
	body: ChartBody;
}
