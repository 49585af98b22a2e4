/**
 * What the selection bar's markup (SelectionBar.svelte) and its page script
 * (enhance/selection-bar.ts) agree on: the bar, the names of everything selectable it carries (as
 * JSON, written and read only here), and its parts the script fills in and listens to. Both sides
 * import them from here, so a rename is a compile error rather than a bar that never shows.
 */

export const SELECTION_BAR_ATTRIBUTES = {
	root: 'data-selection-bar',
	/** The name of everything selectable, by selection key, as JSON. */
	names: 'data-names',
	/** What shows while something is selected (hidden until then). */
	content: 'data-selection-content',
	/** Where the selected thing's name goes. */
	name: 'data-selection-name',
	clear: 'data-selection-clear'
} as const;

const A = SELECTION_BAR_ATTRIBUTES;

/** The attributes to spread on each part of the bar, in markup. */
export const selectionBar = {
	root: (names: Record<string, string>) => ({ [A.root]: '', [A.names]: JSON.stringify(names) }),
	content: () => ({ [A.content]: '' }),
	name: () => ({ [A.name]: '' }),
	clear: () => ({ [A.clear]: '' })
};

/** The names the bar carries, read back by the script. */
export function readSelectionNames(bar: Element): Record<string, string> {
	return JSON.parse(bar.getAttribute(A.names) ?? '{}') as Record<string, string>;
}
