import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../server/load-dataset.ts';
import { loadRepairNotes } from '../server/repair-notes.ts';
import { formatFigure } from '../format/figure-value.ts';
import { MESSAGES } from '../i18n/messages.ts';
import Dashboard from './Dashboard.svelte';
import { HEADLINE_FIGURES } from './headline-figures.ts';
import { selectionNames } from './selection-names.ts';
import { REGISTRY } from '../registry/index.ts';
import { prepareFrame } from '../registry/prepare-frame.ts';
import { readDistricts } from '../map/geodata-files.ts';
import FigureTable from '../components/FigureTable.svelte';
import SourceArticle from '../components/SourceArticle.svelte';
import RepairNotes from '../components/RepairNotes.svelte';
import { siteLinksContext, type SiteLinks } from '../components/site-links.ts';
import { withoutFigureSpans } from '../registry/chart-test-kit.ts';

const dataset = loadDataset();
const repair = loadRepairNotes();
const sources = { dataset, districts: readDistricts(process.cwd()) };
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
	const { body } = render(Dashboard, {
		props: {
			locale,
			year: 2020,
			headline: HEADLINE_FIGURES.map(figure),
			frames: REGISTRY.map((entry) => prepareFrame(entry, sources, locale)),
			wide: ['zone-map'],
			geodataUrl: './data/langfang-districts.geojson',
			reconciliations: dataset.reconciliations,
			figures: dataset.reconciliations.map((r) => figure(r.total)),
			exchangeRates: dataset.exchangeRates,
			selectionNames: selectionNames(dataset, locale),
			embed: { siteRoot: './', siteUrl: '', titles: {} }
		},
		context: siteLinksContext({ ...links, otherLanguage: locale === 'zh' ? './en/' : '../' })
	});
	return withoutFigureSpans(body);
}
const zh = dashboard('zh');
const en = dashboard('en');
const figuresPage = withoutFigureSpans(
	render(FigureTable, {
		props: { dataset, locale: 'en', messages: MESSAGES.en },
		context: siteLinksContext({ ...links, figures: '', article: '../article/' })
	}).body
);
const articlePage = withoutFigureSpans(
	render(SourceArticle, {
		props: { paragraphs: dataset.article.paragraphs, figures: dataset.figures }
	}).body
);

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

	it('shows the map and every chart of the registry, each once, the map across the grid', () => {
		expect(zh.match(/data-map-id="zone-map"/g)).toHaveLength(1);
		for (const entry of REGISTRY)
			expect(zh.match(new RegExp(`data-chart-id="${entry.id}"`, 'g'))).toHaveLength(1);
		expect(zh).toMatch(/class="wide[^"]*"><figure id="chart-zone-map"/);
	});

	it('tells the map where the WebGL map’s shapes are', () => {
		expectIn(zh, 'data-geodata-url="./data/langfang-districts.geojson"');
	});

	it('carries one language only', () => {
		// The article's own words are there, marked as Chinese: leave them out, and read only text (the
		// embed dialog's data attribute holds both languages' titles, for code in either).
		const english = en
			.replace(/<([a-z]+)[^>]*lang="zh-Hans"[^>]*>[\s\S]*?<\/\1>/g, '')
			.replace(/<[^>]+>/g, '');
		for (const chart of REGISTRY) {
			expectIn(english, chart.title.en);
			for (const text of [chart.title.zh, chart.subtitle.zh])
				expect(english.includes(text), `${chart.id}: "${text}" on the English page`).toBe(false);
		}
		// No interface text of the Chinese page (the article's words and glossed terms may appear).
		const chinese = Object.values(MESSAGES.zh).filter(
			(m): m is string => typeof m === 'string' && m.length > 3 && /\p{Script=Han}/u.test(m)
		);
		for (const text of chinese) expect(english.includes(text), `"${text}" on the English page`).toBe(false);
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

	it('says the this-year check rests on our exchange rate, and over which 2020 rates it holds', () => {
		const text = (html: string) =>
			html
				.replace(/<!--[^>]*-->/g, '')
				.replace(/<[^>]+>/g, '')
				.replace(/\s+/g, ' ');
		expectIn(zh, '取决于本看板选定的汇率');
		expectIn(text(zh), '“约70亿元”按写出的最后一位取整，容差±5000万元。');
		expectIn(
			text(zh),
			'汇率在6.5249至7.0000之间时相符，高于7.0000时不符。要在整个区间都相符，容差须放宽到±6974万元。'
		);
		expectIn(text(en), 'the check holds for rates from 6.5249 to 7.0000, not above 7.0000.');
		expectIn(text(en), 'Why this rate: The article gives neither a rate nor the date of each signing');
		// Chinese sentences run on without a space.
		expectIn(text(zh), '（本看板选定的汇率）计算。按2020年的汇率区间（6.5249至7.1316）重算');
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
