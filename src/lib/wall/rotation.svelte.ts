/**
 * Which panel of the wall has focus: the next one every `interval`, or on the operator's
 * keys (space pauses and resumes, arrows step). One timer, restarted at each step.
 */
export class Rotation {
	index = $state(0);
	paused = $state(false);
	readonly #count: number;
	readonly #intervalMs: number;
	readonly #onBoundary: () => void;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#running = false;

	/** `onBoundary` runs at every change of focus, before the new panel shows. */
	constructor(count: number, intervalMs: number, onBoundary: () => void = () => {}) {
		this.#count = count;
		this.#intervalMs = intervalMs;
		this.#onBoundary = onBoundary;
	}

	start(): void {
		this.#running = true;
		this.#schedule();
	}

	stop(): void {
		this.#running = false;
		clearTimeout(this.#timer);
	}

	step(delta: number): void {
		this.#onBoundary();
		this.index = (((this.index + delta) % this.#count) + this.#count) % this.#count;
		this.#schedule();
	}

	toggle(): void {
		this.paused = !this.paused;
		this.#schedule();
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		if (!this.#running || this.paused || this.#count < 2) return;
		this.#timer = setTimeout(() => this.step(1), this.#intervalMs);
	}
}
