/**
 * A Vite plugin that checks the public environment the way SvelteKit will read it (process.env and
 * the .env files of the mode) before anything starts, and stops with one line on a bad value.
 */
import { loadEnv, type Plugin } from 'vite';
import { MAP_STYLE_URL_VARIABLE, checkMapStyleUrl } from '../map/map-style-url.ts';
import { SITE_URL_VARIABLE, checkSiteUrl } from '../site-url.ts';

export function envGate(): Plugin {
	return {
		name: 'langfang-env-gate',
		config(_config, { mode }) {
			const env = { ...loadEnv(mode, process.cwd(), 'PUBLIC_'), ...process.env };
			try {
				checkMapStyleUrl(env[MAP_STYLE_URL_VARIABLE]);
				checkSiteUrl(env[SITE_URL_VARIABLE], process.env.BASE_PATH ?? '');
			} catch (error) {
				console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
				process.exit(1);
			}
		}
	};
}
