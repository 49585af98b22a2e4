import { describe, expect, it } from 'vitest';
import { Fullscreen, type FullscreenDocument } from './fullscreen.svelte.ts';

/** A document whose full screen changes as a browser's does: the element, then the event. */
class FakeDocument extends EventTarget implements FullscreenDocument {
	fullscreenElement: Element | null = null;
	readonly documentElement = {
		requestFullscreen: async () => this.change({} as Element)
	};
	async exitFullscreen(): Promise<void> {
		this.change(null);
	}
	change(element: Element | null): void {
		this.fullscreenElement = element;
		this.dispatchEvent(new Event('fullscreenchange'));
	}
}

describe('the wall’s full screen', () => {
	it('toggles it, and follows the document however it leaves (Esc)', () => {
		const doc = new FakeDocument();
		const fullscreen = new Fullscreen();
		fullscreen.start(doc);
		expect(fullscreen.active).toBe(false);
		fullscreen.toggle();
		expect(doc.fullscreenElement).not.toBeNull();
		expect(fullscreen.active).toBe(true);
		fullscreen.toggle();
		expect(fullscreen.active).toBe(false);
		doc.change({} as Element);
		expect(fullscreen.active).toBe(true);
		doc.change(null);
		expect(fullscreen.active).toBe(false);
		fullscreen.stop();
	});

	it('stops listening, and does nothing before it starts', () => {
		const doc = new FakeDocument();
		const fullscreen = new Fullscreen();
		fullscreen.toggle();
		expect(doc.fullscreenElement).toBeNull();
		fullscreen.start(doc);
		fullscreen.stop();
		doc.change({} as Element);
		expect(fullscreen.active).toBe(false);
	});
});
