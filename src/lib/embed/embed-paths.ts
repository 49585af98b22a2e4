/**
 * Where an embed lives, relative to the site root (no leading slash): `embed/<id>/` in Chinese,
 * `en/embed/<id>/` in English, with its CSV and oEmbed files beside it.
 */
import type { Locale } from '../i18n/locale.ts';

export function embedPath(locale: Locale, id: string): string {
	return `${locale === 'en' ? 'en/' : ''}embed/${id}/`;
}

export const EMBED_CSV = 'data.csv';
export const EMBED_OEMBED = 'oembed.json';
/** Our host snippet, at a stable address (hosts keep pasting it). */
export const HOST_SCRIPT_PATH = 'embed.js';
/** Every embed with its titles, URLs and heights. */
export const EMBED_INDEX_PATH = 'embed/index.json';
