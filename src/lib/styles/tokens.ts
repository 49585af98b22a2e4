/**
 * Design tokens, written once: the colours, type, spacing and chart sizes that both the pages' CSS
 * and the chart images need. tokens.css is generated from this file and from the shapes' geometry
 * (generate-tokens.ts; the build and the dev server rewrite it when they change, a test fails when
 * it is stale), and the image renderers import the same numbers. Sizes are rem (16 px in images).
 *
 * Each colour is a light/dark pair: the reader's system picks, unless the page sets data-theme.
 * Text colours meet WCAG AA (4.5:1) on both backgrounds; sector colours are Okabe–Ito (safe for
 * colour blindness), darkened in light mode to hold 3:1 against white.
 */

/** [light, dark], as CSS light-dark() takes them. */
export type ColorPair = readonly [light: string, dark: string];

export const COLORS = {
	'color-bg': ['#ffffff', '#101318'],
	'color-surface': ['#f4f6f8', '#181c23'],
	'color-surface-raised': ['#ffffff', '#1f242d'],
	'color-border': ['#d5d9e0', '#363d4a'],
	'color-text': ['#16191f', '#eceff4'],
	'color-text-muted': ['#4c5563', '#aab2bf'],
	'color-accent': ['#0b5cad', '#6cb4ff'],
	'color-accent-contrast': ['#ffffff', '#0b1220'],
	'color-focus': ['#b3470b', '#ffb26b'],
	'color-mark': ['#fff1b8', '#4a3f12'],
	'color-mark-target': ['#ffd966', '#7a6212'],
	'color-ok': ['#1b6e3c', '#6fd39a'],
	'color-problem': ['#a61b1b', '#ff8f8f'],

	'color-sector-new-materials': ['#b35c00', '#e69f00'],
	'color-sector-smart-technology': ['#0072b2', '#56b4e9'],
	'color-sector-next-generation-it': ['#007a5e', '#2fc4a0'],
	'color-sector-modern-services': ['#a33f7a', '#e08ac0'],
	'color-sector-public-services': ['#6b6b6b', '#a6a6a6'],

	// The zone map: quiet land, the zone's district stands out (solid fills, so tests can read pixels).
	'color-map-background': ['#dfe7ef', '#0b0e12'],
	'color-map-land': ['#f7f8fa', '#1c2129'],
	'color-map-border': ['#8a94a3', '#5b6575'],
	'color-map-zone': ['#f2c14e', '#b7791f'],
	'color-map-zone-border': ['#9a6700', '#f2c14e'],

	// Project stages: one blue ramp, furthest along darkest (lightest in dark mode).
	'color-stage-signed': ['#5b8fc7', '#5b9bd5'],
	'color-stage-preparation': ['#5b8fc7', '#5b9bd5'],
	'color-stage-under-construction': ['#2166ac', '#92c5de'],
	'color-stage-in-production': ['#053061', '#d1e5f0']
} as const satisfies Record<`color-${string}`, ColorPair>;

/** A colour token by name: what chart bodies carry, and what both renderers resolve. */
export type ColorToken = keyof typeof COLORS;

/** Type sizes, rem. */
export const TEXT = { xs: 0.8125, sm: 0.875, base: 1, lg: 1.25, xl: 1.625, '2xl': 2.25 } as const;

/** Spacing steps, rem. */
export const SPACE = { 1: 0.25, 2: 0.5, 3: 0.75, 4: 1, 6: 1.5, 8: 2 } as const;

/** Corner radius of cards, tiles and bars' boxes, px (it stays crisp at any type size). */
export const RADIUS_PX = 6;

/** Line height of body text. */
export const LEADING = 1.6;

/** Room kept under a chart for its axis labels, rem (in the type's own size: the wall's is larger). */
export const AXIS_ROOM = 1.6;

/**
 * How far a chart's words stand on a halo of their ground past each end, rem: an axis's lines stop
 * there rather than run through them (the page's .on-ground, the image's `ground` text option).
 */
export const HALO = 0.25;

/** How far a bulleted list's items stand in from its bullets, rem. */
export const BULLET_INDENT = 1.1;

/** The least height of the site's own controls, rem: for a mouse, and for a finger (44 px). */
export const TARGET_MIN = { mouse: 2, touch: 2.75 } as const;

/** A chart's box narrower than this (rem) is a phone's: names may wrap, rows get taller. */
export const NARROW_CHART = 30;

/**
 * A chart box of fixed height that is wider than `minWidth` and lower than `maxHeight` (rem): the
 * wall read from far away, its type large. Charts lay their parts out flatter there. Container
 * queries cannot read custom properties, so tokens.css turns this into one a style query can:
 * `--chart-box-shape: wide-low` on the chart's body.
 */
export const WIDE_LOW_BOX = { minWidth: 34, maxHeight: 27 } as const;

/** Font stacks. Chinese pages take Latin letters from the CJK face; English pages must not, or ’ and “ ” come out full-width. */
export const FONTS = {
	latin: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial",
	cjk: "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei'"
} as const;

/** Pixels per rem in the images: the browser default, as the pages assume. */
export const PX_PER_REM = 16;

export function px(rem: number): number {
	return rem * PX_PER_REM;
}
