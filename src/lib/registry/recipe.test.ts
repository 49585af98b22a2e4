/**
 * README's recipe for a new chart, followed with a throwaway one: a definition of an existing shape
 * (its folder's definition.ts would hold exactly this), given to the surfaces as the registry's
 * index gives them its entries. It shows in a frame, on the page, in an embed and in the image, the
 * same marks in each, and its embed code reserves its minimum height until it is measured.
 */
import { render } from 'svelte/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ChartFrame from '../charts/frame/ChartFrame.svelte';
import EmbedPage from '../embed/EmbedPage.svelte';
import { axisUnitLabel } from '../format/figure-value.ts';
import { chartImage } from '../images/chart-image.ts';
import { palette } from '../images/palette.ts';
import { textMeasure } from '../images/text-measure.ts';
import { buildHeights, unmeasuredHeights } from '../server/embed-sizes.ts';
import { SOURCES, withoutFigureSpans } from './chart-test-kit.ts';
import { figureBarRows } from './common/figure-parts.ts';
import { defineFigureGroup } from './common/figure-group.ts';
import { prepareFrame } from './prepare-frame.ts';

// Step 1 of the recipe: the folder's definition.ts.
const throwaway = defineFigureGroup({
	id: 'throwaway-networks',
	title: { zh: '路网与管线', en: 'Roads and pipelines' },
	subtitle: { zh: '两项长度，同一比例尺', en: 'Two lengths on one scale' },
	unit: axisUnitLabel('km'),
	figureIds: ['road-network-length', 'pipeline-length'],
	minSize: { width: 280, height: 180 },
	keyFigure: 'road-network-length',
	describe: { zh: '横向条形图，比较两项长度。', en: 'Horizontal bar chart of two lengths.' },
	body: (figures, locale) => ({ parts: [figureBarRows(figures, 'km', locale)], gap: 4, fill: 'grow' })
});

const drawnIds = (html: string) => [...html.matchAll(/data-drawn="([^"]+)"/g)].map(([, id]) => id);

describe('a new chart of an existing shape (README, “Adding a chart”)', () => {
	afterEach(() => vi.restoreAllMocks());

	it('shows in its frame on the page, with its marks, title, unit, table and sentences', () => {
		const frame = prepareFrame(throwaway, SOURCES, 'zh');
		const html = withoutFigureSpans(render(ChartFrame, { props: { frame } }).body);
		expect(html).toContain('data-chart-id="throwaway-networks"');
		expect(html).toContain('路网与管线');
		expect(html).toContain('单位：公里');
		expect(drawnIds(html)).toEqual(['road-network-length', 'pipeline-length']);
		expect(html.match(/<tr[ >]/g)).toHaveLength(3);
		expect(html).toContain('各类管线总长超300公里');
	});

	it('shows alone in an embed, with its credit and CSV link', () => {
		const frame = prepareFrame(throwaway, SOURCES, 'en');
		const html = render(EmbedPage, {
			props: {
				frame,
				mapHost: { geodataUrl: '../data/langfang-districts.geojson', styleUrl: '' },
				dashboardHref: '../../en/#chart-throwaway-networks',
				csvHref: 'data.csv'
			}
		}).body;
		expect(html).toContain('data-embed="throwaway-networks"');
		expect(html).toMatch(/<h1[^>]*>Roads and pipelines(<!---->)?<\/h1>/);
		expect(drawnIds(html)).toEqual(['road-network-length', 'pipeline-length']);
		expect(html).toContain('href="data.csv"');
	});

	it('is drawn as an image with the same marks and words', () => {
		const image = chartImage(throwaway, SOURCES, 'en', 'dark', textMeasure('en'), palette('dark'));
		expect(image.marks.map((mark) => mark.id)).toEqual(['road-network-length', 'pipeline-length']);
		expect(image.svg).toContain('Roads and pipelines');
		expect(image.svg).toContain('over 300 km');
	});

	it('reserves its minimum height in embed code until `npm run embed-heights` measures it, and the build says so', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const heights = buildHeights(throwaway);
		expect(Object.values(heights.zh)).toEqual(Object.values(heights.zh).map(() => 180));
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('"throwaway-networks" is not measured yet'));
		expect(unmeasuredHeights([throwaway])).toEqual({ 'throwaway-networks': 180 });
	});
});
