// The SvelteKit configuration (Kit 2 reads this file; vite.config.ts keeps only Vite and Vitest settings).
import fs from 'node:fs';
import path from 'node:path';
import staticAdapter from '@sveltejs/adapter-static';
import { formatHeadersFile, hostHeaderRules } from './src/lib/server/host-headers.ts';
import { BOOT_SCRIPT_HASH } from './src/lib/server/boot-script.ts';

// A sub-path deployment (e.g. https://example.org/langfang/) sets BASE_PATH=/langfang at build time.
const basePath = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
const pages = process.env.BUILD_DIR ?? 'build';

/**
 * adapter-static, plus the `_headers` file static hosts read (src/lib/server/host-headers.ts).
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @returns {import('@sveltejs/kit').Adapter}
 */
function withHostHeaders(adapter) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const rules = hostHeaderRules([...builder.prerendered.pages.keys()], basePath);
			fs.writeFileSync(path.join(pages, '_headers'), formatHeadersFile(rules));
		}
	};
}

// An online basemap (PUBLIC_MAP_STYLE_URL) brings tiles, glyphs and sprites from its own hosts.
const online = process.env.PUBLIC_MAP_STYLE_URL ? /** @type {const} */ (['https:']) : [];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		runes: true,
		// Scoped classes as `s-` and Svelte's hash instead of `svelte-` and the hash: the explorer
		// page carries about 1,800 of them, and the saving is about 9 KB of HTML the phone parses.
		cssHash: ({ css, filename, hash }) => `s-${hash(filename === '(unknown)' ? css : (filename ?? css))}`
	},
	kit: {
		adapter: withHostHeaders(staticAdapter({ pages, strict: true })),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		paths: { base: basePath, relative: true },
		prerender: {
			entries: ['*'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// oEmbed files exist only where PUBLIC_SITE_URL says where the site lives; any other route
			// left unprerendered is an error.
			handleUnseenRoutes: ({ routes, message }) => {
				const oembed = (/** @type {string} */ route) => route.endsWith('/oembed.json');
				if (routes.every(oembed) && !process.env.PUBLIC_SITE_URL) return;
				throw new Error(message);
			}
		},
		// Pages carry their CSS: no request blocks the first paint.
		inlineStyleThreshold: Infinity,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// The boot script (src/lib/server/boot-script.ts) by its hash; the wall's page adds
				// Kit's own start script's. Nothing else inline runs.
				'script-src': ['self', BOOT_SCRIPT_HASH],
				// Positions are style attributes (percent layout); no script can come from them.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:', ...online],
				'connect-src': ['self', ...online],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
