/**
 * The design tokens' colours (src/lib/styles/tokens.ts) for one theme: images have no CSS, so a
 * token names the concrete colour of the theme drawn.
 */
import { COLORS, type ColorToken } from '../styles/tokens.ts';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export type Palette = ReadonlyMap<string, string>;

const palettes = new Map<Theme, Palette>(
	THEMES.map((theme, i) => [theme, new Map(Object.entries(COLORS).map(([name, pair]) => [name, pair[i]!]))])
);

export function palette(theme: Theme): Palette {
	return palettes.get(theme)!;
}

/** A token (`color-accent`) or a reference to one (`var(--color-accent)`), as a hex colour. */
export function resolveColor(palette: Palette, value: ColorToken | string): string {
	const name = /^var\(--([\w-]+)\)$/.exec(value)?.[1] ?? value.replace(/^--/, '');
	const color = palette.get(name);
	if (!color) throw new Error(`chart images: colour "${value}" is not a colour of src/lib/styles/tokens.ts`);
	return color;
}
