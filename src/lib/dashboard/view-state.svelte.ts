/**
 * The parts of a view that a copied link must reproduce besides the language (which is the path):
 * the theme and the selection, kept in the URL's query (see view-query.ts).
 */
import type { Selection } from '#lib/charts/selection.svelte.ts';
import { readViewQuery, writeViewQuery, type Theme } from './view-query.ts';

export { THEMES, type Theme } from './view-query.ts';

export class ViewState {
	theme = $state<Theme>('system');
	readonly selection: Selection;

	constructor(selection: Selection) {
		this.selection = selection;
	}

	read(search: string): void {
		const query = readViewQuery(search);
		this.theme = query.theme;
		this.selection.current = query.selection;
	}

	search(base = ''): string {
		return writeViewQuery({ theme: this.theme, selection: this.selection.current }, base);
	}
}
