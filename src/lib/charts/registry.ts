/**
 * Every chart, declared once. The dashboard, the embed route, the big screen and the image export
 * all iterate over CHARTS (and REGISTRY, which adds the zone map); no surface has its own copy of
 * a chart. Components are imported lazily, so a page that shows one chart loads only its code.
 */
import type { Component } from 'svelte';
import type { Dataset, Figure, Localized } from '../dataset/schema.ts';
import { axisUnitLabel, formatFigure } from '../format/figure-value.ts';
import type { Locale } from '../i18n/locale.ts';
import { MESSAGES } from '../i18n/messages.ts';
import {
	INFRASTRUCTURE_FIGURES,
	LAND_AND_SERVICES_FIGURES,
	QUANEN_FIGURES,
	RECOVERY_FIGURES,
	THRESHOLD_FIGURES,
	selectFigures,
	selectInvestmentByProject,
	selectInvestmentBySector,
	selectNamedProjects,
	selectPipeline,
	selectTimeline,
	type NamedProjectRow,
	type Pipeline,
	type ProjectInvestmentRow,
	type ProjectSectors,
	type SectorInvestment,
	type Timeline as TimelineData
} from './selectors.ts';
import { figureBadges } from './describe-figure.ts';
import { sectorInvestmentAmount } from './chart-parts.ts';
import type { ChartProps } from './chart-props.ts';

export type { ChartProps } from './chart-props.ts';

export interface ChartTable {
	columns: string[];
	rows: string[][];
}

export interface ChartDefinition<Data = unknown> {
	kind: 'chart';
	/** Stable and URL-safe: /embed/<id>, data-chart-id. */
	id: string;
	title: Localized;
	subtitle: Localized;
	/** The unit of the chart's scale, when it has one. */
	unit?: Localized;
	/** The chart component, imported when a page needs it. */
	load: () => Promise<{ default: Component<ChartProps<Data>> }>;
	select: (dataset: Dataset) => Data;
	/** The smallest box it reads well in, CSS pixels. */
	minSize: { width: number; height: number };
	/** The one figure that sums it up, shown large when it has the big screen's focus (a figure id). */
	keyFigure: string;
	/** The figures it shows: their sentences make its source line, their kinds its notes. */
	figures: (data: Data) => Figure[];
	/** Sentences behind what it shows that are not figures (names of planned parks …). */
	otherSources?: (data: Data) => { quote: string; paragraph: number }[];
	/** Notes beyond the derived and converted figures, which the frame notes by itself. */
	notes?: (data: Data, locale: Locale) => string[];
	/** What kind of chart it is and how it is ordered, for screen readers; the values follow from the table. */
	describe: Localized;
	/** The same numbers as a table. */
	table: (data: Data, locale: Locale) => ChartTable;
}

/** Keeps each definition's data type while the list holds them all. */
function defineChart<Data>(definition: Omit<ChartDefinition<Data>, 'kind'>): ChartDefinition<unknown> {
	return { kind: 'chart', ...definition } as unknown as ChartDefinition<unknown>;
}

function kindOf(figure: Figure, locale: Locale): string {
	return figureBadges(figure, locale)[0] ?? MESSAGES[locale].kindStated;
}

/** A table of figures: name, value, kind. */
function figureTable(figures: Figure[], locale: Locale): ChartTable {
	const m = MESSAGES[locale];
	return {
		columns: [m.name, m.value, m.kind],
		rows: figures.map((f) => [f.label[locale], formatFigure(f, locale), kindOf(f, locale)])
	};
}

/** The projects that could as well sit in a second sector, named under the chart. */
function twoSectorNotes(rows: ProjectSectors[], locale: Locale): string[] {
	const m = MESSAGES[locale];
	const two = rows.filter((r) => r.alsoFits);
	const or = locale === 'zh' ? '或' : ' or ';
	const sectors = (r: ProjectSectors) => `${r.sectorName?.[locale]}${or}${r.alsoFits?.name?.[locale]}`;
	return two.length ? [m.twoSectorsNote(two.map((r) => m.aside(r.short[locale], sectors(r))))] : [];
}

/** A chart of a fixed set of figures: its data is those figures, its table lists them. */
function figureGroupChart(
	definition: Omit<ChartDefinition<Figure[]>, 'kind' | 'select' | 'figures' | 'table'> & {
		figureIds: readonly string[];
	}
): ChartDefinition<unknown> {
	const { figureIds, ...rest } = definition;
	return defineChart<Figure[]>({
		...rest,
		select: (dataset) => selectFigures(dataset, figureIds),
		figures: (figures) => figures,
		table: figureTable
	});
}

