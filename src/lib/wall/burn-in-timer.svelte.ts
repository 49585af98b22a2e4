/**
 * Moves the wall along its burn-in orbit (burn-in.ts): one step every `BURN_IN_STEP_MS`.
 */
import { BURN_IN_STEP_MS, burnInOffset } from './burn-in.ts';

export class BurnInTimer {
	step = $state(0);
	#timer: ReturnType<typeof setInterval> | undefined;

	/** Where the wall sits now, in CSS pixels from the centre. */
	get offset(): readonly [number, number] {
		return burnInOffset(this.step);
	}

	start(): void {
		this.stop();
		this.#timer = setInterval(() => this.step++, BURN_IN_STEP_MS);
	}

	stop(): void {
		clearInterval(this.#timer);
	}
}
