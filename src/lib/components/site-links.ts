/**
 * Where the site's pages are, relative to the page being rendered: numbers link to their sentence
 * in the article page and to their row in the figures page, in one step. Given by the route
 * through context; without it (a component rendered alone) links stay on the same page.
 */
import { getContext, setContext } from 'svelte';
import type { SiteLinks } from '../site-paths.ts';

export type { SiteLinks };

const SAME_PAGE: SiteLinks = { home: '', article: '', figures: '', otherLanguage: '', json: '', csv: '' };
const KEY = Symbol('site-links');

export function provideSiteLinks(links: SiteLinks): SiteLinks {
	return setContext(KEY, links);
}

/** The context to render a component with these links (tests, the image export). */
export function siteLinksContext(links: SiteLinks): Map<symbol, SiteLinks> {
	return new Map([[KEY, links]]);
}

export function useSiteLinks(): SiteLinks {
	return getContext<SiteLinks | undefined>(KEY) ?? SAME_PAGE;
}
