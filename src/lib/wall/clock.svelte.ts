/**
 * The wall's time, for its clock. `now` turns over with the second: a one-second interval started
 * at the moment the page mounts would show each second up to a second late.
 */
export class Clock {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced each second, never mutated
	now = $state.raw(new Date());
	#align: ReturnType<typeof setTimeout> | undefined;
	#tick: ReturnType<typeof setInterval> | undefined;

	start(): void {
		this.stop();
		this.#align = setTimeout(
			() => {
				this.#update();
				this.#tick = setInterval(() => this.#update(), 1000);
			},
			1000 - (Date.now() % 1000)
		);
	}

	stop(): void {
		clearTimeout(this.#align);
		clearInterval(this.#tick);
	}

	#update(): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced each second, never mutated
		this.now = new Date();
	}
}
