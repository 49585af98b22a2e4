import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/browser.ts';

const PORT = 4173;
const SUBPATH_PORT = 4174;
export const SUBPATH = '/langfang';

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
	use: {
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions(),
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure'
	},
	projects: [
		{ name: 'site', testIgnore: '**/subpath.e2e.ts' },
		{ name: 'subpath', testMatch: '**/subpath.e2e.ts', use: { baseURL: `http://localhost:${SUBPATH_PORT}` } }
	],
	webServer: [
		{
			// Tests always run against a fresh production build, served as a static host would.
			command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
			port: PORT,
			timeout: 180_000,
			reuseExistingServer: false
		},
		{
			// The same site built for a sub-path deployment (paths.base), in its own output folders.
			command: `npx vite build && npx vite preview --port ${SUBPATH_PORT} --strictPort`,
			env: { BASE_PATH: SUBPATH, BUILD_DIR: 'build-subpath', KIT_OUT_DIR: '.svelte-kit-subpath' },
			port: SUBPATH_PORT,
			timeout: 180_000,
			reuseExistingServer: false
		}
	]
});
