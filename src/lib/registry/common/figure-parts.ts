/**
 * Body parts and tables made of figures as they stand in the dataset: bars of figures on one
 * scale, tiles of figures that share none, squares of counts, a table of name, value and kind.
 * Every mark speaks of its figure the same way (describe-figure.ts).
 */
import type { BarRowsPart, Mark, TilesPart, UnitRow } from '../../charts/body.ts';
import type { ChartTable } from '../../charts/frame/frame-content.ts';
import { BAR_ROWS_TICKS } from '../../charts/shapes/bar-rows/geometry.ts';
import { valueAxis } from '../../charts/shapes/axis/geometry.ts';
import type { Figure } from '../../dataset/schema.ts';
import {
	formatAxisTick,
	formatFigure,
	formatQuantity,
	isOpenEnded,
	type AxisUnit
} from '../../format/figure-value.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { accessibleLabel, figureBadges, figureTooltip } from './describe-figure.ts';
import { numeric } from './figures.ts';

/** A figure as a mark named `name`: its accessible name and its tooltip with the article's words. */
export function figureMark(figure: Figure, name: string, locale: Locale): Mark {
	return {
		id: figure.id,
		label: accessibleLabel(name, figure, locale),
		tooltip: figureTooltip(figure, name, locale),
		keys: []
	};
}

/** Figures as bars on one scale in `unit`, in the accent colour; open-ended ones fade out. */
export function figureBarRows(figures: Figure[], unit: AxisUnit, locale: Locale): BarRowsPart {
	const rows = figures.map((figure) => ({
		...figureMark(figure, figure.label[locale], locale),
		name: figure.label[locale],
		value: formatFigure(figure, locale),
		x: numeric(figure),
		color: 'color-accent' as const,
		hatched: figure.kind === 'derived',
		open: isOpenEnded(figure)
	}));
	return {
		shape: 'bar-rows',
		rows,
		axis: valueAxis(
			rows.map((row) => row.x),
			{
				open: rows.some((row) => row.open),
				ticks: BAR_ROWS_TICKS,
				label: (value) => formatAxisTick(value, unit, locale)
			}
		)
	};
}

/** Figures that share no scale, as tiles. */
export function figureTiles(figures: Figure[], locale: Locale): TilesPart {
	return {
		shape: 'tiles',
		tiles: figures.map((figure) => ({
			...figureMark(figure, figure.label[locale], locale),
			value: formatFigure(figure, locale),
			name: figure.label[locale],
			badges: figureBadges(figure, locale)
		}))
	};
}

/** Counts of more than this many units are drawn a square per 100. */
const PER_SQUARE_ABOVE = 100;

/** A count as a row of squares: one per unit, or per 100 of a large count (a note says so). */
export function figureUnitRow(figure: Figure, locale: Locale, { planned = false } = {}): UnitRow {
	const value = numeric(figure);
	const per = value > PER_SQUARE_ABOVE ? 100 : 1;
	return {
		...figureMark(figure, figure.label[locale], locale),
		name: figure.label[locale],
		value: formatFigure(figure, locale),
		squares: Math.floor(value / per),
		open: isOpenEnded(figure),
		planned,
		...(per > 1
			? { per: MESSAGES[locale].eachSquare(formatQuantity(per, figure.unit as 'people', locale)) }
			: {})
	};
}

/** The first badge of a figure (what kind it is), or "stated". */
export function kindOf(figure: Figure, locale: Locale): string {
	return figureBadges(figure, locale)[0] ?? MESSAGES[locale].kindStated;
}

/** A table of figures: name, value, kind. */
export function figureTable(figures: Figure[], locale: Locale): ChartTable {
	const m = MESSAGES[locale];
	return {
		columns: [m.name, m.value, m.kind],
		rows: figures.map((f) => [f.label[locale], formatFigure(f, locale), kindOf(f, locale)])
	};
}
