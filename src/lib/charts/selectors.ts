/**
 * Data selectors: what each chart needs from the dataset, as plain rows. Pure functions of the
 * dataset, so every surface (dashboard, embed, wall, image export) gets the same numbers.
 */
import type { Dataset, Event, Figure, Localized, Name, Project, Sector, Stage } from '../dataset/schema.ts';

export type FigureMap = ReadonlyMap<string, Figure>;

export function figureMap(dataset: Pick<Dataset, 'figures'>): Map<string, Figure> {
	return new Map(dataset.figures.map((f) => [f.id, f]));
}

function need(figures: FigureMap, id: string): Figure {
	const figure = figures.get(id);
	if (!figure) throw new Error(`chart data: figure "${id}" is missing from the dataset`);
	return figure;
}

function numeric(figure: Figure): number {
	if (typeof figure.value !== 'number') throw new Error(`chart data: figure "${figure.id}" is not a number`);
	return figure.value;
}

/** The place every project the article names lies in (its site is never given). */
export const ZONE_PLACE = 'langfang-high-tech-zone';
export const ZONE_PLACE_KEY = `place:${ZONE_PLACE}` as const;

/** Keys a mark answers to when something is selected: its project, its sector, the zone. */
export function selectionKeys(project: Pick<Project, 'id' | 'sector'>): string[] {
	return [
		`project:${project.id}`,
		...(project.sector ? [`sector:${project.sector.id}`] : []),
		ZONE_PLACE_KEY
	];
}

/** A project's sector (our classification) and the second one it could as well sit in, named. */
export interface ProjectSectors {
	/** The short chart label (ours), or the name. */
	short: Localized;
	sector: string | null;
	sectorName: Name | null;
	/** A second sector the project could as well sit in (our judgement too), and why. */
	alsoFits: { sector: string; name: Name | null; reason: Localized } | null;
}

function sectorsOf(project: Project, sectors: ReadonlyMap<string, Sector>): ProjectSectors {
	const alsoFits = project.sector?.alsoFits;
	return {
		short: project.shortName ?? project.name,
		sector: project.sector?.id ?? null,
		sectorName: sectors.get(project.sector?.id ?? '')?.name ?? null,
		alsoFits: alsoFits
			? { sector: alsoFits.id, name: sectors.get(alsoFits.id)?.name ?? null, reason: alsoFits.reason }
			: null
	};
}

// 1. investment-by-project ------------------------------------------------------------------

export interface ProjectInvestmentRow extends ProjectSectors {
	project: string;
	name: Name;
	/** Why we take this project's investment to be the article's foreign investment, if we do. */
	identification: Localized | null;
	/** Value on the chart's common scale: yuan. */
	yuan: number;
	/** The figure as the article states it (may be dollars). */
	stated: Figure;
	/** The converted figure when the article states dollars. */
	converted: Figure | null;
	keys: string[];
}

/** This year's signed projects, largest investment first, all in yuan (dollars converted, flagged). */
export function selectInvestmentByProject(dataset: Dataset): ProjectInvestmentRow[] {
	const figures = figureMap(dataset);
	const sectors = new Map(dataset.sectors.map((s) => [s.id, s]));
	return dataset.projects
		.filter((p) => p.signedThisYear && p.investment)
		.map((p) => {
			const stated = need(figures, p.investment!);
			const converted = p.investmentInYuan ? need(figures, p.investmentInYuan) : null;
			return {
				project: p.id,
				name: p.name,
				...sectorsOf(p, sectors),
				identification: p.foreignInvestment?.reason ?? null,
				yuan: numeric(converted ?? stated),
				stated,
				converted,
				keys: selectionKeys(p)
			};
		})
		.sort((a, b) => b.yuan - a.yuan || a.project.localeCompare(b.project));
}

// 2. investment-by-sector -------------------------------------------------------------------

