import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { dataGate } from './src/lib/server/data-gate.ts';

// A sub-path deployment (e.g. https://example.org/langfang/) sets BASE_PATH=/langfang at build time.
const basePath = (process.env.BASE_PATH ?? '') as '' | `/${string}`;

export default defineConfig({
	plugins: [
		dataGate(),
		sveltekit({
			adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', strict: true }),
			outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
			paths: { base: basePath, relative: true },
			prerender: { entries: ['*'], handleHttpError: 'fail', handleMissingId: 'fail' },
			compilerOptions: { runes: true }
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node'
	}
});
