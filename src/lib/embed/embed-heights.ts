/**
 * Each embed's measured height per width, in both languages (heights.json, written by
 * `npm run embed-heights` and checked against the build by a browser test).
 */
import type { Locale } from '../i18n/locale.ts';
import type { HeightsByWidth } from './embed-code.ts';
import heights from './heights.json' with { type: 'json' };

export type EmbedHeights = Record<string, Record<Locale, HeightsByWidth>>;

export const EMBED_HEIGHTS: EmbedHeights = heights;

export function embedHeights(id: string): Record<Locale, HeightsByWidth> {
	const entry = EMBED_HEIGHTS[id];
	if (!entry)
		throw new Error(
			`${id}: no measured heights in src/lib/embed/heights.json; run \`npm run embed-heights\``
		);
	return entry;
}
