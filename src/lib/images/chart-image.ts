/**
 * A chart or the map as an image: the embed's frame (title, subtitle, unit, the chart, notes, the
 * paragraphs it comes from, the credit line) laid out for a 600px column and written as SVG, with
 * text as text, shapes as shapes and fonts named with fallbacks. Prepared from the same registry
 * entry, frame content (prepareFrame) and map view (prepareMap) as the embed.
 */
import type { Dataset } from '../dataset/schema.ts';
import type { Locale } from '../i18n/locale.ts';
import { LANGUAGE_TAG } from '../i18n/locale.ts';
import { prepareFrame } from '../charts/prepare.ts';
import type { RegistryEntry } from '../charts/registry.ts';
import type { DistrictCollection } from '../map/geodata.ts';
import { prepareMap } from '../map/map-view.ts';
import { chartBody } from './chart-bodies.ts';
import { SVG_FONT_FAMILY } from './fonts.ts';
import {
	Canvas,
	SPACE,
	TEXT,
	bulletList,
	color,
	imageContext,
	stack,
	textBlock,
	type Block,
	type ImageContext,
	type ImageMark
} from './layout.ts';
import { mapBody } from './map-image.ts';
import type { Palette, Theme } from './palette.ts';
import { element, escapeXml } from './svg.ts';
import type { TextMeasure } from './text.ts';

/** The column an image is laid out for, in CSS pixels: a news article's. Scale 2 makes it 1200 px. */
export const IMAGE_WIDTH = 600;
const PADDING = 20;

export interface ImageSources {
	dataset: Dataset;
	districts: DistrictCollection;
}

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

interface FrameParts {
	title: string;
	subtitle: string;
	unit: string | null;
	description: string;
	body: Block;
	notes: string[];
	sources: string | null;
}

function frame(ctx: ImageContext, id: string, parts: FrameParts): ChartImage {
	const width = IMAGE_WIDTH - 2 * PADDING;
	const m = ctx.messages;
	const muted = { size: TEXT.xs, color: 'color-text-muted' } as const;
	const layout = stack(
		[
			stack(
				[
					textBlock(ctx, parts.title, width, { size: TEXT.lg, weight: 700, leading: 1.3 }),
					stack(
						[
							textBlock(ctx, parts.subtitle, width, { size: TEXT.sm, color: 'color-text-muted' }),
							textBlock(ctx, parts.unit ? m.unitLine(parts.unit) : '', width, muted)
						],
						SPACE[1]
					)
				],
				SPACE[1]
			),
			parts.body,
			stack(
				[
					bulletList(ctx, parts.notes, width, muted),
					textBlock(ctx, parts.sources ?? '', width, muted),
					textBlock(ctx, `${m.embedCreditData} · ${m.embedCreditSource}`, width, muted)
				],
				SPACE[2]
			)
		],
		SPACE[4]
	);
	const height = Math.ceil(layout.height + 2 * PADDING);
	const canvas = new Canvas();
	layout.draw(canvas, PADDING, PADDING);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}"` +
		` xml:lang="${LANGUAGE_TAG[ctx.locale]}" font-family="${escapeXml(SVG_FONT_FAMILY[ctx.locale])}">` +
		element('title', {}, escapeXml(parts.title)) +
		element('desc', {}, escapeXml(parts.description)) +
		element('defs', {}, canvas.definitions()) +
		element('rect', { width: IMAGE_WIDTH, height, fill: color(ctx, 'color-bg') }) +
		canvas.parts.join('') +
		'</svg>\n';
	return {
		id,
		locale: ctx.locale,
		theme: ctx.theme,
		width: IMAGE_WIDTH,
		height,
		title: parts.title,
		svg,
		marks: canvas.marks
	};
}

/** The image of one registry entry in one language and theme. */
export function chartImage(
	entry: RegistryEntry,
	sources: ImageSources,
	locale: Locale,
	theme: Theme,
	measure: TextMeasure,
	palette: Palette
): ChartImage {
	const ctx = imageContext(locale, theme, measure, palette);
	const width = IMAGE_WIDTH - 2 * PADDING;
	if (entry.kind === 'map') {
		return frame(ctx, entry.id, {
			title: entry.title[locale],
			subtitle: entry.subtitle[locale],
			unit: null,
			description: entry.subtitle[locale],
			body: mapBody(ctx, prepareMap(sources.dataset, sources.districts), width),
			notes: [],
			sources: null
		});
	}
	const body = chartBody(entry.id);
	const content = prepareFrame(entry, sources.dataset, locale);
	return frame(ctx, entry.id, {
		title: content.title,
		subtitle: content.subtitle,
		unit: content.unit,
		description: content.description,
		body: body(ctx, content, width),
		notes: content.notes,
		sources: `${ctx.messages.source}${ctx.messages.colon}${ctx.messages.paragraphs(content.sources.map((s) => s.paragraph))}`
	});
}
