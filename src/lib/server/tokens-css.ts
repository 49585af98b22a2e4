/**
 * Writes src/lib/styles/tokens.css from the tokens (styles/tokens.ts) and the chart shapes'
 * geometry, so the page's CSS and the images read the same numbers: nothing is copied by hand. A
 * Vite plugin rewrites the file when it is stale (at the start of a build and of the dev server,
 * and when a token file changes under it); a unit test fails when the committed file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import {
	AXIS_ROOM,
	BULLET_INDENT,
	HALO,
	COLORS,
	FONTS,
	LEADING,
	NARROW_CHART,
	RADIUS_PX,
	SPACE,
	TARGET_MIN,
	TEXT,
	WIDE_LOW_BOX
} from '../styles/tokens.ts';
import { SHAPE_GEOMETRY } from '../charts/shapes/geometry.ts';
import { ROOT_ATTRIBUTES } from '../view/root-contract.ts';
import { PROJECT_ROOT } from './load-dataset.ts';

export const TOKENS_CSS = 'src/lib/styles/tokens.css';

const rem = (value: number) => `${value}rem`;
const block = (selector: string, lines: string[]) =>
	`${selector} {\n${lines.map((l) => (l ? `\t${l}` : l)).join('\n')}\n}`;
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The stylesheet, as it should be on disk. */
export function tokensCss(): string {
	const colors = Object.entries(COLORS).map(
		([name, [light, dark]]) => `--${name}: light-dark(${light}, ${dark});`
	);
	const geometry = SHAPE_GEOMETRY.flatMap(({ shape, sizes, ratios = {} }) => [
		...Object.entries(sizes).map(([name, value]) => `--${shape}-${kebab(name)}: ${rem(value)};`),
		...Object.entries(ratios).map(([name, value]) => `--${shape}-${kebab(name)}: ${value};`)
	]);
	const narrow = SHAPE_GEOMETRY.filter((g) => g.narrow && Object.keys(g.narrow).length > 0).map(
		({ shape, narrow }) =>
			block(
				`\t[data-shape='${shape}']`,
				Object.entries(narrow as Record<string, number>).map(
					([name, value]) => `\t--${shape}-${kebab(name)}: ${rem(value)};`
				)
			).replace(/\n}$/, '\n\t}')
	);
	return [
		'/* Generated from src/lib/styles/tokens.ts and the chart shapes’ geometry.ts by',
		'   src/lib/server/tokens-css.ts: edit those, not this file (the build rewrites it). */',
		block(':root', [
			'color-scheme: light dark;',
			`--font-latin: ${FONTS.latin};`,
			`--font-cjk: ${FONTS.cjk};`,
			'--font-sans: var(--font-cjk), var(--font-latin), sans-serif;',
			'',
			...colors,
			'',
			...Object.entries(SPACE).map(([step, value]) => `--space-${step}: ${rem(value)};`),
			`--radius: ${RADIUS_PX}px;`,
			'',
			...Object.entries(TEXT).map(([step, value]) => `--text-${step}: ${rem(value)};`),
			`--axis-room: ${rem(AXIS_ROOM)};`,
			`--bullet-indent: ${rem(BULLET_INDENT)};`,
			`--halo: ${rem(HALO)};`,
			`--leading: ${LEADING};`,
			`--target-min: ${rem(TARGET_MIN.mouse)};`,
			...(geometry.length ? ['', ...geometry] : [])
		]),
		'',
		`@media (pointer: coarse) {\n${block('\t:root', [`\t--target-min: ${rem(TARGET_MIN.touch)};`]).replace(/\n}$/, '\n\t}')}\n}`,
		...(narrow.length
			? ['', `@container chart (width < ${rem(NARROW_CHART)}) {\n${narrow.join('\n\n')}\n}`]
			: []),
		'',
		// A chart's box of fixed height (the wall): only a size container answers a query on its height.
		`@container chart (height >= 0) {\n${block('\t[data-chart-body]', ['\t--chart-box-height: fixed;']).replace(/\n}$/, '\n\t}')}\n}`,
		'',
		`@container chart (width > ${rem(WIDE_LOW_BOX.minWidth)}) and (height < ${rem(WIDE_LOW_BOX.maxHeight)}) {\n${block('\t[data-chart-body]', ['\t--chart-box-shape: wide-low;']).replace(/\n}$/, '\n\t}')}\n}`,
		...SHAPE_GEOMETRY.flatMap(({ rules = [] }) => rules.flatMap((rule) => ['', rule])),
		'',
		block(':root:lang(en)', ['--font-sans: var(--font-latin), var(--font-cjk), sans-serif;']),
		'',
		block(`:root[${ROOT_ATTRIBUTES.theme}='light']`, ['color-scheme: light;']),
		'',
		block(`:root[${ROOT_ATTRIBUTES.theme}='dark']`, ['color-scheme: dark;']),
		''
	].join('\n');
}

/** Rewrites tokens.css if it differs; says whether it did. */
export function writeTokensCss(root = PROJECT_ROOT): boolean {
	const file = path.join(root, TOKENS_CSS);
	const css = tokensCss();
	if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === css) return false;
	fs.writeFileSync(file, css);
	return true;
}

/** Keeps tokens.css in step with its sources in the dev server and at the start of every build. */
export function tokensFile(): Plugin {
	return {
		name: 'langfang-tokens-css',
		buildStart() {
			writeTokensCss();
		},
		async handleHotUpdate({ file, server }) {
			if (!/styles\/tokens\.ts$|shapes\/.*geometry\.ts$/.test(file)) return;
			// The modules changed under a running server: read them afresh.
			const fresh = await server.ssrLoadModule('/src/lib/server/tokens-css.ts');
			const css = (fresh as { tokensCss: () => string }).tokensCss();
			const target = path.join(PROJECT_ROOT, TOKENS_CSS);
			if (fs.readFileSync(target, 'utf8') !== css) fs.writeFileSync(target, css);
		}
	};
}
