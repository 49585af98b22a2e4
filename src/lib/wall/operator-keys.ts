/**
 * The operator's keys, on the window: space pauses and resumes the rotation, ← → step it. Space
 * works even with a button focused by a click: taken here, it does not press the button too.
 */

/** What the keys drive (a Rotation). */
export interface RotationControls {
	toggle(): void;
	step(delta: number): void;
}

export class OperatorKeys {
	readonly #rotation: RotationControls;
	#target: EventTarget | undefined;
	readonly #onkeydown = (event: Event) => {
		const { key } = event as KeyboardEvent;
		if (key === ' ') this.#rotation.toggle();
		else if (key === 'ArrowRight') this.#rotation.step(1);
		else if (key === 'ArrowLeft') this.#rotation.step(-1);
		else return;
		event.preventDefault();
	};

	constructor(rotation: RotationControls) {
		this.#rotation = rotation;
	}

	start(target: EventTarget = window): void {
		this.stop();
		this.#target = target;
		target.addEventListener('keydown', this.#onkeydown);
	}

	stop(): void {
		this.#target?.removeEventListener('keydown', this.#onkeydown);
		this.#target = undefined;
	}
}
