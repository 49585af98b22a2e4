/**
 * What a chart shows beyond its selector's rows: the words of its values and the parts it splits
 * its figures into. Plain functions, shared by the chart components (HTML) and their image
 * renderers (src/lib/images), so both say the same thing.
 */
import type { Figure } from '../dataset/schema.ts';
import { formatFigure, formatQuantity, resolutionOf } from '../format/figure-value.ts';
import type { Locale } from '../i18n/locale.ts';
import { MESSAGES } from '../i18n/messages.ts';
import type {
	NamedProjectRow,
	PipelineSegment,
	ProjectInvestmentRow,
	SectorInvestment,
	SectorInvestmentRow
} from './selectors.ts';

/** What a bar chart of rows reads from its rows: BarRowsChart's and its image's. */
export interface BarRowsAccessors<Row> {
	rows: Row[];
	/** Row id, unique in the chart. */
	id: (row: Row) => string;
	/** Position on the value axis. */
	x: (row: Row) => number;
	name: (row: Row) => string;
	value: (row: Row) => string;
	/** A colour token reference (`var(--color-accent)`). */
	color: (row: Row) => string;
	/** Converted or derived: hatched. */
	hatched?: (row: Row) => boolean;
	/** Open-ended (超, 余, 以上): fades out past its end. */
	open?: (row: Row) => boolean;
}

/** Squares to a line in a unit chart, whatever the width, so a row's height is known before layout. */
export const SQUARES_PER_LINE = 20;

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

/** A sum with a converted part is no more precise than that part: about, to its last digit. */
function sectorPrecision(row: SectorInvestmentRow) {
	const steps = row.projects.flatMap((p) =>
		p.converted?.significantDigits ? [resolutionOf(p.yuan, p.converted.significantDigits)] : []
	);
	return steps.length ? { qualifier: 'about' as const, resolution: Math.max(...steps) } : {};
}

/** A sector's sum, as precise as its least precise part (the chart's label and its table). */
export function sectorInvestmentAmount(row: SectorInvestmentRow, locale: Locale): string {
	return formatQuantity(row.yuan, 'yuan', locale, sectorPrecision(row));
}

/** A sector's sum and how many projects make it, and how many more could as well count here. */
export function sectorInvestmentValue(row: SectorInvestmentRow, locale: Locale): string {
	const messages = MESSAGES[locale];
	const also = row.alsoFitting.length ? [messages.alsoFittingHere(row.alsoFitting.length)] : [];
	if (row.projects.length === 0) return [messages.noProjectNamed, ...also].join(' · ');
	const amount = sectorInvestmentAmount(row, locale);
	const count = formatQuantity(row.projects.length, 'projects', locale);
	return [amount, count, ...also].join(' · ');
}

/** The article's cumulative and yearly totals, as one sentence above the sector bars. */
export function sectorContext(data: SectorInvestment, locale: Locale): string {
	const c = Object.fromEntries(data.context.map((f) => [f.id, formatFigure(f, locale)]));
	return locale === 'zh'
		? `累计签约入园项目${c['signed-projects-cumulative']}，总投资${c['investment-cumulative']}；今年已签约${c['signed-projects-this-year']}，总投资${c['investment-this-year']}。`
		: `So far ${c['signed-projects-cumulative']} signed, ${c['investment-cumulative']} in all; this year ${c['signed-projects-this-year']}, ${c['investment-this-year']}.`;
}

export function pipelineStageName(segment: PipelineSegment, locale: Locale): string {
	return MESSAGES[locale].stageNames[segment.stage] ?? segment.stage;
}

/** The infrastructure chart: lengths on one kilometre scale, the rest as tiles. */
export function infrastructureParts(figures: Figure[]): { lengths: Figure[]; others: Figure[] } {
	return {
		lengths: figures.filter((f) => f.unit === 'km'),
		others: figures.filter((f) => f.unit !== 'km')
	};
}

export interface UnitRow {
	id: string;
	figure: Figure;
	squares: number;
	/** How many units one square stands for. */
	per: number;
	/** "More than": a fading square after the last. */
	open?: boolean;
	/** Outlined squares: planned, not there yet. */
	planned?: boolean;
}

/** Squares of more than this many units stand for 100 each. */
const PER_SQUARE_ABOVE = 100;

/** The recovery chart: counts as rows of squares, money as tiles. */
export function recoveryParts(figures: Figure[]): { counts: UnitRow[]; money: Figure[] } {
	return {
		counts: figures
			.filter((f) => f.unit !== 'yuan')
			.map((figure) => {
				const value = figure.value as number;
				const per = value > PER_SQUARE_ABOVE ? 100 : 1;
				return {
					id: figure.id,
					figure,
					squares: Math.floor(value / per),
					per,
					open: figure.qualifier === 'more-than' || figure.qualifier === 'over'
				};
			}),
		money: figures.filter((f) => f.unit === 'yuan')
	};
}

/** What one square stands for, when it is more than one unit ("每格代表100人"). */
export function squareNote(row: UnitRow, locale: Locale): string | undefined {
	return row.per > 1
		? MESSAGES[locale].eachSquare(formatQuantity(row.per, row.figure.unit as 'people', locale))
		: undefined;
}

/** Quanen Pipes: phase 1's output; phase 2's planned lines (as outlined squares) and capacity. */
export function quanenParts(figures: Figure[]): { output: Figure; lines: UnitRow; capacity: Figure } {
	const byId = new Map(figures.map((f) => [f.id, f]));
	const need = (id: string) => {
		const figure = byId.get(id);
		if (!figure) throw new Error(`quanen-output: figure "${id}" is missing`);
		return figure;
	};
	const lines = need('quanen-planned-lines');
	return {
		output: need('quanen-april-output'),
		lines: { id: lines.id, figure: lines, squares: lines.value as number, per: 1, planned: true },
		capacity: need('quanen-annual-capacity')
	};
}

export function stageName(stage: string | null, locale: Locale): string {
	const messages = MESSAGES[locale];
	return stage ? (messages.stageNames[stage] ?? stage) : messages.stageNotStated;
}

export function namedProjectValue(row: NamedProjectRow, locale: Locale): string {
	return row.investment ? formatFigure(row.investment, locale) : '';
}

export function namedProjectShortName(row: NamedProjectRow, locale: Locale): string {
	return (row.project.shortName ?? row.project.name)[locale];
}
