// Every page is prerendered to static HTML; `always` gives /en/index.html, which every static host serves.
export const prerender = true;
export const trailingSlash = 'always';
