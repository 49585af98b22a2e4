/**
 * This year's signed investment by sector. The sectors are the article's four target industries
 * plus a bucket of ours; which project goes where is our classification, marked as such. The
 * article's cumulative and yearly totals stand above as context.
 */
import type { BarRow } from '../../charts/body.ts';
import { BAR_ROWS_TICKS } from '../../charts/shapes/bar-rows/geometry.ts';
import { valueAxis } from '../../charts/shapes/axis/geometry.ts';
import {
	axisUnitLabel,
	formatAxisTick,
	formatFigure,
	formatQuantity,
	resolutionOf
} from '../../format/figure-value.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { defineChart } from '../definition.ts';
import { sectorColor, twoSectorNotes } from '../common/sectors.ts';
import { selectInvestmentBySector, type SectorInvestment, type SectorInvestmentRow } from './select.ts';
import words from './words.json' with { type: 'json' };

/** A sum with a converted part is no more precise than that part: about, to its last digit. */
function sectorPrecision(row: SectorInvestmentRow) {
	const steps = row.projects.flatMap((p) =>
		p.converted?.significantDigits ? [resolutionOf(p.yuan, p.converted.significantDigits)] : []
	);
	return steps.length ? { qualifier: 'about' as const, resolution: Math.max(...steps) } : {};
}

/** A sector's sum, as precise as its least precise part (the chart's label and its table). */
function sectorInvestmentAmount(row: SectorInvestmentRow, locale: Locale): string {
	return formatQuantity(row.yuan, 'yuan', locale, sectorPrecision(row));
}

/** A sector's sum and how many projects make it, and how many more could as well count here. */
function sectorInvestmentValue(row: SectorInvestmentRow, locale: Locale): string {
	const messages = MESSAGES[locale];
	const also = row.alsoFitting.length ? [messages.alsoFittingHere(row.alsoFitting.length)] : [];
	if (row.projects.length === 0) return [messages.noProjectNamed, ...also].join(' · ');
	const amount = sectorInvestmentAmount(row, locale);
	const count = formatQuantity(row.projects.length, 'projects', locale);
	return [amount, count, ...also].join(' · ');
}

/** The article's cumulative and yearly totals, as one sentence above the sector bars. */
function sectorContext(data: SectorInvestment, locale: Locale): string {
	const c = Object.fromEntries(data.context.map((f) => [f.id, formatFigure(f, locale)]));
	return locale === 'zh'
		? `累计签约入园项目${c['signed-projects-cumulative']}，总投资${c['investment-cumulative']}；今年已签约${c['signed-projects-this-year']}，总投资${c['investment-this-year']}。`
		: `So far ${c['signed-projects-cumulative']} signed, ${c['investment-cumulative']} in all; this year ${c['signed-projects-this-year']}, ${c['investment-this-year']}.`;
}

const listed = (rows: SectorInvestmentRow['projects'], locale: Locale) =>
	rows.map((p) => p.short[locale]).join(locale === 'zh' ? '、' : ', ');

/** The projects counted here, then those counted elsewhere that could as well be. */
function projectsIn(row: SectorInvestmentRow, locale: Locale): string {
	const m = MESSAGES[locale];
	const also = row.alsoFitting.length
		? `${m.alsoFittingHere(row.alsoFitting.length)}${m.colon}${listed(row.alsoFitting, locale)}`
		: '';
	return [listed(row.projects, locale), also].filter(Boolean).join(locale === 'zh' ? '；' : '; ');
}

function barRow(row: SectorInvestmentRow, locale: Locale): BarRow {
	const m = MESSAGES[locale];
	const value = sectorInvestmentValue(row, locale);
	const note = projectsIn(row, locale);
	return {
		id: row.sector.id,
		label: `${row.sector.name[locale]}${m.colon}${value}`,
		tooltip: {
			title: row.sector.name[locale],
			value,
			badges: [m.editorial, ...(row.includesConverted ? [m.converted] : [])],
			...(note ? { note } : {})
		},
		keys: row.keys,
		select: `sector:${row.sector.id}`,
		name: row.sector.name[locale],
		value,
		x: row.yuan,
		color: sectorColor(row.sector.id),
		hatched: row.includesConverted,
		open: false
	};
}

export default defineChart<SectorInvestment>({
	id: 'investment-by-sector',
	...words,
	unit: axisUnitLabel('hundred-million-yuan'),
	minSize: { width: 280, height: 300 },
	keyFigure: 'investment-cumulative',
	select: ({ dataset }) => selectInvestmentBySector(dataset),
	figures: (data) => [
		...data.context,
		...data.rows.flatMap((r) =>
			r.projects.flatMap((p) => (p.converted ? [p.stated, p.converted] : [p.stated]))
		)
	],
	notes: (data, locale) => [
		MESSAGES[locale].editorialNote,
		...twoSectorNotes(
			data.rows.flatMap((r) => r.projects),
			locale
		)
	],
	table: (data, locale, m) => ({
		columns: [m.sector, m.name, m.investment],
		rows: data.rows.map((r) => [
			r.sector.name[locale],
			[
				listed(r.projects, locale) || m.noProjectNamed,
				...(r.alsoFitting.length ? [m.alsoFittingHere(r.alsoFitting.length)] : [])
			].join(locale === 'zh' ? '；' : '; '),
			sectorInvestmentAmount(r, locale)
		])
	}),
	body: (data, locale) => ({
		parts: [
			{ shape: 'text', text: sectorContext(data, locale), size: 'sm' },
			{
				shape: 'bar-rows',
				rows: data.rows.map((row) => barRow(row, locale)),
				axis: valueAxis(
					data.rows.map((row) => row.yuan),
					{ ticks: BAR_ROWS_TICKS, label: (v) => formatAxisTick(v, 'hundred-million-yuan', locale) }
				)
			}
		],
		gap: 3,
		fill: 'grow'
	})
});
