/**
 * Buttons outside the charts that select something (`button[data-select]`: the map's zone and
 * project buttons, and their WebGL copies, which appear later): one delegated listener.
 */
import { parseSelection } from '../charts/selection-key.ts';
import type { PageSelection } from './page-selection.ts';

export function enhanceSelectControls(root: HTMLElement | Document, selection: PageSelection): () => void {
	const onClick = (event: Event) => {
		const button = (event.target as Element).closest?.<HTMLButtonElement>('button[data-select]');
		const key = parseSelection(button?.dataset.select);
		if (key) selection.toggle(key);
	};
	root.addEventListener('click', onClick);
	return () => root.removeEventListener('click', onClick);
}
