/**
 * A chart or the map as an image: the embed's frame (title, subtitle, unit, the body, notes, the
 * paragraphs it comes from, the credit line) laid out for a news article's column and written as
 * SVG, with text as text, shapes as shapes and fonts named with fallbacks. Prepared from the same
 * registry entry and frame content (prepareFrame) as the embed, drawn by the shapes' SVG renderers.
 */
import { drawChartFrame } from '../charts/frame/chart-frame.svg.ts';
import { IMAGE_PADDING, IMAGE_WIDTH } from '../charts/frame/geometry.ts';
import { Canvas, type ImageMark } from '../charts/svg/canvas.ts';
import { color, IMAGE_GROUND, type ImageContext, type TextMeasure } from '../charts/svg/context.ts';
import { element, escapeXml } from '../charts/svg/svg.ts';
import type { Locale } from '../i18n/locale.ts';
import { LANGUAGE_TAG } from '../i18n/locale.ts';
import type { ChartDefinition, ChartSources } from '../registry/definition.ts';
import { prepareFrame } from '../registry/prepare-frame.ts';
import { SVG_FONT_FAMILY } from './fonts.ts';
import type { Palette, Theme } from './palette.ts';

export { IMAGE_WIDTH };

export interface ChartImage {
	id: string;
	locale: Locale;
	theme: Theme;
	/** CSS pixels: the PNG at scale s is width·s × height·s. */
	width: number;
	height: number;
	title: string;
	svg: string;
	marks: ImageMark[];
}

/** The image of one registry entry in one language and theme. */
export function chartImage(
	entry: ChartDefinition,
	sources: ChartSources,
	locale: Locale,
	theme: Theme,
	measure: TextMeasure,
	palette: Palette
): ChartImage {
	const ctx: ImageContext = { measure, palette };
	const frame = prepareFrame(entry, sources, locale);
	const layout = drawChartFrame(ctx, frame, IMAGE_WIDTH - 2 * IMAGE_PADDING);
	const height = Math.ceil(layout.height + 2 * IMAGE_PADDING);
	const canvas = new Canvas();
	layout.draw(canvas, IMAGE_PADDING, IMAGE_PADDING);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}"` +
		` xml:lang="${LANGUAGE_TAG[locale]}" font-family="${escapeXml(SVG_FONT_FAMILY[locale])}">` +
		element('title', {}, escapeXml(frame.title)) +
		element('desc', {}, escapeXml(frame.description)) +
		element('defs', {}, canvas.definitions()) +
		element('rect', { width: IMAGE_WIDTH, height, fill: color(ctx, IMAGE_GROUND) }) +
		canvas.parts.join('') +
		'</svg>\n';
	return {
		id: entry.id,
		locale,
		theme,
		width: IMAGE_WIDTH,
		height,
		title: frame.title,
		svg,
		marks: canvas.marks
	};
}
