/**
 * Each embed's measured height per width, in both languages, with its title and without it
 * (`title=0`): heights.json, written by `npm run embed-heights` and checked against the build by a
 * browser test. A chart not measured yet (just added) gets its minimum height at every width until
 * it is: the build says so (server/embed-sizes.ts), and the browser test fails.
 */
import type { Locale } from '../i18n/locale.ts';
import { EMBED_WIDTHS, type EmbedOptions, type HeightsByWidth } from './embed-code.ts';
import heights from './heights.json' with { type: 'json' };

/** `zh`, `en`: with the embed's title; `zh-untitled`, `en-untitled`: with `title=0`. */
export type HeightsVariant = Locale | `${Locale}-untitled`;

export type EmbedHeights = Record<string, Record<HeightsVariant, HeightsByWidth>>;

export const EMBED_HEIGHTS: EmbedHeights = heights;

/** Whether `npm run embed-heights` has measured the embed. */
export function isMeasured(id: string): boolean {
	return id in EMBED_HEIGHTS;
}

/** The embed's heights, measured, or its minimum height at every width where it is not yet. */
export function embedHeights(id: string, minHeight?: number): Record<HeightsVariant, HeightsByWidth> {
	const entry = EMBED_HEIGHTS[id];
	if (entry) return entry;
	if (minHeight === undefined)
		throw new Error(
			`${id}: no measured heights in src/lib/embed/heights.json; run \`npm run embed-heights\``
		);
	const byWidth = Object.fromEntries(EMBED_WIDTHS.map((width) => [width, minHeight]));
	return { zh: byWidth, en: byWidth, 'zh-untitled': byWidth, 'en-untitled': byWidth };
}

/** The heights for the embed code's options (the theme does not change them). */
export function heightsFor(
	id: string,
	{ locale, title }: Pick<EmbedOptions, 'locale' | 'title'>,
	minHeight?: number
): HeightsByWidth {
	const variant: HeightsVariant = title ? locale : `${locale}-untitled`;
	return embedHeights(id, minHeight)[variant];
}
