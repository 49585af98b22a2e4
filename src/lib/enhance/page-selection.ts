/**
 * The reader's selection on one page (a sector, a project, a place), shared by every chart, the
 * map and the selection bar. Marks say what they answer to in their server-rendered attributes
 * (SELECTION_ATTRIBUTES); this applies the selection to them: `state` on every element with
 * `keys`, `pressed` on every `select` control.
 */
import { SELECTION_ATTRIBUTES as A, selectionState, type SelectionKey } from '../charts/selection-key.ts';
import { selector } from './selector.ts';

export class PageSelection extends EventTarget {
	#current: SelectionKey | null;

	constructor(initial: SelectionKey | null = null) {
		super();
		this.#current = initial;
	}

	get current(): SelectionKey | null {
		return this.#current;
	}

	set(key: SelectionKey | null): void {
		if (key === this.#current) return;
		this.#current = key;
		this.dispatchEvent(new Event('change'));
	}

	/** Select a key, or clear it when it is already selected. */
	toggle(key: SelectionKey): void {
		this.set(this.#current === key ? null : key);
	}

	clear(): void {
		this.set(null);
	}
}

/** Marks every element under `root` that answers to selections with its state. */
export function applySelection(root: ParentNode, current: SelectionKey | null): void {
	for (const element of root.querySelectorAll<HTMLElement>(selector(A.keys))) {
		const state = selectionState(current, element.getAttribute(A.keys)!.split(' '));
		if (state === 'none') element.removeAttribute(A.state);
		else element.setAttribute(A.state, state);
	}
	for (const control of root.querySelectorAll<HTMLElement>(selector(A.select))) {
		// Unchanged values are not written again: each write makes the browser restyle the page.
		const pressed = String(control.getAttribute(A.select) === current);
		if (control.getAttribute(A.pressed) !== pressed) control.setAttribute(A.pressed, pressed);
	}
}

/** Keeps `root` in step with the selection; returns the function that stops it. */
export function followSelection(root: ParentNode, selection: PageSelection): () => void {
	const update = () => applySelection(root, selection.current);
	// The server drew everything unselected: only a selection from the URL needs applying now
	// (walking every mark of the page at load is a few milliseconds of a phone's main thread).
	if (selection.current !== null) update();
	selection.addEventListener('change', update);
	return () => selection.removeEventListener('change', update);
}
