/**
 * What the charts' tests share (src/lib/registry/<id>/definition.test.ts): the committed sources,
 * a chart's frame rendered on the server as the dashboard renders it, its visible text, and the
 * checks every chart must pass in both languages.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ChartFrame from '../charts/frame/ChartFrame.svelte';
import type { Locale } from '../i18n/locale.ts';
import { readDistricts } from '../map/geodata-files.ts';
import { PROJECT_ROOT, loadDataset } from '../server/load-dataset.ts';
import type { Shape, ShapePart } from '../charts/body.ts';
import type { ChartDefinition, ChartSources } from './definition.ts';
import { prepareFrame } from './prepare-frame.ts';

export const SOURCES: ChartSources = { dataset: loadDataset(), districts: readDistricts(PROJECT_ROOT) };

export function renderChart(chart: ChartDefinition, locale: Locale): string {
	return withoutFigureSpans(
		render(ChartFrame, { props: { frame: prepareFrame(chart, SOURCES, locale) } }).body
	);
}

/**
 * Server markup with the spans that keep short figures on one line (text/WholeFigures) and the
 * hydration comments taken out, so a test reads "总投资268.7亿元" as the reader does; the browser
 * tests check what the spans do.
 */
export function withoutFigureSpans(html: string): string {
	return html.replace(/<span class="whole-figure">([^<]*)<\/span>/g, '$1').replace(/<!--[^>]*-->/g, '');
}

/** The text a reader sees (and a screen reader reads), markup and comments taken out. */
export function visibleText(html: string): string {
	return html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ');
}

export interface ChartExpectations {
	/** How many marks (data-mark-id) it draws. */
	marks: number;
	/** Texts it shows, in each language. */
	zh: string[];
	en: string[];
}

/** The checks every chart passes, rendered on the server in both languages. */
export function describeChart(chart: ChartDefinition, expected: ChartExpectations): void {
	describe(`${chart.id}, rendered on the server`, () => {
		const zh = renderChart(chart, 'zh');
		const en = renderChart(chart, 'en');

		it('carries its id, title and marks', () => {
			expect(zh).toContain(`data-chart-id="${chart.id}"`);
			expect(zh).toContain(`id="${chart.id}-title"`);
			expect(visibleText(zh)).toContain(chart.title.zh);
			expect(visibleText(en)).toContain(chart.title.en);
			expect(zh.match(/data-mark-id="/g)?.length ?? 0).toBe(expected.marks);
		});

		it('writes its values into the HTML in both languages', () => {
			for (const text of expected.zh) expect(visibleText(zh), text).toContain(text);
			for (const text of expected.en) expect(visibleText(en), text).toContain(text);
		});

		it('has a table view with a row for every line of its table, and a description', () => {
			const table = prepareFrame(chart, SOURCES, 'zh').table;
			expect(zh).toContain('<details class="table-view');
			expect(zh.match(/<tr[ >]/g)?.length).toBe(table.rows.length + 1);
			expect(zh).toMatch(new RegExp(`id="${chart.id}-description"[^>]*>[^<]{20,}`));
		});

		it('shows the sentences behind it', () => {
			for (const source of prepareFrame(chart, SOURCES, 'zh').sources)
				expect(visibleText(zh)).toContain(source.quote);
		});
	});
}

/** The chart's `index`th part of `shape`, drawn from the committed sources in `locale`. */
export function partOf<S extends Shape>(
	chart: ChartDefinition,
	locale: Locale,
	shape: S,
	index = 0
): Extract<ShapePart, { shape: S }> {
	const part = chart.body(chart.select(SOURCES), locale).parts.filter((p) => p.shape === shape)[index];
	if (!part) throw new Error(`${chart.id}: no ${shape} part #${index}`);
	return part as Extract<ShapePart, { shape: S }>;
}
