import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../server/load-dataset.ts';
import { loadRepairNotes } from '../server/repair-notes.ts';
import { formatFigure } from '../format/figure-value.ts';
import Dashboard from './Dashboard.svelte';
import { HEADLINE_FIGURES } from './headline-figures.ts';

const dataset = loadDataset();
const repair = loadRepairNotes();
const props = {
	dataset,
	repair,
	otherLanguageHref: './en/',
	downloads: { json: './data/facts.json', csv: './data/facts.csv' }
};
const zh = render(Dashboard, { props: { ...props, locale: 'zh' } }).body;
const en = render(Dashboard, { props: { ...props, locale: 'en' } }).body;
const figure = (id: string) => dataset.figures.find((f) => f.id === id)!;

describe('Dashboard server markup', () => {
	it('shows every headline figure, formatted, in both languages', () => {
		for (const id of HEADLINE_FIGURES) {
			expect(zh).toContain(`data-headline-figure="${id}"`);
			expect(zh).toContain(formatFigure(figure(id), 'zh'));
			expect(en).toContain(formatFigure(figure(id), 'en'));
		}
		expect(zh).toContain('268.7亿元');
		expect(en).toContain('26.87 billion yuan');
	});

	it('links each stated number to its words in the source article, one step away', () => {
		for (const f of dataset.figures.filter((f) => f.kind === 'stated')) {
			expect(zh).toContain(`href="#source-${f.id}"`);
			expect(zh).toMatch(
				new RegExp(
					`<mark id="source-${f.id}"[^>]*>${f.stated!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</mark>`
				)
			);
		}
	});

	it('links derived figures to their row, which shows the formula and the sentences used', () => {
		expect(zh).toContain('href="#figure-projects-in-preparation"');
		expect(zh).toContain('id="figure-projects-in-preparation"');
		expect(en).toMatch(/Formula:[\s\S]*41 projects[\s\S]*−[\s\S]*21 projects[\s\S]*−[\s\S]*7 projects/);
	});

	it('prints the repaired article whole, with no space slipped between the pieces', () => {
		const text = zh.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, '');
		for (const paragraph of dataset.article.paragraphs) expect(text).toContain(paragraph);
	});

	it('shows each reconciliation with its verdict', () => {
		for (const check of dataset.reconciliations)
			expect(zh).toContain(`data-reconciliation="${check.id}" data-holds="true"`);
		expect(en).toContain('This year’s signed projects added up');
	});

	it('offers the downloads and the language switch', () => {
		expect(zh).toContain('href="./data/facts.json"');
		expect(zh).toContain('href="./data/facts.csv"');
		expect(zh).toContain('href="./en/"');
		expect(zh).toContain('>English</a>');
		expect(en).toContain('>中文</a>');
	});

	it('lists every hand repair with its reason', () => {
		expect(repair.handRepairs.length).toBeGreaterThan(0);
		for (const entry of repair.handRepairs) expect(zh).toContain(entry.reason.slice(0, 12));
	});
});
