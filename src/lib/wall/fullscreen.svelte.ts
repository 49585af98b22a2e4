/**
 * The wall in full screen: `active` follows the document, whichever way it got there or left
 * (the button, Esc, the browser's own menu); `toggle` enters or leaves it.
 */

/** What full screen needs of `document` (tests hand it a stand-in). */
export interface FullscreenDocument extends EventTarget {
	readonly fullscreenElement: Element | null;
	exitFullscreen(): Promise<void>;
	readonly documentElement: { requestFullscreen?: () => Promise<void> };
}

export class Fullscreen {
	active = $state(false);
	#document: FullscreenDocument | undefined;
	readonly #onchange = () => (this.active = !!this.#document?.fullscreenElement);

	start(doc: FullscreenDocument = document): void {
		this.stop();
		this.#document = doc;
		doc.addEventListener('fullscreenchange', this.#onchange);
	}

	stop(): void {
		this.#document?.removeEventListener('fullscreenchange', this.#onchange);
		this.#document = undefined;
	}

	toggle(): void {
		const doc = this.#document;
		if (!doc) return;
		if (doc.fullscreenElement) void doc.exitFullscreen();
		// Optional: a kiosk browser may offer no full screen at all.
		else void doc.documentElement.requestFullscreen?.();
	}
}
