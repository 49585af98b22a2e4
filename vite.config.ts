import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { dataGate } from './src/lib/server/data-gate.ts';
import { envGate } from './src/lib/server/env-gate.ts';
import { pageScripts } from './src/lib/server/page-scripts.ts';
import { previewHeaders } from './src/lib/server/preview-headers.ts';
import { tokensFile } from './src/lib/server/tokens-css.ts';
import svelteConfig from './svelte.config.js';

// SvelteKit's own options live in svelte.config.js.
export default defineConfig({
	plugins: [
		tokensFile(),
		envGate(),
		dataGate(),
		pageScripts({
			kitOutDir: svelteConfig.kit?.outDir ?? '.svelte-kit',
			compilerOptions: svelteConfig.compilerOptions ?? {}
		}),
		previewHeaders({ buildDir: process.env.BUILD_DIR ?? 'build' }),
		sveltekit()
	],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node'
	}
});
