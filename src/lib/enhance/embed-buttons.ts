/** Embed buttons open the embed dialog, whose code loads on the first click. */
import type { EmbedDialog } from './embed-dialog.ts';

export function enhanceEmbedButtons(root: Document): () => void {
	const element = root.querySelector<HTMLDialogElement>('dialog[data-embed-dialog]');
	if (!element) return () => {};
	let dialog: Promise<EmbedDialog> | null = null;
	const onClick = (event: Event) => {
		const button = (event.target as Element).closest?.<HTMLButtonElement>('button[data-embed-open]');
		if (!button) return;
		dialog ??= import('./embed-dialog.ts').then(({ setUpEmbedDialog }) => setUpEmbedDialog(element));
		void dialog.then((opened) => opened.open(button.dataset.embedOpen!));
	};
	root.addEventListener('click', onClick);
	return () => root.removeEventListener('click', onClick);
}
