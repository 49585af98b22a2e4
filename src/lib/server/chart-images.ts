/**
 * Every chart image of the site, made once per process: the SVGs laid out from the dataset, the
 * PNGs drawn from them (resvg works off the main thread, so a build draws them all at once), so the
 * prerendered image files, the embed index's sizes and the pages' Open Graph tags agree.
 */
import { REGISTRY, registryEntry } from '../registry/index.ts';
import { chartImage, type ChartImage } from '../images/chart-image.ts';
import { imageFiles, imageVariants } from '../images/image-files.ts';
import { imagePath, pngName, type ImageVariant } from '../images/image-names.ts';
import { palette } from '../images/palette.ts';
import { renderPng, subsetFontFiles } from '../images/png.ts';
import { textMeasure } from '../images/text-measure.ts';
import { LOCALES, type Locale } from '../i18n/locale.ts';
import { readDistricts } from '../map/geodata-files.ts';
import { PROJECT_ROOT, loadDataset } from './load-dataset.ts';

function variantKey({ id, locale, theme }: ImageVariant): string {
	return `${id}/${locale}/${theme}`;
}

let drawings: Map<string, ChartImage> | undefined;

/** Every entry's SVG drawing in every language and theme. */
export function chartImages(): Map<string, ChartImage> {
	if (!drawings) {
		const sources = { dataset: loadDataset(), districts: readDistricts(PROJECT_ROOT) };
		const measures = Object.fromEntries(LOCALES.map((locale) => [locale, textMeasure(locale)]));
		drawings = new Map(
			imageVariants().map((variant) => {
				const entry = registryEntry(variant.id)!;
				const colors = palette(variant.theme);
				const image = chartImage(
					entry,
					sources,
					variant.locale,
					variant.theme,
					measures[variant.locale]!,
					colors
				);
				return [variantKey(variant), image];
			})
		);
	}
	return drawings;
}

export function chartImageOf(variant: ImageVariant): ChartImage {
	const image = chartImages().get(variantKey(variant));
	if (!image)
		throw new Error(
			`chart images: no image of "${variant.id}" (ids: ${REGISTRY.map((e) => e.id).join(', ')})`
		);
	return image;
}

let fonts: Promise<string[]> | undefined;

/** The bundled fonts cut down to what the images draw (see png.ts). */
function fontFiles(): Promise<string[]> {
	fonts ??= subsetFontFiles([...chartImages().values()].map((image) => image.svg));
	return fonts;
}

const contents = new Map<string, Promise<Uint8Array>>();

/** One image file's bytes, by name, drawn once per process. */
export function imageFileContent(name: string): Promise<Uint8Array> {
	if (!contents.has(name)) {
		const file = imageFiles().find((f) => f.name === name);
		if (!file) throw new Error(`chart images: no image file "${name}"`);
		const { svg } = chartImageOf(file);
		contents.set(
			name,
			file.format === 'svg'
				? Promise.resolve(new TextEncoder().encode(svg))
				: fontFiles().then((fonts) => renderPng(svg, file.scale!, fonts))
		);
	}
	return contents.get(name)!;
}

/** Every image file's bytes, by name: all drawn at once, as many at a time as resvg's threads allow. */
export async function allImageFileContents(): Promise<Map<string, Uint8Array>> {
	const names = imageFiles().map((f) => f.name);
	const bytes = await Promise.all(names.map(imageFileContent));
	return new Map(names.map((name, i) => [name, bytes[i]!]));
}

export interface SocialImage {
	/** Relative to the site root. */
	path: string;
	width: number;
	height: number;
	alt: string;
}

/** The image a page shows in link previews: a chart at 2× (1200 px wide), light, in the page's language. */
export function socialImage(id: string, locale: Locale): SocialImage {
	const variant = { id, locale, theme: 'light' } as const;
	const image = chartImageOf(variant);
	return {
		path: imagePath(pngName(variant, 2)),
		width: image.width * 2,
		height: image.height * 2,
		alt: image.title
	};
}
