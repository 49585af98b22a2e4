/**
 * Each embed's measured height per width, in both languages, with its title and without it
 * (`title=0`): heights.json, written by `npm run embed-heights` and checked against the build by a
 * browser test.
 */
import type { Locale } from '../i18n/locale.ts';
import type { EmbedOptions, HeightsByWidth } from './embed-code.ts';
import heights from './heights.json' with { type: 'json' };

/** `zh`, `en`: with the embed's title; `zh-untitled`, `en-untitled`: with `title=0`. */
export type HeightsVariant = Locale | `${Locale}-untitled`;

export type EmbedHeights = Record<string, Record<HeightsVariant, HeightsByWidth>>;

export const EMBED_HEIGHTS: EmbedHeights = heights;

export function embedHeights(id: string): Record<HeightsVariant, HeightsByWidth> {
	const entry = EMBED_HEIGHTS[id];
	if (!entry)
		throw new Error(
			`${id}: no measured heights in src/lib/embed/heights.json; run \`npm run embed-heights\``
		);
	return entry;
}

/** The heights for the embed code's options (the theme does not change them). */
export function heightsFor(
	id: string,
	{ locale, title }: Pick<EmbedOptions, 'locale' | 'title'>
): HeightsByWidth {
	const variant: HeightsVariant = title ? locale : `${locale}-untitled`;
	return embedHeights(id)[variant];
}
