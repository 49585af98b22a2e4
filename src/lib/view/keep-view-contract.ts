/**
 * What the site's own links and the page script that makes them carry the view along
 * (enhance/page-view.ts, keepViewInLinks) agree on: the attribute that marks such a link (the
 * language switch, the site's pages, every number's link to its sentence). Both sides import it
 * from here, so a rename is a compile error rather than links that quietly drop the reader's theme.
 */

export const KEEP_VIEW_ATTRIBUTES = {
	link: 'data-keep-view'
} as const;

/** The attribute to spread on a link that keeps the view, in markup. */
export const keepView = {
	link: () => ({ [KEEP_VIEW_ATTRIBUTES.link]: '' })
};
