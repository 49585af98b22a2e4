/**
 * What a reader can select (a sector, a project, a place), as it stands in the URL's `sel`
 * parameter and in the `data-keys` / `data-select` attributes of the marks that answer to it.
 * Pure: the server writes the attributes, a page script (src/lib/enhance) applies the selection;
 * both take the attributes' names from here (SELECTION_ATTRIBUTES), so neither can rename one alone.
 */

/** `sector:<id>`, `project:<id>` or `place:<id>`. */
export type SelectionKey = `sector:${string}` | `project:${string}` | `place:${string}`;

const SELECTION_KEY = /^(sector|project|place):[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseSelection(value: string | null | undefined): SelectionKey | null {
	return value && SELECTION_KEY.test(value) ? (value as SelectionKey) : null;
}

export type SelectionState = 'selected' | 'dimmed' | 'none';

/**
 * 'selected' when a mark answers to the selection, 'dimmed' when something else is selected;
 * 'none' for marks that take no part in selecting (no keys), such as the infrastructure bars.
 */
export function selectionState(current: string | null, keys: readonly string[]): SelectionState {
	if (!current || keys.length === 0) return 'none';
	return keys.includes(current) ? 'selected' : 'dimmed';
}

/** The `data-keys` attribute of a mark: its keys, space-separated, or nothing. */
export function keysAttribute(keys: readonly string[]): string | undefined {
	return keys.length > 0 ? keys.join(' ') : undefined;
}

export const SELECTION_ATTRIBUTES = {
	/** The keys an element answers to, space-separated (keysAttribute). */
	keys: 'data-keys',
	/** The key a control selects (a mark's target, a chip, the map's zone button). */
	select: 'data-select',
	/**
	 * Set by the script on every `keys` element while something is selected: 'selected' or
	 * 'dimmed' (SelectionState). Read by CSS, which cannot import it: BandRow, Bars, Chips,
	 * StageTracks and Lanes (`:global([data-selection='…'])`).
	 */
	state: 'data-selection',
	/**
	 * Set by the script on every `select` control: whether its key is the selection. The ARIA
	 * name, so markup writes its first value ("false") as it is; Chips' CSS reads it too.
	 */
	pressed: 'aria-pressed'
} as const;

/** The selection attributes to spread on an element, in markup. */
export const selectable = {
	/** What the element answers to: nothing where it has no keys. */
	answersTo: (keys: readonly string[]) => ({ [SELECTION_ATTRIBUTES.keys]: keysAttribute(keys) }),
	/** What the control selects: nothing where it selects nothing. */
	selects: (key: SelectionKey | undefined) => ({ [SELECTION_ATTRIBUTES.select]: key })
};
