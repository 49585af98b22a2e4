/**
 * MapLibre needs concrete colours; the design tokens are CSS light-dark() pairs. Resolve them the
 * way the page does, on an element that inherits the current theme.
 */
export const MAP_COLOR_TOKENS = {
	background: '--color-map-background',
	land: '--color-map-land',
	border: '--color-map-border',
	zone: '--color-map-zone',
	zoneBorder: '--color-map-zone-border'
} as const;

export type MapColors = Record<keyof typeof MAP_COLOR_TOKENS, string>;

export function resolveMapColors(within: Element): MapColors {
	const probe = document.createElement('span');
	probe.style.display = 'none';
	within.appendChild(probe);
	try {
		return Object.fromEntries(
			Object.entries(MAP_COLOR_TOKENS).map(([key, token]) => {
				probe.style.color = `var(${token})`;
				return [key, getComputedStyle(probe).color];
			})
		) as MapColors;
	} finally {
		probe.remove();
	}
}