export interface SectorInvestmentRow {
	sector: Sector;
	yuan: number;
	projects: ProjectInvestmentRow[];
	/** Projects counted in another sector that could as well be counted here: not in `yuan`. */
	alsoFitting: ProjectInvestmentRow[];
	/** True when any part was converted from dollars. */
	includesConverted: boolean;
	keys: string[];
}

export interface SectorInvestment {
	rows: SectorInvestmentRow[];
	/** Context the article gives: cumulative and this year's totals. */
	context: Figure[];
}

/** The same money by sector (our classification), every sector shown, even one with no project. */
export function selectInvestmentBySector(dataset: Dataset): SectorInvestment {
	const figures = figureMap(dataset);
	const projects = selectInvestmentByProject(dataset);
	const rows = dataset.sectors
		.map((sector) => {
			const inSector = projects.filter((p) => p.sector === sector.id);
			return {
				sector,
				yuan: inSector.reduce((sum, p) => sum + p.yuan, 0),
				projects: inSector,
				alsoFitting: projects.filter((p) => p.alsoFits?.sector === sector.id),
				includesConverted: inSector.some((p) => p.converted),
				keys: [
					`sector:${sector.id}`,
					...inSector.map((p) => `project:${p.project}`),
					...(inSector.length ? [ZONE_PLACE_KEY] : [])
				]
			};
		})
		.sort((a, b) => b.yuan - a.yuan || Number(b.sector.targetIndustry) - Number(a.sector.targetIndustry));
	const context = [
		'investment-cumulative',
		'signed-projects-cumulative',
		'investment-this-year',
		'signed-projects-this-year'
	].map((id) => need(figures, id));
	return { rows, context };
}

// 3. pipeline-stages ------------------------------------------------------------------------

export type PipelineStage = 'preparation' | 'under-construction' | 'in-production';

export interface PipelineSegment {
	stage: PipelineStage;
	figure: Figure;
	count: number;
	/** Projects counted before this segment, for stacking. */
	start: number;
}

export interface Pipeline {
	total: Figure;
	segments: PipelineSegment[];
}

/** All projects in the zone split by stage; the preparation count is derived. */
export function selectPipeline(dataset: Dataset): Pipeline {
	const figures = figureMap(dataset);
	const order: [PipelineStage, string][] = [
		['in-production', 'projects-in-production'],
		['under-construction', 'projects-under-construction'],
		['preparation', 'projects-in-preparation']
	];
	let start = 0;
	const segments = order.map(([stage, id]) => {
		const figure = need(figures, id);
		const segment = { stage, figure, count: numeric(figure), start };
		start += segment.count;
		return segment;
	});
	return { total: need(figures, 'projects-in-zone'), segments };
}

// 4, 5, 6, 8, 10: groups of figures ----------------------------------------------------------

/** Figures in a fixed order; throws when one is missing so a chart never silently drops a number. */
export function selectFigures(dataset: Pick<Dataset, 'figures'>, ids: readonly string[]): Figure[] {
	const figures = figureMap(dataset);
	return ids.map((id) => need(figures, id));
}

export const INFRASTRUCTURE_FIGURES = [
	'road-network-length',
	'pipeline-length',
	'infrastructure-investment',
	'nine-connections-one-levelling',
	'farmland-replanned-area'
] as const;

export const THRESHOLD_FIGURES = ['threshold-investment-intensity', 'threshold-tax-contribution'] as const;

export const RECOVERY_FIGURES = [
	'enterprises-resumed',
	'projects-resumed',
	'workers-back',
	'relief-fund'
] as const;

export const QUANEN_FIGURES = [
	'quanen-april-output',
	'quanen-planned-lines',
	'quanen-annual-capacity',
	'date-quanen-record-month'
] as const;

export const LAND_AND_SERVICES_FIGURES = ['cage-for-new-birds', 'approval-service-hours'] as const;

// 7. timeline -------------------------------------------------------------------------------

