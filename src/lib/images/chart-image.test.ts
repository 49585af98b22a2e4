import { Resvg } from '@resvg/resvg-js';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ChartBody from '../charts/frame/ChartBody.html.svelte';
import { SHAPE_HTML } from '../charts/shapes/html.ts';
import { SHAPE_SVG } from '../charts/shapes/svg.ts';
import { LOCALES } from '../i18n/locale.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { REGISTRY } from '../registry/index.ts';
import { SOURCES, withoutFigureSpans } from '../registry/chart-test-kit.ts';
import { prepareFrame } from '../registry/prepare-frame.ts';
import { chartImageOf, chartImages, imageFileContent, socialImage } from '../server/chart-images.ts';
import {
	linesThroughText,
	overlappingText,
	markProblems,
	svgParagraphs,
	textBoxes
} from '../../../tests/image-checks.ts';
import { IMAGE_WIDTH } from './chart-image.ts';
import { IMAGE_GROUND } from '../charts/svg/context.ts';
import { THEMES, palette, resolveColor } from './palette.ts';
import { textMeasure } from './text-measure.ts';

const variants = REGISTRY.flatMap((entry) =>
	LOCALES.flatMap((locale) => THEMES.map((theme) => ({ id: entry.id, locale, theme })))
);
const name = (v: (typeof variants)[number]) => `${v.id} ${v.locale} ${v.theme}`;

describe('chart images', () => {
	it('draw every shape the page draws, and every entry of the registry in both languages and themes', () => {
		expect(Object.keys(SHAPE_SVG).sort()).toEqual(Object.keys(SHAPE_HTML).sort());
		expect(chartImages().size).toBe(REGISTRY.length * 4);
		// The first to ask draws all 44 images and reads the fonts: seconds on a loaded machine.
	}, 60_000);

	it.each(variants.map((v) => [name(v), v] as const))(
		'%s: an SVG of text, shapes and named fonts, 600 px wide, holding its values as text',
		(_, variant) => {
			const image = chartImageOf(variant);
			expect(() => new Resvg(image.svg, { font: { loadSystemFonts: false } })).not.toThrow();
			expect(image.svg).not.toMatch(/foreignObject|<image\b|@font-face/);
			expect(image.svg).toMatch(/font-family="'Noto Sans[^"]*sans-serif"/);
			expect(image.width).toBe(IMAGE_WIDTH);
			expect(image.marks.length).toBeGreaterThan(0);
			for (const mark of image.marks) {
				expect(mark.x).toBeGreaterThanOrEqual(0);
				expect(mark.x + mark.width).toBeLessThanOrEqual(IMAGE_WIDTH);
				expect(mark.y + mark.height).toBeLessThanOrEqual(image.height);
			}
			// Compared without spaces: a line may break at a space or after a hyphen.
			const squash = (text: string) => text.replace(/\s+/g, '');
			const text = squash(svgParagraphs(image.svg, '').join('\n'));
			const frame = prepareFrame(
				REGISTRY.find((e) => e.id === variant.id)!,
				SOURCES,
				variant.locale
			);
			expect(text).toContain(squash(frame.title));
			for (const note of frame.notes) expect(text).toContain(squash(note));
			// Every value the page's body shows (its rows', tiles' and legends' values, the dates), as the
			// server renders it for the embed; not its tooltips, which show on hover only.
			const html = withoutFigureSpans(
				render(ChartBody, {
					props: { body: frame.body, chartId: frame.id, label: frame.title, instructions: '' }
				}).body
			).replace(/<div[^>]*role="tooltip"[^>]*>[\s\S]*?<\/div>/g, '');
			const values = [
				...html.matchAll(
					/<(?:span|strong) class="(?:value|when)\b[^"]*"[^>]*>(?:<span class="on-ground">)?([^<]+)</g
				),
				...html.matchAll(/<strong>([^<]+)<\/strong>/g)
			].map(([, value]) => value!.replaceAll('&amp;', '&'));
			expect(values.length).toBeGreaterThan(0);
			for (const value of values) expect(text).toContain(squash(value));
			expect(text).toContain(squash(`${MESSAGES[variant.locale].embedCreditData}`));
		}
	);

	it.each(variants.map((v) => [name(v), v] as const))(
		'%s: no line of text overlaps another, has a gridline through it, or leaves the image',
		(_, variant) => {
			const image = chartImageOf(variant);
			const boxes = textBoxes(image.svg, textMeasure(variant.locale));
			expect(overlappingText(boxes)).toEqual([]);
			// Nor does an axis's gridline run through words: they sit on the ground's halo.
			expect(linesThroughText(image.svg, boxes, resolveColor(palette(variant.theme), IMAGE_GROUND))).toEqual(
				[]
			);
			for (const box of boxes) {
				expect(box.left, box.text).toBeGreaterThanOrEqual(0);
				expect(box.right, box.text).toBeLessThanOrEqual(IMAGE_WIDTH);
			}
		}
	);

	it('draw PNGs whose pixels show the marks where the layout put them, at 1× and 2×', async () => {
		const variant = { id: 'investment-by-project', locale: 'zh', theme: 'dark' } as const;
		const image = chartImageOf(variant);
		for (const scale of [1, 2] as const) {
			const png = Buffer.from(await imageFileContent(`investment-by-project-zh-dark-${scale}x.png`));
			expect(png.readUInt32BE(16)).toBe(IMAGE_WIDTH * scale);
			expect(png.readUInt32BE(20)).toBe(image.height * scale);
			expect(markProblems(png, image.marks, scale, '#101318')).toEqual([]);
		}
		// The check fails where a mark is not drawn: the light image's marks are not where the dark image's are coloured.
		const light = chartImageOf({ ...variant, theme: 'light' });
		const png = Buffer.from(await imageFileContent('investment-by-project-zh-dark-1x.png'));
		expect(markProblems(png, light.marks, 1, '#101318')).not.toEqual([]);
	});

	it('give every page a 1200 px wide link preview in its language', () => {
		expect(socialImage('timeline', 'en')).toEqual({
			path: 'images/timeline-en-light-2x.png',
			width: 1200,
			height: chartImageOf({ id: 'timeline', locale: 'en', theme: 'light' }).height * 2,
			alt: 'Timeline'
		});
	});
});
