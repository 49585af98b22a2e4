/**
 * The line that says what is selected across the charts and offers to clear it
 * (`[data-selection-bar]`; the names of everything selectable are in its `data-names`, as JSON).
 */
import type { PageSelection } from './page-selection.ts';

export function enhanceSelectionBar(root: ParentNode, selection: PageSelection): () => void {
	const bar = root.querySelector<HTMLElement>('[data-selection-bar]');
	if (!bar) return () => {};
	const names = JSON.parse(bar.dataset.names ?? '{}') as Record<string, string>;
	const content = bar.querySelector<HTMLElement>('[data-selection-content]')!;
	const name = bar.querySelector<HTMLElement>('[data-selection-name]')!;
	const clear = bar.querySelector<HTMLButtonElement>('[data-selection-clear]')!;
	const update = () => {
		const current = selection.current;
		const known = current ? names[current] : undefined;
		// Written only when they change: the bar starts as the server drew it (nothing selected).
		if (content.hidden !== !known) content.hidden = !known;
		if (name.textContent !== (known ?? '')) name.textContent = known ?? '';
	};
	const onClear = () => selection.clear();
	update();
	selection.addEventListener('change', update);
	clear.addEventListener('click', onClear);
	return () => {
		selection.removeEventListener('change', update);
		clear.removeEventListener('click', onClear);
	};
}
