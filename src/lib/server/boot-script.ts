/**
 * The one inline script of every page, run before the first paint: the theme a shared link asks
 * for, whether an embed shows its own title, whether the page is framed, the wall's viewing
 * distance (sizes its type, and past `WALL_DISTANCE.far` leaves two columns), and that scripts run
 * (controls that need them show), each an attribute of <html> named in view/root-contract.ts.
 * Built from the wall's distance limits, so they are written once (wall-params.ts);
 * hooks.server.ts puts it into app.html at `BOOT_SCRIPT_PLACEHOLDER`, and svelte.config.js allows
 * it in the CSP by `BOOT_SCRIPT_HASH`, the only inline script it allows.
 * Read by plain Node too (svelte.config.js): relative imports with extensions, no TS-only syntax.
 */
import { createHash } from 'node:crypto';
import { ROOT_ATTRIBUTES as A } from '../view/root-contract.ts';
import { URL_NUMBER, WALL_DISTANCE } from '../wall/wall-params.ts';

export const BOOT_SCRIPT_PLACEHOLDER = '%boot-script%';

const { min, max, far } = WALL_DISTANCE;

// Written as it runs (nothing compiles it): var and function, for the oldest browser that opens a page.
export const BOOT_SCRIPT = `(function () {
	var root = document.documentElement;
	var query = new URLSearchParams(location.search);
	var theme = query.get('theme');
	root.setAttribute('${A.js}', '');
	if (theme === 'dark' || theme === 'light') root.setAttribute('${A.theme}', theme);
	if (query.get('title') === '0') root.setAttribute('${A.title}', 'off');
	if (window.parent !== window) root.setAttribute('${A.framed}', '');
	var distance = query.get('distance') || '';
	if (${URL_NUMBER}.test(distance)) {
		root.style.setProperty('--wall-distance', String(Math.min(${max}, Math.max(${min}, +distance))));
		if (+distance > ${far}) root.setAttribute('${A.wallFar}', '');
	}
})();`;

/** The CSP source that allows it (and nothing else inline). */
export const BOOT_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}`;
