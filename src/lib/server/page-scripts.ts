/**
 * A Vite plugin that builds the pages' own scripts: the small scripts that enhance prerendered
 * pages which SvelteKit does not hydrate (csr = false: the dashboard, the embeds), and the WebGL
 * map island they load on demand. One nested Vite build makes them (self-contained ES modules,
 * content-hashed, under _app/immutable/scripts/); pages get their URLs from `virtual:page-scripts`.
 * In `vite dev` the URLs point at the sources, which Vite serves as they are.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { CompileOptions } from 'svelte/compiler';

/** Each page script and its source. */
export const PAGE_SCRIPT_ENTRIES = {
	dashboard: 'src/lib/enhance/entries/dashboard.ts',
	embed: 'src/lib/enhance/entries/embed.ts'
} as const;

export type PageScriptName = keyof typeof PAGE_SCRIPT_ENTRIES;

/** Where the built files go, inside the site. */
export const PAGE_SCRIPTS_DIR = '_app/immutable/scripts';

/**
 * The host snippet for news pages: a classic script with a stable name at the site root (hosts
 * paste its address once), so not content-hashed and not under _app/immutable.
 */
export const HOST_SCRIPT = { source: 'src/lib/enhance/entries/host.ts', path: 'embed.js' } as const;

const VIRTUAL_ID = 'virtual:page-scripts';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

interface BuiltScripts {
	/** Each entry's file, relative to the site root. */
	urls: Record<PageScriptName, string>;
	/** Files and where they go, relative to the site root. */
	files: { path: string; source: string | Uint8Array }[];
}

async function buildHostScript(root: string): Promise<BuiltScripts['files'][number]> {
	const result = (await build({
		configFile: false,
		root,
		logLevel: 'warn',
		publicDir: false,
		build: {
			write: false,
			target: 'es2020',
			reportCompressedSize: false,
			rollupOptions: {
				input: path.join(root, HOST_SCRIPT.source),
				output: { format: 'iife', entryFileNames: 'host.js' }
			}
		}
	})) as Rollup.RollupOutput;
	const chunk = result.output.find((item) => item.type === 'chunk');
	if (!chunk) throw new Error('page scripts: the build made no host script');
	return { path: HOST_SCRIPT.path, source: chunk.code };
}

async function buildPageScripts(root: string, compilerOptions: CompileOptions): Promise<BuiltScripts> {
	const result = await build({
		configFile: false,
		root,
		logLevel: 'warn',
		// Chunks find their neighbours (MapLibre's worker, its CSS) next to themselves.
		base: './',
		publicDir: false,
		// A component a page script mounts (the WebGL map) brings its own styles: no stylesheet to fetch.
		plugins: [svelte({ configFile: false, compilerOptions: { ...compilerOptions, css: 'injected' } })],
		build: {
			write: false,
			assetsDir: '',
			modulePreload: false,
			target: 'es2022',
			reportCompressedSize: false,
			rollupOptions: {
				input: Object.fromEntries(
					Object.entries(PAGE_SCRIPT_ENTRIES).map(([name, file]) => [name, path.join(root, file)])
				),
				output: {
					format: 'es',
					entryFileNames: '[name].[hash].js',
					chunkFileNames: '[name].[hash].js',
					assetFileNames: '[name].[hash][extname]'
				}
			}
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
	const items = outputs.flatMap((output) => output.output);
	const urls = Object.fromEntries(
		Object.keys(PAGE_SCRIPT_ENTRIES).map((name) => {
			const entry = items.find((item) => item.type === 'chunk' && item.isEntry && item.name === name);
			if (!entry) throw new Error(`page scripts: the build made no file for "${name}"`);
			return [name, `${PAGE_SCRIPTS_DIR}/${entry.fileName}`];
		})
	) as BuiltScripts['urls'];
	const files = items.map((item) => ({
		path: `${PAGE_SCRIPTS_DIR}/${item.fileName}`,
		source: item.type === 'chunk' ? item.code : item.source
	}));
	return { urls, files: [...files, await buildHostScript(root)] };
}

// SvelteKit builds the server and the client in two Vite runs, each loading the config afresh:
// both must get the same files from one nested build.
const CACHE = Symbol.for('langfang-dashboard.page-scripts');
function builtOnce(root: string, compilerOptions: CompileOptions): Promise<BuiltScripts> {
	const cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as Map<
		string,
		Promise<BuiltScripts>
	>;
	if (!cache.has(root)) cache.set(root, buildPageScripts(root, compilerOptions));
	return cache.get(root)!;
}

/**
 * `kitOutDir` is SvelteKit's output folder (svelte.config.js `kit.outDir`): when no page hydrates,
 * SvelteKit makes no client build at all, and the files go straight into its client output.
 */
export function pageScripts({
	kitOutDir,
	compilerOptions
}: {
	kitOutDir: string;
	/** svelte.config.js's, so islands name their scoped classes as the pages do. */
	compilerOptions: CompileOptions;
}): Plugin {
	let root = process.cwd();
	let serving = false;
	return {
		name: 'langfang-page-scripts',
		config() {
			// The page scripts are no routes: let `vite dev` find what they import (MapLibre …) when
			// it starts, not on a reader's first visit (which would make it reload the page).
			return { optimizeDeps: { entries: Object.values(PAGE_SCRIPT_ENTRIES) } };
		},
		configResolved(config) {
			root = config.root;
			serving = config.command === 'serve';
		},
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
		},
		async load(id) {
			if (id !== RESOLVED_ID) return undefined;
			const urls = serving ? PAGE_SCRIPT_ENTRIES : (await builtOnce(root, compilerOptions)).urls;
			return `export const PAGE_SCRIPTS = ${JSON.stringify(urls)};`;
		},
		async generateBundle() {
			if (serving || this.environment.name !== 'client') return;
			for (const file of (await builtOnce(root, compilerOptions)).files) {
				this.emitFile({ type: 'asset', fileName: file.path, source: file.source });
			}
		},
		async writeBundle() {
			if (serving || this.environment.name !== 'ssr') return;
			const client = path.join(root, kitOutDir, 'output/client');
			for (const file of (await builtOnce(root, compilerOptions)).files) {
				await fs.mkdir(path.dirname(path.join(client, file.path)), { recursive: true });
				await fs.writeFile(path.join(client, file.path), file.source);
			}
		}
	};
}
