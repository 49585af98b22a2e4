/**
 * The design tokens' colours (src/lib/styles/tokens.css, the only place colours are set) resolved
 * for one theme: images have no CSS, so `light-dark()` pairs and `var(--…)` references become the
 * concrete colour of the theme drawn.
 */
import fs from 'node:fs';
import path from 'node:path';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const TOKENS_FILE = 'src/lib/styles/tokens.css';

export type Palette = ReadonlyMap<string, string>;

const PAIR = /--(color-[\w-]+):\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)/gi;

/** Every `--color-*: light-dark(a, b)` token of the stylesheet, for one theme. */
export function parsePalette(css: string, theme: Theme): Palette {
	const palette = new Map<string, string>();
	for (const [, name, light, dark] of css.matchAll(PAIR)) {
		palette.set(name!, (theme === 'light' ? light! : dark!).toLowerCase());
	}
	if (palette.size === 0) throw new Error(`chart images: no light-dark() colours found in ${TOKENS_FILE}`);
	return palette;
}

const cache = new Map<string, Palette>();

export function readPalette(root: string, theme: Theme): Palette {
	const key = `${root}\u0000${theme}`;
	if (!cache.has(key))
		cache.set(key, parsePalette(fs.readFileSync(path.join(root, TOKENS_FILE), 'utf8'), theme));
	return cache.get(key)!;
}

/** A token (`color-accent`) or a reference to one (`var(--color-accent)`), as a hex colour. */
export function resolveColor(palette: Palette, value: string): string {
	const name = /^var\(--([\w-]+)\)$/.exec(value)?.[1] ?? value.replace(/^--/, '');
	const color = palette.get(name);
	if (!color)
		throw new Error(`chart images: colour "${value}" is not a light-dark() token of ${TOKENS_FILE}`);
	return color;
}
