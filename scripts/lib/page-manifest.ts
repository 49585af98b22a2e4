/**
 * What a prerendered page loads before anyone touches it, read from the build: the HTML, the
 * stylesheets it links, and the JavaScript it preloads or imports, followed through every static
 * `import` of every chunk. Dynamic `import()` inside chunks is lazy (MapLibre, charts below the
 * fold) and is listed apart. Deterministic: the byte budgets in the tests are built on it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type AssetKind = 'html' | 'css' | 'js' | 'data' | 'font' | 'image' | 'other';

export interface ManifestEntry {
	/** Path inside the build folder, with forward slashes. */
	file: string;
	kind: AssetKind;
	bytes: number;
	gzipBytes: number;
}

export interface PageManifest {
	page: string;
	eager: ManifestEntry[];
	/** Chunks only reachable through a dynamic import(): loaded when needed, not before. */
	lazy: ManifestEntry[];
}

const KIND_BY_EXTENSION: Record<string, AssetKind> = {
	'.html': 'html',
	'.css': 'css',
	'.js': 'js',
	'.mjs': 'js',
	'.json': 'data',
	'.csv': 'data',
	'.woff2': 'font',
	'.woff': 'font',
	'.png': 'image',
	'.svg': 'image'
};

export function kindOf(file: string): AssetKind {
	return KIND_BY_EXTENSION[path.extname(file).toLowerCase()] ?? 'other';
}

/** gzip at level 9, as static hosts and CDNs serve text. */
export function gzipSize(contents: Buffer | string): number {
	return gzipSync(contents, { level: 9 }).length;
}

function entryFor(buildDir: string, file: string): ManifestEntry {
	const contents = fs.readFileSync(path.join(buildDir, file));
	return { file, kind: kindOf(file), bytes: contents.length, gzipBytes: gzipSize(contents) };
}

// `import"./x.js"`, `import{a}from"./x.js"`, `export*from"./x.js"` — minified static imports.
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w${},*\s]+?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
const HTML_REFERENCE =
	/<link\b[^>]*\brel="(?:modulepreload|stylesheet|preload)"[^>]*>|<script\b[^>]*\bsrc="[^"]+"[^>]*>|<img\b[^>]*\bsrc="[^"]+"[^>]*>/g;
const HREF_OR_SRC = /\b(?:href|src)="([^"]+)"/;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

function isLocal(url: string): boolean {
	return !/^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith('data:');
}

/** Resolves a reference found in `fromFile` (a path inside the build) to a path inside the build. */
function resolveReference(fromFile: string, url: string, base: string): string {
	const clean = url.split(/[?#]/)[0]!;
	if (clean.startsWith('/')) {
		const withoutBase = base && clean.startsWith(`${base}/`) ? clean.slice(base.length) : clean;
		return withoutBase.slice(1);
	}
	return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), clean));
}

/** The manifest of one prerendered page (`page` is its HTML file inside the build, e.g. `en/index.html`). */
export function pageManifest(buildDir: string, page: string, base = ''): PageManifest {
	const html = fs.readFileSync(path.join(buildDir, page), 'utf8');
	const eager = new Map<string, ManifestEntry>([[page, entryFor(buildDir, page)]]);
	const lazyCandidates = new Set<string>();
	const queue: string[] = [];

	const add = (file: string) => {
		if (eager.has(file)) return;
		if (!fs.existsSync(path.join(buildDir, file)))
			throw new Error(`${page}: references ${file}, which the build does not have`);
		eager.set(file, entryFor(buildDir, file));
		if (kindOf(file) === 'js') queue.push(file);
	};

	for (const tag of html.match(HTML_REFERENCE) ?? []) {
		// SvelteKit keeps inlined stylesheets as disabled links, which browsers do not fetch.
		if (/\sdisabled[\s>=]/.test(tag)) continue;
		const url = tag.match(HREF_OR_SRC)?.[1];
		if (url && isLocal(url)) add(resolveReference(page, url, base));
	}
	// SvelteKit's inline start script imports its entry points.
	for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
		for (const [, url] of body!.matchAll(DYNAMIC_IMPORT))
			if (isLocal(url!)) add(resolveReference(page, url!, base));
	}
	while (queue.length > 0) {
		const file = queue.shift()!;
		const source = fs.readFileSync(path.join(buildDir, file), 'utf8');
		for (const [, url] of source.matchAll(STATIC_IMPORT)) add(resolveReference(file, url!, base));
		for (const [, url] of source.matchAll(DYNAMIC_IMPORT))
			lazyCandidates.add(resolveReference(file, url!, base));
	}
	const lazy = [...lazyCandidates]
		.filter((file) => !eager.has(file) && fs.existsSync(path.join(buildDir, file)))
		.sort()
		.map((file) => entryFor(buildDir, file));
	return { page, eager: [...eager.values()], lazy };
}

export function totalGzip(entries: ManifestEntry[], kind?: AssetKind): number {
	return entries.filter((e) => !kind || e.kind === kind).reduce((sum, e) => sum + e.gzipBytes, 0);
}
