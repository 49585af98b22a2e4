import type { Handle } from '@sveltejs/kit';
import { LANGUAGE_TAG, localeFromParam } from '#lib/i18n/locale.ts';
import { BOOT_SCRIPT, BOOT_SCRIPT_PLACEHOLDER } from '#lib/server/boot-script.ts';
import { ROOT_ATTRIBUTES } from '#lib/view/root-contract.ts';
import { WALL_DISTANCE } from '#lib/wall/wall-params.ts';
import { trimInlinedStyles } from '#lib/server/unused-css.ts';

// Svelte's hydration markers (`<!--[-->`, `<!--]-->`, `<!--[0-->`, `<!---->`…): about 1,600 comment
// nodes on the explorer page, parsed and kept in the DOM for nothing where the page never hydrates.
// `{@html}` leaves a hash of its content (`<!--1ytxg5i-->`, text/WholeFigures).
const HYDRATION_MARKER = /<!--(?:\[[-\d!]*|\]|[a-z0-9]{1,10})?-->/g;
// Kit names the stylesheets it inlined in disabled links, for its client runtime to find: a page
// with no client runtime has no use for them (18 tags on the explorer page).
const INLINED_STYLESHEET_LINK =
	/<link href="[^"]+\.css" rel="stylesheet" disabled media="\(max-width: 0\)">/g;

// Positions are percentages as the scales compute them (`15.966386554621849%`): three decimals are
// a thousandth of a percent, under a hundredth of a pixel on a 4K chart (and 3 KB less to parse).
const STYLE_ATTRIBUTE = / style="([^"]*)"/g;
const LONG_DECIMAL = /\d+\.\d{4,}/g;
const roundStyleNumbers = (html: string) =>
	html.replace(
		STYLE_ATTRIBUTE,
		(_, style: string) => ` style="${style.replace(LONG_DECIMAL, (n) => String(+(+n).toFixed(3)))}"`
	);

const BOOT_SCRIPT_TAG = `<script>${BOOT_SCRIPT}</script>`;
// Closes lang's quotes and opens its own: the template writes lang="%lang%".
const WALL_ROOT = `" ${ROOT_ATTRIBUTES.theme}="dark" style="--wall-distance: ${WALL_DISTANCE.default}`;

/**
 * Puts the boot script (src/lib/server/boot-script.ts) into the template, sets <html lang> from
 * the route's language segment (the template holds %lang%), and makes the wall dark and sizes its
 * type for the default distance from its first paint (the boot script then applies the URL's
 * theme= and distance=).
 * Every page but the wall is rendered without client-side rendering (`csr = false` in the root
 * layout, `true` only on the wall): those lose the hydration markers and the links to
 * stylesheets already inlined, and their style attributes' long decimals.
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = LANGUAGE_TAG[localeFromParam(event.params.lang)];
	// The wall's route (its URL is /screen/).
	const wall = event.route.id?.endsWith('/screen') ?? false;
	// An embed shows one chart but its route can render any: it carries only the styles it uses.
	const embed = event.route.id?.includes('/embed/') ?? false;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html
				.replace('%lang%', wall ? lang + WALL_ROOT : lang)
				.replace(BOOT_SCRIPT_PLACEHOLDER, () => BOOT_SCRIPT_TAG);
			if (wall) return page;
			const lean = roundStyleNumbers(page.replace(HYDRATION_MARKER, '').replace(INLINED_STYLESHEET_LINK, ''));
			return embed ? trimInlinedStyles(lean) : lean;
		}
	});
};
