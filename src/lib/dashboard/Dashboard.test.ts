import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../server/load-dataset.ts';
import { loadRepairNotes } from '../server/repair-notes.ts';
import { formatFigure } from '../format/figure-value.ts';
import { MESSAGES } from '../i18n/messages.ts';
import Dashboard from './Dashboard.svelte';
import { HEADLINE_FIGURES } from './headline-figures.ts';
import { selectionNames } from './selection-names.ts';
import { CHARTS } from '../charts/registry.ts';
import { prepareFrame } from '../charts/prepare.ts';
import { loadChartComponents } from '../charts/chart-components.ts';
import { prepareMap } from '../map/map-view.ts';
import { readDistricts } from '../map/geodata-files.ts';
import FigureTable from '../components/FigureTable.svelte';
import SourceArticle from '../components/SourceArticle.svelte';
import RepairNotes from '../components/RepairNotes.svelte';
import { siteLinksContext, type SiteLinks } from '../components/site-links.ts';

const dataset = loadDataset();
const repair = loadRepairNotes();
const components = await loadChartComponents(CHARTS.map((chart) => chart.id));
const byId = new Map(dataset.figures.map((f) => [f.id, f]));
const figure = (id: string) => byId.get(id)!;
const links: SiteLinks = {
	home: './',
	article: './article/',
	figures: './figures/',
	otherLanguage: './en/',
	json: './data/facts.json',
	csv: './data/facts.csv'
};

function dashboard(locale: 'zh' | 'en'): string {
	return render(Dashboard, {
		props: {
			locale,
			year: 2020,
			headline: HEADLINE_FIGURES.map(figure),
			frames: CHARTS.map((chart) => prepareFrame(chart, dataset, locale)),
			components,
			map: prepareMap(dataset, readDistricts(process.cwd())),
			geodataUrl: './data/langfang-districts.geojson',
			reconciliations: dataset.reconciliations,
			figures: dataset.reconciliations.map((r) => figure(r.total)),
			selectionNames: selectionNames(dataset, locale),
			embed: { siteRoot: './', siteUrl: '', titles: {}, heights: {} }
		},
		context: siteLinksContext({ ...links, otherLanguage: locale === 'zh' ? './en/' : '../' })
	}).body;
}
const zh = dashboard('zh');
const en = dashboard('en');
const figuresPage = render(FigureTable, {
	props: { dataset, locale: 'en', messages: MESSAGES.en },
	context: siteLinksContext({ ...links, figures: '', article: '../article/' })
}).body;
const articlePage = render(SourceArticle, {
	props: { paragraphs: dataset.article.paragraphs, figures: dataset.figures }
}).body;

/** Like toContain, but a failure names the missing text instead of printing the whole page. */
function expectIn(html: string, text: string): void {
	expect(html.includes(text), `missing from the markup: ${text}`).toBe(true);
}

describe('Dashboard server markup', () => {
	it('shows every headline figure, formatted, in both languages', () => {
		for (const id of HEADLINE_FIGURES) {
			expectIn(zh, `data-headline-figure="${id}"`);
			expectIn(zh, formatFigure(figure(id), 'zh'));
			expectIn(en, formatFigure(figure(id), 'en'));
		}
		expectIn(zh, '268.7亿元');
		expectIn(en, '26.87 billion yuan');
	});

	it('shows the map and every chart of the registry, each once', () => {
		expect(zh.match(/data-map-id="zone-map"/g)).toHaveLength(1);
		for (const chart of CHARTS)
			expect(zh.match(new RegExp(`data-chart-id="${chart.id}"`, 'g'))).toHaveLength(1);
	});

	it('carries one language only', () => {
		for (const chart of CHARTS) expectIn(en, chart.title.en);
		// Chinese on the English page is only the article's own words, marked as Chinese.
		const withoutQuotes = en.replace(/<([a-z]+)[^>]*lang="zh-Hans"[^>]*>[\s\S]*?<\/\1>/g, '');
		expect(withoutQuotes.replace(/<[^>]+>/g, '').match(/\p{Script=Han}+/gu) ?? []).toEqual([]);
	});

	it('links each stated headline number to its words on the article page, in one click', () => {
		for (const id of HEADLINE_FIGURES.filter((id) => figure(id).kind === 'stated'))
			expectIn(zh, `href="./article/#source-${id}"`);
		expectIn(zh, 'href="./figures/#figure-projects-in-preparation"');
	});

	it('shows each reconciliation with its verdict', () => {
		for (const check of dataset.reconciliations)
			expectIn(zh, `data-reconciliation="${check.id}" data-holds="true"`);
		expectIn(en, 'This year’s signed projects added up');
	});

	it('leads to the figures, the article, the downloads and the other language', () => {
		for (const href of ['./figures/', './article/', './data/facts.json', './data/facts.csv', './en/'])
			expectIn(zh, `href="${href}"`);
		expectIn(zh, '>English</a>');
		expectIn(en, '>中文</a>');
	});

	it('names everything selectable for the selection bar', () => {
		const names = JSON.parse(
			/data-names="([^"]*)"/.exec(en)![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&')
		);
		expect(names['project:graphene-valley']).toBe(
			dataset.projects.find((p) => p.id === 'graphene-valley')!.name.en
		);
		expect(Object.keys(names).length).toBe(
			dataset.sectors.length + dataset.projects.length + dataset.places.length
		);
	});
});

describe('the figures page', () => {
	it('has a row for every figure, and derived rows show their formula', () => {
		for (const f of dataset.figures) expectIn(figuresPage, `id="figure-${f.id}"`);
		const formula = /Formula:[\s\S]*?<\/p>/
			.exec(figuresPage)?.[0]
			.replace(/<[^>]+>/g, '')
			.replace(/\s+/g, ' ');
		expect(formula).toBe('Formula: 41 projects − 21 projects − 7 projects');
	});

	it('links each figure to its paragraph on the article page', () => {
		expectIn(figuresPage, 'href="../article/#paragraph-1"');
		expectIn(figuresPage, 'href="../article/#source-investment-cumulative"');
	});
});

describe('the article page', () => {
	it('anchors every stated figure’s words where the numbers link', () => {
		for (const f of dataset.figures.filter((f) => f.kind === 'stated')) {
			const mark = new RegExp(`<mark id="source-${f.id}"[^>]*>([^<]*)</mark>`).exec(articlePage);
			expect(mark?.[1], `the <mark> of ${f.id}`).toBe(f.stated);
		}
	});

	it('prints the repaired article whole, with no space slipped between the pieces', () => {
		const text = articlePage.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, '');
		for (const paragraph of dataset.article.paragraphs) expectIn(text, paragraph);
	});

	it('lists every hand repair with its reason', () => {
		const notes = render(RepairNotes, { props: { repair, messages: MESSAGES.zh } }).body;
		expect(repair.handRepairs.length).toBeGreaterThan(0);
		for (const entry of repair.handRepairs) expectIn(notes, entry.reason.slice(0, 12));
	});
});
