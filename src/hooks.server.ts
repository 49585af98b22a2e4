import type { Handle } from '@sveltejs/kit';
import { LANGUAGE_TAG, localeFromParam } from '#lib/i18n/locale.ts';

// Svelte's hydration markers (`<!--[-->`, `<!--]-->`, `<!--[0-->`, `<!---->`…): about 1,600 comment
// nodes on the explorer page, parsed and kept in the DOM for nothing where the page never hydrates.
const HYDRATION_MARKER = /<!--(?:\[[-\d!]*|\])?-->/g;
// Kit names the stylesheets it inlined in disabled links, for its client runtime to find: a page
// with no client runtime has no use for them (18 tags on the explorer page).
const INLINED_STYLESHEET_LINK =
	/<link href="[^"]+\.css" rel="stylesheet" disabled media="\(max-width: 0\)">/g;

/**
 * Sets <html lang> from the route's language segment (the template holds %lang%), and makes the
 * big screen dark from its first paint (its URL's theme=light still wins, in app.html's script).
 * Every page but the big screen is rendered without client-side rendering (`csr = false` in the
 * root layout, `true` only on the screen): those lose the hydration markers and the links to
 * stylesheets already inlined.
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = LANGUAGE_TAG[localeFromParam(event.params.lang)];
	const screen = event.route.id?.endsWith('/screen') ?? false;
	const dark = screen ? '" data-theme="dark' : '';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang + dark);
			return screen ? page : page.replace(HYDRATION_MARKER, '').replace(INLINED_STYLESHEET_LINK, '');
		}
	});
};
