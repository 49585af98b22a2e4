/**
 * How src/lib is put together, checked: no file over 300 lines (but the zod schema and the message
 * catalogues), marks and shapes import nothing from the app, and no import runs upward through
 * the layers below (a leaf knows nothing of the surfaces that use it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = 'src/lib';
const EXEMPT_FROM_LENGTH = new Set(['src/lib/dataset/schema.ts', 'src/lib/i18n/messages.ts']);
const MAX_LINES = 300;

/**
 * The layers, lowest first: a module may import its own layer and those below. Leaves draw (marks,
 * shapes, the SVG kit, the body's types and the tokens); the base reads and formats data; the frame
 * renders a prepared chart; the registry declares the charts; surfaces put them on pages.
 */
const LAYERS: { name: string; paths: string[] }[] = [
	{
		name: 'leaves',
		paths: [
			'styles/',
			'text/',
			'charts/body.ts',
			'charts/selection-key.ts',
			'charts/roving.ts',
			'charts/marks/',
			'charts/shapes/',
			'charts/svg/'
		]
	},
	{
		name: 'base',
		paths: ['dataset/', 'format/', 'i18n/', 'source/', 'view/', 'map/', 'site-paths.ts', 'site-url.ts']
	},
	{ name: 'frame', paths: ['charts/frame/'] },
	{ name: 'registry', paths: ['registry/'] },
	{
		name: 'surfaces',
		paths: ['components/', 'dashboard/', 'embed/', 'enhance/', 'images/', 'wall/', 'server/']
	}
];

function files(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? files(full) : [full];
	});
}

/** Tests and what only tests use (a fixture, the charts' test kit) may reach anywhere. */
const isTest = (file: string) => /\.test\.ts$|-fixture\.ts$|chart-test-kit\.ts$/.test(file);
const layerOf = (file: string) => {
	const inLib = path.relative(LIB, file).split(path.sep).join('/');
	return LAYERS.findIndex((layer) => layer.paths.some((p) => inLib === p || inLib.startsWith(p)));
};

/** The modules a file imports, resolved to paths inside src/lib (packages left out). */
function importsOf(file: string): string[] {
	const source = fs.readFileSync(file, 'utf8');
	return [...source.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)]
		.map(([, a, b]) => (a ?? b)!)
		.flatMap((specifier) => {
			if (specifier.startsWith('#lib/')) return [path.join(LIB, specifier.slice(5))];
			if (specifier.startsWith('.')) return [path.join(path.dirname(file), specifier)];
			return [];
		})
		.map((target) => target.replace(/\?.*$/, ''));
}

const sources = files(LIB).filter((file) => /\.(ts|svelte|css|json)$/.test(file));

describe('src/lib', () => {
	it(`has no file over ${MAX_LINES} lines but the zod schema and the message catalogues`, () => {
		const long = sources
			.filter((file) => !EXEMPT_FROM_LENGTH.has(file))
			.map((file) => ({ file, lines: fs.readFileSync(file, 'utf8').split('\n').length - 1 }))
			.filter(({ lines }) => lines > MAX_LINES)
			.map(({ file, lines }) => `${file}: ${lines} lines`);
		expect(long).toEqual([]);
	});

	it('puts every module in a layer', () => {
		expect(sources.filter((file) => !isTest(file) && layerOf(file) < 0)).toEqual([]);
	});

	it('imports nothing from a layer above', () => {
		const upward = sources
			.filter((file) => !isTest(file) && /\.(ts|svelte)$/.test(file))
			.flatMap((file) =>
				importsOf(file)
					.filter((target) => layerOf(target) > layerOf(file))
					.map(
						(target) =>
							`${file} (${LAYERS[layerOf(file)]!.name}) imports ${target} (${LAYERS[layerOf(target)]!.name})`
					)
			);
		expect(upward).toEqual([]);
	});

	it('gives marks and shapes nothing from the app: only each other, the SVG kit, the body and the tokens', () => {
		const leaves = sources.filter((file) => !isTest(file) && layerOf(file) === 0);
		const outside = leaves.flatMap((file) =>
			importsOf(file)
				.filter((target) => layerOf(target) !== 0)
				.map((target) => `${file} imports ${target}`)
		);
		expect(outside).toEqual([]);
	});
});
