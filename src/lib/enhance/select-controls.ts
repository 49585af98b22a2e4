/**
 * Buttons outside the charts that select something (buttons with SELECTION_ATTRIBUTES.select: the
 * map's zone and project buttons, and their WebGL copies, which appear later): one delegated listener.
 */
import { SELECTION_ATTRIBUTES, parseSelection } from '../charts/selection-key.ts';
import type { PageSelection } from './page-selection.ts';
import { selector } from './selector.ts';

const SELECT_BUTTON = `button${selector(SELECTION_ATTRIBUTES.select)}`;

export function enhanceSelectControls(root: HTMLElement | Document, selection: PageSelection): () => void {
	const onClick = (event: Event) => {
		const button = (event.target as Element).closest?.<HTMLButtonElement>(SELECT_BUTTON);
		const key = parseSelection(button?.getAttribute(SELECTION_ATTRIBUTES.select));
		if (key) selection.toggle(key);
	};
	root.addEventListener('click', onClick);
	return () => root.removeEventListener('click', onClick);
}
