/**
 * The line that says what is selected across the charts and offers to clear it (its parts and the
 * names of everything selectable it carries: components/selection-bar-contract.ts).
 * It is docked at the foot of the window: when it appears over what the reader just chose, the
 * page scrolls that much, so the chosen mark stays in sight.
 */
import { SELECTION_ATTRIBUTES } from '../charts/selection-key.ts';
import { SELECTION_BAR_ATTRIBUTES as A, readSelectionNames } from '../components/selection-bar-contract.ts';
import type { PageSelection } from './page-selection.ts';
import { selector } from './selector.ts';

export function enhanceSelectionBar(root: ParentNode, selection: PageSelection): () => void {
	const bar = root.querySelector<HTMLElement>(selector(A.root));
	if (!bar) return () => {};
	const names = readSelectionNames(bar);
	const content = bar.querySelector<HTMLElement>(selector(A.content))!;
	const name = bar.querySelector<HTMLElement>(selector(A.name))!;
	const clear = bar.querySelector<HTMLButtonElement>(selector(A.clear))!;
	const update = () => {
		const current = selection.current;
		const known = current ? names[current] : undefined;
		// Written only when they change: the bar starts as the server drew it (nothing selected).
		if (content.hidden !== !known) content.hidden = !known;
		if (name.textContent !== (known ?? '')) name.textContent = known ?? '';
		if (known) keepChosenInSight();
	};
	// The control the reader chose with (tapped, clicked or pressed Enter on) has the focus.
	const keepChosenInSight = () => {
		const chosen = document.activeElement?.closest(selector(SELECTION_ATTRIBUTES.select));
		if (!chosen || content.contains(chosen)) return;
		const covered = chosen.getBoundingClientRect().bottom - (content.getBoundingClientRect().top - 8);
		if (covered <= 0) return;
		const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
		window.scrollBy({ top: covered, behavior: smooth ? 'smooth' : 'instant' });
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
