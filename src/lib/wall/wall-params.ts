/**
 * The wall's settings, from its URL (an operator sets them once in the kiosk's start URL):
 * `distance=` metres from the screen (sizes the type), `interval=` seconds a panel keeps focus,
 * `refresh=` seconds between data checks, `playlist=id,id,…` which panels take focus and in what
 * order, `kiosk=1` hides the controls. Numbers out of range are brought into it; anything else
 * unusable falls back to the default.
 */
export interface WallParams {
	distance: number;
	interval: number;
	refresh: number;
	playlist: string[];
	kiosk: boolean;
}

export const WALL_DEFAULTS = { distance: 4, interval: 15, refresh: 300 } as const;
/** The furthest the type is sized for (app.html's script has the same). */
export const MAX_DISTANCE = 5;

/** A number out of range is brought into it (interval=1 means "as fast as allowed"); not a number, the default. */
function number(value: string | null, min: number, max: number, fallback: number): number {
	if (value === null || !/^\d+(\.\d+)?$/.test(value)) return fallback;
	return Math.min(max, Math.max(min, Number(value)));
}

/** `known` is every id that may take focus, in the default order. */
export function readWallParams(search: string, known: readonly string[]): WallParams {
	const query = new URLSearchParams(search);
	const asked = (query.get('playlist') ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter((id, i, all) => known.includes(id) && all.indexOf(id) === i);
	return {
		// Beyond 5 m the type outgrows even the two-column layout: a larger screen is the answer.
		distance: number(query.get('distance'), 1, MAX_DISTANCE, WALL_DEFAULTS.distance),
		interval: number(query.get('interval'), 3, 3600, WALL_DEFAULTS.interval),
		refresh: number(query.get('refresh'), 5, 86400, WALL_DEFAULTS.refresh),
		playlist: asked.length > 0 ? asked : [...known],
		kiosk: ['1', 'true', 'yes', 'on'].includes(query.get('kiosk') ?? '')
	};
}
