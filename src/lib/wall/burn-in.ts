/**
 * Burn-in care for a screen that shows the same chrome all day: everything shifts a few pixels
 * around a small orbit, one step at least every 5 minutes, each step 1–4 px on either axis and
 * never more than 8 px apart in all.
 */

/** The orbit, in CSS pixels from the centre; consecutive points (and the last and first) differ by 1–4 px. */
export const BURN_IN_ORBIT: readonly (readonly [number, number])[] = [
	[0, 0],
	[2, 1],
	[3, 3],
	[1, 4],
	[-1, 3],
	[-3, 2],
	[-4, 0],
	[-3, -2],
	[-1, -3],
	[1, -3],
	[2, -1]
];

/** How often the chrome moves on. */
export const BURN_IN_STEP_MS = 4 * 60 * 1000;

export function burnInOffset(step: number): readonly [number, number] {
	return BURN_IN_ORBIT[((step % BURN_IN_ORBIT.length) + BURN_IN_ORBIT.length) % BURN_IN_ORBIT.length]!;
}
