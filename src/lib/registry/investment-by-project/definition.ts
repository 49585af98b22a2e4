/**
 * This year's six signed projects by investment, largest first. The dollar project is drawn in
 * yuan, hatched and labelled as converted, with its dollar amount beside it; colour is the sector
 * (our classification).
 */
import type { BarRow, TooltipContent } from '../../charts/body.ts';
import { BAR_ROWS_TICKS } from '../../charts/shapes/bar-rows/geometry.ts';
import { valueAxis } from '../../charts/shapes/axis/geometry.ts';
import { axisUnitLabel, formatAxisTick, formatFigure } from '../../format/figure-value.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { defineChart } from '../definition.ts';
import { figureTooltip } from '../common/describe-figure.ts';
import { sectorColor, twoSectorNotes } from '../common/sectors.ts';
import { selectInvestmentByProject, type ProjectInvestmentRow } from './select.ts';
import words from './words.json' with { type: 'json' };

/** A project's investment; a converted one gives the dollars it was stated in, and one that fits two sectors says so. */
export function projectInvestmentValue(row: ProjectInvestmentRow, locale: Locale): string {
	const messages = MESSAGES[locale];
	const stated = formatFigure(row.stated, locale);
	const amount = row.converted
		? messages.aside(
				formatFigure(row.converted, locale),
				`${stated}${locale === 'zh' ? '，' : ', '}${messages.converted}`
			)
		: stated;
	return row.alsoFits ? `${amount} · ${messages.twoSectors}` : amount;
}

/** A converted row shows yuan, but its words come from the sentence that states the dollars. */
function tooltip(row: ProjectInvestmentRow, locale: Locale): TooltipContent {
	const m = MESSAGES[locale];
	const second = row.alsoFits
		? `${m.alsoFits(row.alsoFits.name?.[locale] ?? row.alsoFits.sector)}${m.colon}${row.alsoFits.reason[locale]}`
		: '';
	const stated = figureTooltip(row.stated, row.name[locale], locale, second || undefined);
	if (!row.converted) return stated;
	const converted = `${m.converted}${m.colon}${formatFigure(row.stated, locale)}`;
	return {
		...figureTooltip(row.converted, row.name[locale], locale, [converted, second].filter(Boolean).join(' ')),
		...(stated.source ? { source: stated.source } : {})
	};
}

function barRow(row: ProjectInvestmentRow, locale: Locale): BarRow {
	const value = projectInvestmentValue(row, locale);
	return {
		id: row.project,
		label: `${row.name[locale]}${MESSAGES[locale].colon}${value}`,
		tooltip: tooltip(row, locale),
		keys: row.keys,
		select: `project:${row.project}`,
		name: row.short[locale],
		value,
		x: row.yuan,
		color: sectorColor(row.sector),
		hatched: row.converted !== null,
		open: false
	};
}

export default defineChart<ProjectInvestmentRow[]>({
	id: 'investment-by-project',
	...words,
	unit: axisUnitLabel('hundred-million-yuan'),
	minSize: { width: 280, height: 260 },
	keyFigure: 'investment-this-year',
	select: ({ dataset }) => selectInvestmentByProject(dataset),
	figures: (rows) => rows.flatMap((r) => (r.converted ? [r.stated, r.converted] : [r.stated])),
	notes: (rows, locale) => [
		MESSAGES[locale].editorialNote,
		...twoSectorNotes(rows, locale),
		...rows.flatMap((r) =>
			r.identification ? [MESSAGES[locale].identificationNote(r.identification[locale])] : []
		)
	],
	table: (rows, locale, m) => ({
		columns: [m.name, m.sector, m.investment, m.convertedValue],
		rows: rows.map((r) => [
			r.name[locale],
			r.alsoFits
				? m.aside(r.sectorName?.[locale] ?? '', m.alsoFits(r.alsoFits.name?.[locale] ?? ''))
				: (r.sectorName?.[locale] ?? ''),
			formatFigure(r.stated, locale),
			r.converted ? formatFigure(r.converted, locale) : ''
		])
	}),
	body: (rows, locale) => ({
		parts: [
			// The colours are sectors (ours): the key to them, in the order the bars first show each.
			{
				shape: 'legend',
				items: [...new Map(rows.filter((row) => row.sector).map((row) => [row.sector!, row])).values()].map(
					(row) => ({
						id: `sector-${row.sector}`,
						name: row.sectorName?.[locale] ?? '',
						fill: sectorColor(row.sector),
						stroke: sectorColor(row.sector)
					})
				)
			},
			{
				shape: 'bar-rows',
				rows: rows.map((row) => barRow(row, locale)),
				axis: valueAxis(
					rows.map((row) => row.yuan),
					{ ticks: BAR_ROWS_TICKS, label: (v) => formatAxisTick(v, 'hundred-million-yuan', locale) }
				)
			}
		],
		gap: 3,
		fill: 'grow'
	})
});
