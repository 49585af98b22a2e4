import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFigure } from '../format/figure-value.ts';
import { REGISTRY, registryEntry } from './index.ts';
import { SOURCES, renderChart } from './chart-test-kit.ts';
import { prepareFrame } from './prepare-frame.ts';

const { dataset } = SOURCES;

/**
 * A frame without the article's own words (tooltips' clauses, quoted groups) and the dataset's
 * notes, which may gloss a Chinese term (腾笼换鸟, “empty the cage…”): Chinese in every language.
 */
function withoutQuotes(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutQuotes);
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value)
				.filter(([key]) => !['quote', 'source', 'note'].includes(key))
				.map(([key, v]) => [key, withoutQuotes(v)])
		);
	return value;
}

describe('the registry', () => {
	it('declares each entry once, with a stable URL-safe id that is its folder’s name', () => {
		const ids = REGISTRY.map((entry) => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
		const index = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
		for (const id of ids) {
			expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(index, `${id}: one line in the index`).toMatch(
				new RegExp(`\\n\\timport\\('\\./${id}/definition\\.ts'\\),?\\n`)
			);
		}
		expect(ids[0], 'the map first').toBe('zone-map');
		expect(registryEntry('timeline')?.id).toBe('timeline');
		expect(registryEntry('no-such-chart')).toBeUndefined();
	});

	it('names a key figure of the dataset for every entry, formatted in the frame', () => {
		for (const entry of REGISTRY) {
			const frame = prepareFrame(entry, SOURCES, 'en');
			const figure = dataset.figures.find((f) => f.id === entry.keyFigure)!;
			expect(frame.keyFigure, entry.id).toEqual({
				id: entry.keyFigure,
				value: formatFigure(figure, 'en'),
				label: figure.label.en
			});
		}
		const broken = { ...registryEntry('investment-by-project')!, keyFigure: 'no-such-figure' };
		expect(() => prepareFrame(broken, SOURCES, 'zh')).toThrow(
			'chart "investment-by-project": key figure "no-such-figure" is not in the dataset'
		);
	});

	it('prepares a frame for one language, body included, as plain data', () => {
		for (const entry of REGISTRY) {
			const frame = prepareFrame(entry, SOURCES, 'en');
			expect(JSON.parse(JSON.stringify(frame)), entry.id).toEqual(frame);
			expect(frame.title).toBe(entry.title.en);
			// Only the article's own words (its sentences, quoted) are Chinese on an English frame.
			const { sources, ...rest } = frame;
			expect(JSON.stringify(withoutQuotes(rest)), entry.id).not.toMatch(/\p{Script=Han}/u);
			expect(sources.length, entry.id).toBeGreaterThan(0);
		}
	});

	it('gives every entry titles, subtitle and description in both languages and a minimum size', () => {
		for (const entry of REGISTRY) {
			for (const text of [entry.title, entry.subtitle, entry.describe]) {
				expect(text.zh, entry.id).toMatch(/\p{Script=Han}/u);
				expect(text.en, entry.id).toMatch(/^[\x20-\x7E’“”²–—]+$/);
			}
			expect(entry.minSize.width).toBeGreaterThanOrEqual(280);
			expect(entry.minSize.height).toBeGreaterThan(0);
		}
	});

	it('every figure an entry shows is in the dataset, and every entry has the sentences behind it', () => {
		const known = new Set(dataset.figures.map((f) => f.id));
		for (const entry of REGISTRY) {
			for (const figure of entry.figures(entry.select(SOURCES)))
				expect(known.has(figure.id), `${entry.id}: ${figure.id}`).toBe(true);
			const { sources } = prepareFrame(entry, SOURCES, 'zh');
			expect(sources.length, entry.id).toBeGreaterThan(0);
			for (const source of sources)
				expect(dataset.article.paragraphs[source.paragraph - 1]).toContain(source.quote);
		}
	});

	it('gives every mark of a body an id unique in its chart, and every part a shape', () => {
		for (const entry of REGISTRY) {
			const { body } = prepareFrame(entry, SOURCES, 'zh');
			const ids = body.parts.flatMap((part) =>
				('rows' in part ? part.rows : 'tiles' in part ? part.tiles : []).map((m) => m.id)
			);
			expect(new Set(ids).size, entry.id).toBe(ids.length);
			for (const part of body.parts) expect(part.shape, entry.id).toMatch(/^[a-z-]+$/);
		}
	});
});

describe('the unit line', () => {
	it.each([
		['investment-by-project', '单位：亿元', 'Unit: billion yuan', ' 0 10 20 ', ' 0 1 2 '],
		['investment-by-sector', '单位：亿元', 'Unit: billion yuan', ' 0 10 20 ', ' 0 1 2 '],
		['entry-thresholds', '单位：万元/亩', 'Unit: million yuan per mu', ' 0 200 400 ', ' 0 2 4 '],
		['infrastructure', '单位：公里', 'Unit: km', ' 0 100 200 ', ' 0 100 200 ']
	])(
		'%s names the unit its ticks are read in, after a full-width colon in Chinese',
		(id, zh, en, zhTicks, enTicks) => {
			const chart = registryEntry(id)!;
			const text = (locale: 'zh' | 'en') =>
				renderChart(chart, locale)
					.replace(/<!--[^>]*-->/g, '')
					.replace(/<[^>]+>/g, ' ')
					.replace(/\s+/g, ' ');
			for (const [locale, unit, ticks] of [
				['zh', zh, zhTicks],
				['en', en, enTicks]
			] as const) {
				// The ticks after the unit line are plain numbers of that unit: 10 (亿元), not 10亿.
				expect(text(locale)).toContain(unit);
				expect(text(locale).slice(text(locale).indexOf(unit))).toContain(ticks);
			}
			expect(renderChart(chart, 'zh')).not.toContain('单位: ');
		}
	);
});
