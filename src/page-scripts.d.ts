// The pages' own scripts (src/lib/server/page-scripts.ts): each one's URL, relative to the site root.
declare module 'virtual:page-scripts' {
	export const PAGE_SCRIPTS: Record<'dashboard' | 'embed', string>;
}
