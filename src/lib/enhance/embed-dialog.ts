/**
 * The embed dialog (EmbedDialog.svelte): fills in the embed code for the chart and the options
 * chosen, copies it, and previews the embed at phone and desktop width, each preview sized by the
 * embed's own height messages. Loaded on the first click of an embed button (embed-buttons.ts).
 */
import { LANGUAGE_TAG, type Locale } from '../i18n/locale.ts';
import {
	DEFAULT_EMBED_OPTIONS,
	ampCode,
	embedSrc,
	iframeCode,
	snippetCode,
	type EmbedCodeInput,
	type EmbedOptions
} from '../embed/embed-code.ts';
import { heightsFor } from '../embed/embed-heights.ts';
import {
	EMBED_DIALOG_ATTRIBUTES as A,
	EMBED_OPTION_INPUTS as INPUTS,
	readEmbedDialog,
	type EmbedCodeKind
} from '../embed/embed-dialog-contract.ts';
import { EMBED_CSV, embedPath } from '../embed/embed-paths.ts';
import { imagePath, pngName, svgName } from '../images/image-names.ts';
import { selector } from './selector.ts';

const CODE: Record<EmbedCodeKind, (input: EmbedCodeInput) => string> = {
	snippet: snippetCode,
	iframe: iframeCode,
	amp: ampCode
};
const OPTION_INPUTS = Object.values(INPUTS)
	.map((name) => `input${selector('name', name)}`)
	.join(', ');

export interface EmbedDialog {
	open(id: string): void;
}

export function setUpEmbedDialog(dialog: HTMLDialogElement): EmbedDialog {
	const data = readEmbedDialog(dialog);
	const { titles, unmeasured } = data;
	const siteUrl = data.siteUrl ?? new URL(data.siteRoot!, location.href).href.replace(/\/$/, '');
	// Each preview's iframe, made on the first opening (see EmbedDialog.svelte).
	const previews = [...dialog.querySelectorAll<HTMLElement>(selector(A.preview))].map((box) => {
		const frame = document.createElement('iframe');
		const width = box.getAttribute(A.preview)!;
		frame.title = box.getAttribute(A.previewTitle) ?? '';
		frame.width = width;
		frame.height = '480';
		frame.setAttribute(A.preview, width);
		box.append(frame);
		return frame;
	});
	let id = '';
	let copiedTimer: ReturnType<typeof setTimeout> | undefined;

	// Every chart's code starts from the defaults in the page's language: an option chosen for one
	// chart is not silently carried into another's code.
	const resetOptions = () => {
		const defaults: Record<string, string> = {
			[INPUTS.locale]: data.locale ?? DEFAULT_EMBED_OPTIONS.locale,
			[INPUTS.theme]: DEFAULT_EMBED_OPTIONS.theme
		};
		for (const input of dialog.querySelectorAll<HTMLInputElement>(OPTION_INPUTS)) {
			if (input.type === 'checkbox') input.checked = DEFAULT_EMBED_OPTIONS.title;
			else input.checked = input.value === defaults[input.name];
		}
	};

	const options = (): EmbedOptions => {
		const form = (name: string) =>
			dialog.querySelector<HTMLInputElement>(`input${selector('name', name)}:checked`);
		return {
			locale: (form(INPUTS.locale)?.value ?? 'zh') as Locale,
			theme: (form(INPUTS.theme)?.value ?? 'auto') as EmbedOptions['theme'],
			title: !!form(INPUTS.title)
		};
	};

	const update = () => {
		const chosen = options();
		const input = {
			siteUrl,
			id,
			title: titles[id]![chosen.locale],
			heights: heightsFor(id, chosen, unmeasured[id]),
			options: chosen
		};
		const name = dialog.querySelector<HTMLElement>(selector(A.name))!;
		name.textContent = titles[id]![chosen.locale];
		name.lang = LANGUAGE_TAG[chosen.locale];
		for (const area of dialog.querySelectorAll<HTMLTextAreaElement>(`textarea${selector(A.code)}`))
			area.value = CODE[area.getAttribute(A.code) as EmbedCodeKind](input);
		dialog.querySelector<HTMLAnchorElement>(selector(A.csv))!.href =
			`${siteUrl}/${embedPath(chosen.locale, id)}${EMBED_CSV}`;
		// Images come light or dark; "auto" has no image of its own and gets the light one.
		const image = { id, locale: chosen.locale, theme: chosen.theme === 'dark' ? 'dark' : 'light' } as const;
		dialog.querySelector<HTMLAnchorElement>(selector(A.image, 'png'))!.href =
			`${siteUrl}/${imagePath(pngName(image, 2))}`;
		dialog.querySelector<HTMLAnchorElement>(selector(A.image, 'svg'))!.href =
			`${siteUrl}/${imagePath(svgName(image))}`;
		const src = embedSrc(siteUrl, id, chosen);
		for (const frame of previews) if (frame.src !== src) frame.src = src;
	};

	dialog.addEventListener('change', update);
	dialog.addEventListener('click', async (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>(`button${selector(A.copy)}`);
		if (!button) return;
		const area = dialog.querySelector<HTMLTextAreaElement>(
			`textarea${selector(A.code, button.getAttribute(A.copy)!)}`
		)!;
		area.select();
		try {
			await navigator.clipboard.writeText(area.value);
		} catch {
			// No clipboard permission (an insecure origin, an old browser): the text is selected for Ctrl+C.
			return;
		}
		// Only the button just pressed says so, for a moment; its label comes back even when pressed again.
		for (const other of dialog.querySelectorAll<HTMLButtonElement>(`button${selector(A.copy)}`))
			other.textContent = other.getAttribute(A.copyLabel) ?? other.textContent;
		const copied = button.getAttribute(A.copiedLabel);
		button.textContent = copied ?? button.textContent;
		// Said to screen readers too (a button's new label is not announced).
		const status = dialog.querySelector(selector(A.status))!;
		status.textContent = copied ?? '';
		clearTimeout(copiedTimer);
		copiedTimer = setTimeout(() => {
			button.textContent = button.getAttribute(A.copyLabel) ?? button.textContent;
			status.textContent = '';
		}, 1500);
	});
	// Each preview takes the height its embed asks for, as a host page would.
	window.addEventListener('message', (event) => {
		const message = event.data as { sentinel?: string; type?: string; height?: number } | null;
		if (message?.sentinel !== 'amp' || message.type !== 'embed-size') return;
		const frame = previews.find((p) => p.contentWindow === event.source);
		if (frame && Number(message.height) > 0) frame.height = String(Math.ceil(Number(message.height)));
	});
	dialog.addEventListener('close', () => previews.forEach((frame) => frame.removeAttribute('src')));

	return {
		open(chartId) {
			id = chartId;
			resetOptions();
			update();
			dialog.showModal();
		}
	};
}
