/**
 * The big screen's settings, from its URL (an operator sets them once in the kiosk's start URL):
 * `distance=` metres from the screen (sizes the type), `interval=` seconds a panel keeps focus,
 * `refresh=` seconds between data checks, `playlist=id,id,…` which panels take focus and in what
 * order, `kiosk=1` hides the controls. Out-of-range or unknown values fall back to the defaults.
 */
export interface ScreenParams {
	distance: number;
	interval: number;
	refresh: number;
	playlist: string[];
	kiosk: boolean;
}

export const SCREEN_DEFAULTS = { distance: 4, interval: 15, refresh: 300 } as const;

function number(value: string | null, min: number, max: number, fallback: number): number {
	if (value === null || !/^\d+(\.\d+)?$/.test(value)) return fallback;
	const parsed = Number(value);
	return parsed >= min && parsed <= max ? parsed : fallback;
}

/** `known` is every id that may take focus, in the default order. */
export function readScreenParams(search: string, known: readonly string[]): ScreenParams {
	const query = new URLSearchParams(search);
	const asked = (query.get('playlist') ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter((id, i, all) => known.includes(id) && all.indexOf(id) === i);
	return {
		distance: number(query.get('distance'), 1, 20, SCREEN_DEFAULTS.distance),
		interval: number(query.get('interval'), 3, 3600, SCREEN_DEFAULTS.interval),
		refresh: number(query.get('refresh'), 5, 86400, SCREEN_DEFAULTS.refresh),
		playlist: asked.length > 0 ? asked : [...known],
		kiosk: query.get('kiosk') === '1'
	};
}
