// The SvelteKit configuration (Kit 2 reads this file; vite.config.ts keeps only Vite and Vitest settings).
import adapter from '@sveltejs/adapter-static';

// A sub-path deployment (e.g. https://example.org/langfang/) sets BASE_PATH=/langfang at build time.
const basePath = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', strict: true }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		paths: { base: basePath, relative: true },
		prerender: { entries: ['*'], handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
