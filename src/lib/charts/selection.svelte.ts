/**
 * What the reader has selected (a sector or a project), shared by every chart and the map on a
 * page through context, never a module global: two dashboards on one page keep their own.
 */
import { getContext, setContext } from 'svelte';

/** `sector:<id>`, `project:<id>` or `place:<id>`, as in the URL's `sel` parameter. */
export type SelectionKey = `sector:${string}` | `project:${string}` | `place:${string}`;

const SELECTION_KEY = /^(sector|project|place):[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseSelection(value: string | null | undefined): SelectionKey | null {
	return value && SELECTION_KEY.test(value) ? (value as SelectionKey) : null;
}

export class Selection {
	current = $state<SelectionKey | null>(null);

	constructor(initial: SelectionKey | null = null) {
		this.current = initial;
	}

	/** Select a key, or clear it when it is already selected. */
	toggle(key: SelectionKey): void {
		this.current = this.current === key ? null : key;
	}

	clear(): void {
		this.current = null;
	}

	/**
	 * 'selected' when a mark answers to the selection, 'dimmed' when something else is selected;
	 * 'none' for marks that take no part in selecting (no keys), such as the infrastructure bars.
	 */
	stateOf(keys: readonly string[]): 'selected' | 'dimmed' | 'none' {
		if (!this.current || keys.length === 0) return 'none';
		return keys.includes(this.current) ? 'selected' : 'dimmed';
	}
}

const CONTEXT = Symbol('selection');

export function provideSelection(selection: Selection): Selection {
	return setContext(CONTEXT, selection);
}

/** The page's selection; a chart rendered alone (tests, image export) gets an empty one of its own. */
export function useSelection(): Selection {
	return getContext<Selection | undefined>(CONTEXT) ?? new Selection();
}
