/** Embed buttons open the embed dialog, whose code loads on the first click. */
import { EMBED_DIALOG_ATTRIBUTES as A } from '../embed/embed-dialog-contract.ts';
import type { EmbedDialog } from './embed-dialog.ts';
import { selector } from './selector.ts';

export function enhanceEmbedButtons(root: Document): () => void {
	const element = root.querySelector<HTMLDialogElement>(`dialog${selector(A.root)}`);
	if (!element) return () => {};
	let dialog: Promise<EmbedDialog> | null = null;
	const onClick = (event: Event) => {
		const button = (event.target as Element).closest?.<HTMLButtonElement>(`button${selector(A.open)}`);
		if (!button) return;
		dialog ??= import('./embed-dialog.ts').then(({ setUpEmbedDialog }) => setUpEmbedDialog(element));
		void dialog.then((opened) => opened.open(button.getAttribute(A.open)!));
	};
	root.addEventListener('click', onClick);
	return () => root.removeEventListener('click', onClick);
}
