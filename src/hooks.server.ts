import type { Handle } from '@sveltejs/kit';
import { LANGUAGE_TAG, localeFromParam } from '#lib/i18n/locale.ts';

/**
 * Sets <html lang> from the route's language segment (the template holds %lang%), and makes the
 * big screen dark from its first paint (its URL's theme=light still wins, in app.html's script).
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = LANGUAGE_TAG[localeFromParam(event.params.lang)];
	const dark = event.route.id?.endsWith('/screen') ? '" data-theme="dark' : '';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang + dark) });
};
