/**
 * Whether the wall hides the cursor: after it has been still for `CURSOR_IDLE_MS`, so a pointer
 * left on the screen does not sit over a chart all day; it is back as soon as it moves.
 */
export const CURSOR_IDLE_MS = 3000;

export class IdleCursor {
	hidden = $state(false);
	#target: EventTarget | undefined;
	#idle: ReturnType<typeof setTimeout> | undefined;
	readonly #onpointermove = () => {
		this.hidden = false;
		clearTimeout(this.#idle);
		this.#idle = setTimeout(() => (this.hidden = true), CURSOR_IDLE_MS);
	};

	/** Watches the pointer on `target` (the window); the cursor counts as still from now. */
	start(target: EventTarget = window): void {
		this.stop();
		this.#target = target;
		target.addEventListener('pointermove', this.#onpointermove);
		this.#onpointermove();
	}

	stop(): void {
		this.#target?.removeEventListener('pointermove', this.#onpointermove);
		this.#target = undefined;
		clearTimeout(this.#idle);
	}
}
