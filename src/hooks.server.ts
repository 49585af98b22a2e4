import type { Handle } from '@sveltejs/kit';
import { LANGUAGE_TAG, localeFromParam } from '#lib/i18n/locale.ts';

/** Sets <html lang> from the route's language segment (the template holds %lang%). */
export const handle: Handle = ({ event, resolve }) => {
	const lang = LANGUAGE_TAG[localeFromParam(event.params.lang)];
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
