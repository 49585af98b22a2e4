// Every page is prerendered to static HTML; `always` gives /en/index.html, which every static host serves.
export const prerender = true;
export const trailingSlash = 'always';
// Pages are complete as HTML and are not hydrated: what JavaScript adds comes from each page's own
// small script (src/lib/server/page-scripts.ts), not from SvelteKit's client. A page that is an
// application (the wall) turns this back on.
export const csr = false;
