import type { Locale } from '../i18n/locale.ts';

/** What every chart component takes, on every surface. */
export interface ChartProps<Data> {
	data: Data;
	locale: Locale;
	/** The chart's id, for element ids. */
	chartId: string;
	/** Accessible name for the chart's marks. */
	label: string;
	/** Fill the parent's height (big screen) instead of taking the height its content needs. */
	fill?: boolean;
}