export const CHARTS: ChartDefinition[] = [
	defineChart<ProjectInvestmentRow[]>({
		id: 'investment-by-project',
		title: { zh: '今年签约的六个项目', en: 'This year’s six signed projects' },
		subtitle: {
			zh: '按总投资排列；以美元计的项目已换算为人民币',
			en: 'By investment; the project stated in dollars is converted to yuan'
		},
		unit: axisUnitLabel('hundred-million-yuan'),
		load: () => import('./charts/InvestmentByProject.svelte'),
		select: selectInvestmentByProject,
		minSize: { width: 280, height: 260 },
		keyFigure: 'investment-this-year',
		figures: (rows) => rows.flatMap((r) => (r.converted ? [r.stated, r.converted] : [r.stated])),
		notes: (rows, locale) => [
			MESSAGES[locale].editorialNote,
			...twoSectorNotes(rows, locale),
			...rows.flatMap((r) =>
				r.identification ? [MESSAGES[locale].identificationNote(r.identification[locale])] : []
			)
		],
		describe: {
			zh: '横向条形图，今年签约的项目按总投资从大到小排列，颜色表示所属产业（本看板分类）。',
			en: 'Horizontal bar chart of this year’s signed projects, largest investment first, coloured by sector (our classification).'
		},
		table: (rows, locale) => {
			const m = MESSAGES[locale];
			return {
				columns: [m.name, m.sector, m.investment, m.convertedValue],
				rows: rows.map((r) => [
					r.name[locale],
					r.alsoFits
						? m.aside(r.sectorName?.[locale] ?? '', m.alsoFits(r.alsoFits.name?.[locale] ?? ''))
						: (r.sectorName?.[locale] ?? ''),
					formatFigure(r.stated, locale),
					r.converted ? formatFigure(r.converted, locale) : ''
				])
			};
		}
	}),
	defineChart<SectorInvestment>({
		id: 'investment-by-sector',
		title: { zh: '今年签约投资的产业分布', en: 'This year’s signed investment by sector' },
		subtitle: {
			zh: '文中的四个产业定位，项目归类为本看板判断，可归两类的已注明',
			en: 'The article’s four target industries; which project goes where is our call, and where it could go two ways the chart says so'
		},
		unit: axisUnitLabel('hundred-million-yuan'),
		load: () => import('./charts/InvestmentBySector.svelte'),
		select: selectInvestmentBySector,
		minSize: { width: 280, height: 300 },
		keyFigure: 'investment-cumulative',
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
		describe: {
			zh: '横向条形图，今年签约项目的投资按产业合计，从多到少排列。',
			en: 'Horizontal bar chart of this year’s signed investment added up by sector, largest first.'
		},
		table: (data, locale) => {
			const m = MESSAGES[locale];
			return {
				columns: [m.sector, m.name, m.investment],
				rows: data.rows.map((r) => [
					r.sector.name[locale],
					[
						r.projects.map((p) => p.short[locale]).join(locale === 'zh' ? '、' : ', ') || m.noProjectNamed,
						...(r.alsoFitting.length ? [m.alsoFittingHere(r.alsoFitting.length)] : [])
					].join(locale === 'zh' ? '；' : '; '),
					sectorInvestmentAmount(r, locale)
				])
			};
		}
	}),
	defineChart<Pipeline>({
		id: 'pipeline-stages',
		title: { zh: '入园项目进展', en: 'Where the zone’s projects stand' },
		subtitle: {
			zh: '在建与已投产为文中数字，前期项目由总数推算',
			en: 'Under construction and in production as stated; in preparation derived from the total'
		},
		load: () => import('./charts/PipelineStages.svelte'),
		select: selectPipeline,
		minSize: { width: 280, height: 160 },
		keyFigure: 'projects-in-zone',
		figures: (data) => [data.total, ...data.segments.map((s) => s.figure)],
		describe: {
			zh: '堆积条形图，入园项目总数按进度分为已投产、在建和前期三段。',
			en: 'Stacked bar of all projects in the zone, split into in production, under construction and in preparation.'
		},
		table: (data, locale) => {
			const m = MESSAGES[locale];
			return {
				columns: [m.stage, m.value, m.kind],
				rows: [
					...data.segments.map((s) => [
						m.stageNames[s.stage] ?? s.stage,
						formatFigure(s.figure, locale),
						kindOf(s.figure, locale)
					]),
					[data.total.label[locale], formatFigure(data.total, locale), kindOf(data.total, locale)]
				]
			};
		}
	}),
	figureGroupChart({
		id: 'infrastructure',
		title: { zh: '基础设施', en: 'Infrastructure' },
		subtitle: {
			zh: '路网、管线、投资与“九通一平”',
			en: 'Roads, pipelines, investment and “nine connections, one levelling”'
		},
		unit: axisUnitLabel('km'),
		load: () => import('./charts/Infrastructure.svelte'),
		figureIds: INFRASTRUCTURE_FIGURES,
		minSize: { width: 280, height: 300 },
		keyFigure: 'infrastructure-investment',
		describe: {
			zh: '条形图比较路网与管线长度，另以数字卡片列出基础设施投资、“九通一平”和基本农田调出范围。',
			en: 'Bars compare road and pipeline lengths; tiles give infrastructure investment, the “nine connections” standard and the area released from basic-farmland protection.'
		}
	}),
	figureGroupChart({
		id: 'entry-thresholds',
		title: { zh: '项目入园门槛', en: 'What a project must bring to enter' },
		subtitle: { zh: '每亩土地的最低投资强度与税收贡献', en: 'Minimum investment and tax per mu of land' },
		unit: axisUnitLabel('ten-thousand-yuan-per-mu'),
		load: () => import('./charts/EntryThresholds.svelte'),
		figureIds: THRESHOLD_FIGURES,
		minSize: { width: 280, height: 140 },
		keyFigure: 'threshold-investment-intensity',
		describe: {
			zh: '横向条形图，两项门槛均为“以上”，即最低值。',
			en: 'Horizontal bar chart of two thresholds, both minimums.'
		}
	}),
	figureGroupChart({
		id: 'recovery',
		title: { zh: '复工复产', en: 'Back at work after the epidemic' },
		subtitle: {
			zh: '企业、在建项目与复岗人员，以及纾困资金',
			en: 'Enterprises, projects and workers back, and the relief fund'
		},
		load: () => import('./charts/Recovery.svelte'),
		figureIds: RECOVERY_FIGURES,
		minSize: { width: 280, height: 260 },
		keyFigure: 'workers-back',
		describe: {
			zh: '方格图，每格代表一家企业、一个项目或一百名复岗人员；纾困资金另列。',
			en: 'Unit chart: each square is one enterprise, one project or 100 workers; the relief fund is listed apart.'
		}
	}),
	defineChart<TimelineData>({
		id: 'timeline',
		title: { zh: '时间线', en: 'Timeline' },
		subtitle: {
			zh: '文中写明日期的事件，及未写日期的事件',
			en: 'The events the article dates, and those it does not'
		},
		load: () => import('./charts/Timeline.svelte'),
		select: selectTimeline,
		minSize: { width: 280, height: 240 },
		keyFigure: 'date-yisi-construction-start',
		figures: (data) => data.events.flatMap((e) => [e.date]),
		otherSources: (data) =>
			data.undated.flatMap(({ event }) =>
				event.quote && event.paragraph ? [{ quote: event.quote, paragraph: event.paragraph }] : []
			),
		notes: (data, locale) => [MESSAGES[locale].yearNotStated(data.year)],
		describe: {
			zh: '时间轴，按月份排列事件；只写月份或月初的事件画成时段。',
			en: 'Time axis of the events by month; events dated only to a month or part of one are drawn as spans.'
		},
		table: (data, locale) => {
			const m = MESSAGES[locale];
			return {
				columns: [m.date, m.event],
				rows: [
					...data.events.map((e) => [formatFigure(e.date, locale), e.event.title[locale]]),
					...data.undated.map((e) => [m.dateNotStated, e.event.title[locale]])
				]
			};
		}
	}),
	figureGroupChart({
		id: 'quanen-output',
		title: { zh: '泉恩管业', en: 'Quanen Pipes' },
		subtitle: {
			zh: '一期月产值创纪录，二期拟建生产线',
			en: 'A record month for phase 1, production lines planned for phase 2'
		},
		load: () => import('./charts/QuanenOutput.svelte'),
		figureIds: QUANEN_FIGURES,
		minSize: { width: 280, height: 300 },
		keyFigure: 'quanen-april-output',
		describe: {
			zh: '数字卡片给出一期4月份产值和年总产能（是否仅指二期，文中未说明），方格图每格代表一条二期拟建生产线。',
			en: 'Tiles give phase 1’s April output and the total annual capacity (phase 2’s or the company’s, the article does not say); each outlined square is one production line planned for phase 2.'
		}
	}),
	defineChart<NamedProjectRow[]>({
		id: 'named-projects',
		title: { zh: '文中点名的项目', en: 'The projects the article names' },
		subtitle: { zh: '文中写明的进度与投资', en: 'Stage and investment where the article gives them' },
		load: () => import('./charts/NamedProjects.svelte'),
		select: selectNamedProjects,
		minSize: { width: 280, height: 420 },
		keyFigure: 'signed-projects-this-year',
		figures: (rows) => rows.flatMap((r) => (r.investment ? [r.investment] : [])),
		otherSources: (rows) =>
			rows.flatMap((r) => [
				{ quote: r.project.quote, paragraph: r.project.paragraph },
				...(r.project.stage ? [{ quote: r.project.stage.quote, paragraph: r.project.stage.paragraph }] : []),
				...r.project.details.map((d) => ({ quote: d.quote, paragraph: d.paragraph }))
			]),
		notes: (rows, locale) => [MESSAGES[locale].editorialNote, ...twoSectorNotes(rows, locale)],
		describe: {
			zh: '点图，每行一个项目，圆点位于文中写明的进度：已签约、在建或已投产。',
			en: 'Dot chart, one row per project, the dot at the stage the article gives: signed, under construction or in production.'
		},
		table: (rows, locale) => {
			const m = MESSAGES[locale];
			return {
				columns: [m.name, m.stage, m.investment, m.signedThisYear],
				rows: rows.map((r) => [
					r.project.name.zhComposed
						? m.aside(r.project.name[locale], m.composedName)
						: r.project.name[locale],
					[
						r.stage ? (m.stageNames[r.stage] ?? r.stage) : m.stageNotStated,
						...r.project.details.map((d) => d.text[locale])
					].join(locale === 'zh' ? '；' : '; '),
					r.investment ? formatFigure(r.investment, locale) : '',
					r.project.signedThisYear ? m.yes : m.notStated
				])
			};
		}
	}),
	defineChart<{ figures: Figure[]; parks: Dataset['parks']; policies: Dataset['policies'] }>({
		id: 'land-and-services',
		title: { zh: '用地与服务', en: 'Land and services' },
		subtitle: {
			zh: '“腾笼换鸟”、全天候审批、谋划中的“园中园”，以及文中提到的政策与规划',
			en: 'Sites handed over to new, better projects, round-the-clock approvals, planned parks, and the policies and plans the article names'
		},
		load: () => import('./charts/LandAndServices.svelte'),
		select: (dataset) => ({
			figures: selectFigures(dataset, LAND_AND_SERVICES_FIGURES),
			parks: dataset.parks,
			policies: dataset.policies
		}),
		minSize: { width: 280, height: 260 },
		keyFigure: 'cage-for-new-birds',
		figures: (data) => data.figures,
		otherSources: (data) =>
			[...data.parks, ...data.policies].map((p) => ({ quote: p.quote, paragraph: p.paragraph })),
		describe: {
			zh: '数字卡片、拟建“园中园”名单，以及文中提到的政策与规划。',
			en: 'Tiles, the list of planned parks within the park, and the policies and plans the article names.'
		},
		table: (data, locale) => {
			const m = MESSAGES[locale];
			const table = figureTable(data.figures, locale);
			return {
				...table,
				rows: [
					...table.rows,
					...data.parks.map((p) => [p.name[locale], m.planned, m.kindStated]),
					...data.policies.map((p) => [p.name[locale], m.policyKinds[p.kind] ?? p.kind, m.kindStated])
				]
			};
		}
	})
];

export function chartById(id: string): ChartDefinition | undefined {
	return CHARTS.find((chart) => chart.id === id);
}

/** The zone map, an entry of the registry like the charts: the dashboard, embeds and the big screen show it. */
export interface MapDefinition {
	kind: 'map';
	id: 'zone-map';
	title: Localized;
	subtitle: Localized;
	/** The smallest box it reads well in, CSS pixels. */
	minSize: { width: number; height: number };
}

export const ZONE_MAP: MapDefinition = {
	kind: 'map',
	id: 'zone-map',
	title: { zh: MESSAGES.zh.mapTitle, en: MESSAGES.en.mapTitle },
	subtitle: { zh: MESSAGES.zh.mapSubtitle, en: MESSAGES.en.mapSubtitle },
	minSize: { width: 300, height: 480 }
};

export type RegistryEntry = ChartDefinition | MapDefinition;

/** Everything that can be shown alone (embedded, focused on the big screen): the map, then the charts. */
export const REGISTRY: readonly RegistryEntry[] = [ZONE_MAP, ...CHARTS];

export function registryEntry(id: string): RegistryEntry | undefined {
	return REGISTRY.find((entry) => entry.id === id);
}
