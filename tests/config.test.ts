import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import config from '../svelte.config.js';
import { nodeVersionProblem } from '../scripts/lib/node-version.js';
import { checkMapStyleUrl } from '../src/lib/map/map-style-url.ts';
import { checkSiteUrl } from '../src/lib/site-url.ts';

describe('svelte.config.js', () => {
	it('is the SvelteKit config: the static adapter, runes, relative paths, strict prerendering', () => {
		expect(config.kit?.adapter?.name).toBe('@sveltejs/adapter-static');
		expect(config.compilerOptions?.runes).toBe(true);
		expect(config.kit?.paths?.relative).toBe(true);
		expect(config.kit?.prerender).toMatchObject({ handleHttpError: 'fail', handleMissingId: 'fail' });
	});

	it('takes the base path of a sub-path deployment from BASE_PATH', async () => {
		vi.stubEnv('BASE_PATH', '/langfang');
		vi.resetModules();
		const { default: subPath } = await import('../svelte.config.js');
		expect(subPath.kit?.paths?.base).toBe('/langfang');
		vi.unstubAllEnvs();
	});
});

describe('PUBLIC_MAP_STYLE_URL', () => {
	it('accepts nothing (offline) or an http(s) URL', () => {
		expect(checkMapStyleUrl(undefined)).toBe('');
		expect(checkMapStyleUrl('')).toBe('');
		expect(checkMapStyleUrl('https://tiles.example.org/style.json')).toBe(
			'https://tiles.example.org/style.json'
		);
	});

	// Starts Vite in a child process: seconds on a busy machine.
	it('stops the build in one line on anything else', { timeout: 60_000 }, () => {
		const run = spawnSync('npx', ['vite', 'build'], {
			env: { ...process.env, PUBLIC_MAP_STYLE_URL: 'javascript:alert(1)', BUILD_DIR: 'build-never' },
			encoding: 'utf8'
		});
		expect(run.status).toBe(1);
		expect(run.stderr.trim()).toBe('PUBLIC_MAP_STYLE_URL must be an http(s) URL, got "javascript:alert(1)"');
	});
});

describe('the scripts on an old Node', () => {
	it('say in one line which Node they need and which command brings it', () => {
		expect(nodeVersionProblem('20.20.2', 'npm run repair')).toBe(
			"Node 20.20.2 cannot run this script (it needs Node >= 22.18); run `npm run repair`, which uses the project's own Node 22 (installed by npm install)."
		);
		expect(nodeVersionProblem('22.17.1', 'npm run repair')).toMatch(/^Node 22\.17\.1 cannot/);
		expect(nodeVersionProblem('22.18.0', 'npm run repair')).toBeNull();
		expect(nodeVersionProblem('26.10.0', 'npm run repair')).toBeNull();
	});
});

describe('the project’s own Node', () => {
	const pinned = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.node as string;

	// npm puts node_modules/.bin first on PATH for every script: `node` there is the pinned one.
	it.runIf(process.env.npm_lifecycle_event)('runs every npm script, whatever Node started npm', () => {
		expect(process.versions.node).toBe(pinned);
	});

	it('is pinned exactly, and engines let npm install it on any Node from 20 on', () => {
		const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
		expect(pinned).toMatch(/^22\.\d+\.\d+$/);
		expect(manifest.engines.node).toBe('>=20');
		expect(readFileSync('.npmrc', 'utf8')).toMatch(/^engine-strict=false$/m);
	});
});

describe('PUBLIC_SITE_URL', () => {
	it('is an http(s) URL without a trailing slash, ending in the base path', () => {
		expect(checkSiteUrl(undefined)).toBe('');
		expect(checkSiteUrl('https://example.org/')).toBe('https://example.org');
		expect(checkSiteUrl('https://example.org/langfang/', '/langfang')).toBe('https://example.org/langfang');
		expect(() => checkSiteUrl('ftp://example.org')).toThrow(/PUBLIC_SITE_URL must be an http\(s\) URL/);
		expect(() => checkSiteUrl('example.org')).toThrow(/absolute/);
		expect(() => checkSiteUrl('https://example.org/', '/langfang')).toThrow(/BASE_PATH=\/langfang/);
	});
});

describe('the favicon', () => {
	it('is static/favicon.svg drawn at 48 px (npm run favicon redraws it)', async () => {
		const { drawFavicon } = await import('../scripts/lib/favicon.ts');
		expect(
			drawFavicon(readFileSync('static/favicon.svg', 'utf8')).equals(readFileSync('static/favicon.png'))
		).toBe(true);
	});
});