export interface TimelineEvent {
	event: Event;
	date: Figure;
	/** Start and end of what the date covers, as days of a year the article does not state. */
	startDay: number;
	endDay: number;
	/** The exact day is stated (4月30日), rather than a part of a month (3月初) or a month (4月份). */
	exact: boolean;
	keys: string[];
}

const DAYS_BEFORE_MONTH = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];

/** Day of a leap year (1 = 1 January): the article's year, 2020, was one; only month and day are shown. */
export function dayOfYear(month: number, day: number): number {
	return DAYS_BEFORE_MONTH[month - 1]! + day;
}

/** What a --MM or --MM-DD date (with 初/中/底) covers, in days of the year. */
export function dateSpan(
	value: string,
	part?: Figure['part']
): { start: number; end: number; exact: boolean } {
	const [month, day] = value.slice(2).split('-').map(Number) as [number, number | undefined];
	if (day) return { start: dayOfYear(month, day), end: dayOfYear(month, day), exact: true };
	const first = dayOfYear(month, 1);
	const last = DAYS_BEFORE_MONTH[month]!;
	if (part === 'early') return { start: first, end: first + 9, exact: false };
	if (part === 'mid') return { start: first + 10, end: first + 19, exact: false };
	if (part === 'late') return { start: first + 20, end: last, exact: false };
	return { start: first, end: last, exact: false };
}

export interface UndatedEvent {
	event: Event;
	keys: string[];
}

export interface Timeline {
	events: TimelineEvent[];
	/** Events the article tells of without a date: listed, not placed on the axis. */
	undated: UndatedEvent[];
	/** The year the article is from: our inference (editorial), since it states none. */
	year: number;
}

/** The article's dated events in time order. */
export function selectTimeline(dataset: Dataset): Timeline {
	const figures = figureMap(dataset);
	const projects = new Map(dataset.projects.map((p) => [p.id, p]));
	const keysOf = (event: Event) => {
		const project = event.project ? projects.get(event.project) : undefined;
		return project ? selectionKeys(project) : [];
	};
	const events = dataset.events
		.flatMap((event) => (event.date === null ? [] : [{ ...event, date: event.date }]))
		.map((event) => {
			const date = need(figures, event.date);
			const span = dateSpan(String(date.value), date.part);
			return {
				event,
				date,
				startDay: span.start,
				endDay: span.end,
				exact: span.exact,
				keys: keysOf(event)
			};
		})
		.sort((a, b) => a.startDay - b.startDay || a.endDay - b.endDay);
	const undated = dataset.events
		.filter((event) => event.date === null)
		.map((event) => ({ event, keys: keysOf(event) }));
	return { events, undated, year: dataset.article.year.value };
}

// 9. named-projects -------------------------------------------------------------------------

export interface NamedProjectRow extends ProjectSectors {
	project: Project;
	investment: Figure | null;
	stage: Stage | null;
	keys: string[];
}

export const STAGE_ORDER: readonly Stage[] = ['signed', 'under-construction', 'in-production'];

/** Every project the article names, by how far it has got (where it says), then by investment. */
export function selectNamedProjects(dataset: Dataset): NamedProjectRow[] {
	const figures = figureMap(dataset);
	// Furthest along first; projects whose stage the article does not give come last.
	const rank = (stage: Stage | null) => (stage ? STAGE_ORDER.indexOf(stage) : -1);
	const sectors = new Map(dataset.sectors.map((s) => [s.id, s]));
	return dataset.projects
		.map((project) => ({
			project,
			...sectorsOf(project, sectors),
			investment: project.investment ? need(figures, project.investment) : null,
			stage: project.stage?.value ?? null,
			keys: selectionKeys(project)
		}))
		.sort(
			(a, b) =>
				rank(b.stage) - rank(a.stage) ||
				Number(b.investment?.value ?? 0) - Number(a.investment?.value ?? 0) ||
				a.project.id.localeCompare(b.project.id)
		);
}
