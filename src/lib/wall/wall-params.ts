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

/**
 * Metres from the screen, which size the type. Written only here: the boot script
 * (src/lib/server/boot-script.ts) sizes the type and picks the layout from them before the first
 * paint, and the wall reads the same limits once it runs.
 */
export const WALL_DISTANCE = {
	min: 1,
	// Beyond 5 m the type outgrows even the two-column layout: a larger screen is the answer.
	max: 5,
	default: 4,
	// Further than this the type is too large for three columns: the named projects join the
	// rotation, and the map and the panel in focus share the screen.
	far: 4.5
} as const;

export const WALL_DEFAULTS = { distance: WALL_DISTANCE.default, interval: 15, refresh: 300 } as const;

/** A number as the URL may write it: digits, a decimal part at most (nothing else reaches the CSS). */
export const URL_NUMBER = /^\d+(\.\d+)?$/;

/** A number out of range is brought into it (interval=1 means "as fast as allowed"); not a number, the default. */
function number(value: string | null, min: number, max: number, fallback: number): number {
	if (value === null || !URL_NUMBER.test(value)) return fallback;
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
		distance: number(query.get('distance'), WALL_DISTANCE.min, WALL_DISTANCE.max, WALL_DISTANCE.default),
		interval: number(query.get('interval'), 3, 3600, WALL_DEFAULTS.interval),
		refresh: number(query.get('refresh'), 5, 86400, WALL_DEFAULTS.refresh),
		playlist: asked.length > 0 ? asked : [...known],
		kiosk: ['1', 'true', 'yes', 'on'].includes(query.get('kiosk') ?? '')
	};
}
