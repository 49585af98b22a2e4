/**
 * Where chart images live: `images/` at the site root, named for chart, language, theme and scale
 * (`timeline-zh-dark-2x.png`, `timeline-en-light.svg`), so a saved file says what it is. Pure: the
 * build, the embed index and the embed dialog's page script all name them here.
 */
import type { Locale } from '../i18n/locale.ts';

export const IMAGES_DIR = 'images';
export const IMAGE_SCALES = [1, 2] as const;
export type ImageScale = (typeof IMAGE_SCALES)[number];

export interface ImageVariant {
	id: string;
	locale: Locale;
	theme: 'light' | 'dark';
}

export function pngName({ id, locale, theme }: ImageVariant, scale: ImageScale): string {
	return `${id}-${locale}-${theme}-${scale}x.png`;
}

export function svgName({ id, locale, theme }: ImageVariant): string {
	return `${id}-${locale}-${theme}.svg`;
}

/** Its path relative to the site root. */
export function imagePath(name: string): string {
	return `${IMAGES_DIR}/${name}`;
}
