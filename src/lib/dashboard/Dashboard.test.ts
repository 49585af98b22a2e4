import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../server/load-dataset.ts';
import { loadRepairNotes } from '../server/repair-notes.ts';
import { formatFigure } from '../format/figure-value.ts';
import Dashboard from './Dashboard.svelte';
import { HEADLINE_FIGURES } from './headline-figures.ts';
import { CHARTS } from '../charts/registry.ts';
import { prepareChart } from '../charts/prepare.ts';
import { prepareMap } from '../map/map-view.ts';
import { readDistricts } from '../map/geodata-files.ts';

const dataset = loadDataset();
const repair = loadRepairNotes();
const props = {
	dataset,
	repair,
	charts: CHARTS.map((chart) => prepareChart(chart, dataset)),
	map: prepareMap(dataset, readDistricts(process.cwd())),
	otherLanguageHref: './en/',
	downloads: { json: './data/facts.json', csv: './data/facts.csv' }
};
const zh = render(Dashboard, { props: { ...props, locale: 'zh' } }).body;
const en = render(Dashboard, { props: { ...props, locale: 'en' } }).body;
const figure = (id: string) => dataset.figures.find((f) => f.id === id)!;

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

	it('links each stated number to its words in the source article, one step away', () => {
		for (const f of dataset.figures.filter((f) => f.kind === 'stated')) {
			expectIn(zh, `href="#source-${f.id}"`);
			const mark = new RegExp(`<mark id="source-${f.id}"[^>]*>([^<]*)</mark>`).exec(zh);
			expect(mark?.[1], `the <mark> of ${f.id}`).toBe(f.stated);
		}
	});

	it('links derived figures to their row, which shows the formula and the sentences used', () => {
		expectIn(zh, 'href="#figure-projects-in-preparation"');
		expectIn(zh, 'id="figure-projects-in-preparation"');
		const formula = /Formula:[\s\S]*?<\/p>/
			.exec(en)?.[0]
			.replace(/<[^>]+>/g, '')
			.replace(/\s+/g, ' ');
		expect(formula).toBe('Formula: 41 projects − 21 projects − 7 projects');
	});

	it('prints the repaired article whole, with no space slipped between the pieces', () => {
		const text = zh.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, '');
		for (const paragraph of dataset.article.paragraphs) expectIn(text, paragraph);
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

	it('offers the downloads and the language switch', () => {
		expectIn(zh, 'href="./data/facts.json"');
		expectIn(zh, 'href="./data/facts.csv"');
		expectIn(zh, 'href="./en/"');
		expectIn(zh, '>English</a>');
		expectIn(en, '>中文</a>');
	});

	it('lists every hand repair with its reason', () => {
		expect(repair.handRepairs.length).toBeGreaterThan(0);
		for (const entry of repair.handRepairs) expectIn(zh, entry.reason.slice(0, 12));
	});
});
