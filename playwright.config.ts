import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumLaunchOptions } from './tests/browser.ts';

// E2E_PORT_BASE moves all three servers, so two checkouts can run their tests side by side.
const PORT = Number(process.env.E2E_PORT_BASE ?? 4173);
const SUBPATH_PORT = PORT + 1;
const DEV_PORT = PORT + 2;
export const SUBPATH = '/langfang';
/** Never reachable: tests answer it with page.route, or let it fail. */
export const ONLINE_STYLE_URL = 'https://basemap.example.invalid/style.json';

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
		{ name: 'site', testIgnore: ['**/subpath.e2e.ts', '**/map-no-webgl.e2e.ts', '**/dev.e2e.ts'] },
		{
			// Chromium without WebGL: the map must fall back to SVG.
			name: 'no-webgl',
			testMatch: '**/map-no-webgl.e2e.ts',
			use: { launchOptions: { ...chromiumLaunchOptions(), args: [...CHROMIUM_ARGS, '--disable-3d-apis'] } }
		},
		{ name: 'subpath', testMatch: '**/subpath.e2e.ts', use: { baseURL: `http://localhost:${SUBPATH_PORT}` } },
		{ name: 'dev', testMatch: '**/dev.e2e.ts', use: { baseURL: `http://localhost:${DEV_PORT}` } }
	],
	webServer: [
		{
			// Tests always run against a fresh production build, served as a static host would.
			command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
			// Where this build is served: embeds get their oEmbed files and absolute URLs.
			env: { PUBLIC_SITE_URL: `http://localhost:${PORT}` },
			port: PORT,
			// A build that has to compress its images afresh takes longer (README, Images).
			timeout: 300_000,
			reuseExistingServer: false
		},
		{
			// The same site built for a sub-path deployment (paths.base), in its own output folders, with
			// an online basemap configured (the tests answer or refuse its requests).
			command: `npx vite build && npx vite preview --port ${SUBPATH_PORT} --strictPort`,
			env: {
				BASE_PATH: SUBPATH,
				BUILD_DIR: 'build-subpath',
				KIT_OUT_DIR: '.svelte-kit-subpath',
				PUBLIC_MAP_STYLE_URL: ONLINE_STYLE_URL
			},
			port: SUBPATH_PORT,
			timeout: 300_000,
			reuseExistingServer: false
		},
		{
			// `npm run dev`, as the README's quick start runs it.
			command: `npx vite dev --port ${DEV_PORT} --strictPort`,
			port: DEV_PORT,
			timeout: 120_000,
			reuseExistingServer: false
		}
	]
});
