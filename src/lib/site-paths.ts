/**
 * The site's pages in both languages, resolved against the base path (and relative, as the
 * prerendered pages are). Chinese has no language segment; English is under /en/.
 */
import { resolve } from '$app/paths';
import type { Locale } from './i18n/locale.ts';

export type SitePage = 'home' | 'figures' | 'article';

/** Where a page's links lead. */
export interface SiteLinks {
	home: string;
	article: string;
	figures: string;
	/** This page in the other language. */
	otherLanguage: string;
	json: string;
	csv: string;
}

function pagePath(locale: Locale, page: SitePage): `${string}/` {
	const prefix = locale === 'en' ? '/en' : '';
	return page === 'home' ? `${prefix}/` : `${prefix}/${page}/`;
}

export function sitePath(locale: Locale, page: SitePage): string {
	return resolve(pagePath(locale, page));
}

export function siteLinks(locale: Locale, page: SitePage): SiteLinks {
	return {
		home: sitePath(locale, 'home'),
		article: sitePath(locale, 'article'),
		figures: sitePath(locale, 'figures'),
		otherLanguage: sitePath(locale === 'zh' ? 'en' : 'zh', page),
		json: resolve('/data/facts.json'),
		csv: resolve('/data/facts.csv')
	};
}
