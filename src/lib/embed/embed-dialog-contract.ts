/**
 * What the embed dialog's markup (EmbedDialog.svelte, and EmbedButton.svelte that opens it) and
 * its page scripts (enhance/embed-buttons.ts, enhance/embed-dialog.ts) agree on: the dialog and
 * the data it carries (JSON written and read only here), the parts the script fills in, the
 * options' field names, and the buttons. Both sides import them from here, so a rename is a
 * compile error rather than a dialog that never opens or copies nothing.
 */
import type { Localized } from '../dataset/schema.ts';
import type { Locale } from '../i18n/locale.ts';

export const EMBED_DIALOG_ATTRIBUTES = {
	root: 'data-embed-dialog',
	/** The site root, relative to the page: the code's absolute URLs start from it… */
	siteRoot: 'data-site-root',
	/** …unless the deployment said where the site lives (PUBLIC_SITE_URL). */
	siteUrl: 'data-site-url',
	/** Each embed's title in both languages, as JSON. */
	titles: 'data-titles',
	/** The minimum height of each embed not measured yet, as JSON (absent when there is none). */
	unmeasured: 'data-unmeasured',
	/** The page's language: the code's default language. */
	locale: 'data-locale',
	/** Where the chart's name goes. */
	name: 'data-embed-name',
	/** Says "copied" to screen readers. */
	status: 'data-embed-status',
	/** A textarea for one form of the code (EmbedCodeKind). */
	code: 'data-embed-code',
	/** The button that copies the code of one form, with its label and the label it says it copied with. */
	copy: 'data-embed-copy',
	copyLabel: 'data-copy',
	copiedLabel: 'data-copied',
	/** The link to the embed's CSV. */
	csv: 'data-embed-csv',
	/** The link to the chart's image in one format (png, svg). */
	image: 'data-embed-image',
	/** A preview's box, by its width in CSS pixels (the script copies it onto the iframe it makes). */
	preview: 'data-embed-preview',
	/** A preview's title, for its iframe. */
	previewTitle: 'data-title',
	/** A chart's embed button (EmbedButton.svelte), by the chart's id. */
	open: 'data-embed-open'
} as const;

const A = EMBED_DIALOG_ATTRIBUTES;

/** The code's three forms, each with its textarea and copy button. */
export const EMBED_CODE_KINDS = ['snippet', 'iframe', 'amp'] as const;
export type EmbedCodeKind = (typeof EMBED_CODE_KINDS)[number];

/** The names of the options' form fields (the script finds, resets and reads them by these). */
export const EMBED_OPTION_INPUTS = {
	locale: 'embed-locale',
	theme: 'embed-theme',
	title: 'embed-title'
} as const;

export interface EmbedDialogData {
	siteRoot: string;
	/** '' where the deployment did not set it. */
	siteUrl: string;
	titles: Record<string, Localized>;
	unmeasured: Record<string, number>;
	locale: Locale;
}

/** The attributes to spread on each part of the dialog, and on an embed button, in markup. */
export const embedDialog = {
	root: ({ siteRoot, siteUrl, titles, unmeasured, locale }: EmbedDialogData) => ({
		[A.root]: '',
		[A.siteRoot]: siteRoot,
		[A.siteUrl]: siteUrl || undefined,
		[A.titles]: JSON.stringify(titles),
		[A.unmeasured]: Object.keys(unmeasured).length ? JSON.stringify(unmeasured) : undefined,
		[A.locale]: locale
	}),
	name: () => ({ [A.name]: '' }),
	status: () => ({ [A.status]: '' }),
	code: (kind: EmbedCodeKind) => ({ [A.code]: kind }),
	copy: (kind: EmbedCodeKind, labels: { copy: string; copied: string }) => ({
		[A.copy]: kind,
		[A.copyLabel]: labels.copy,
		[A.copiedLabel]: labels.copied
	}),
	csv: () => ({ [A.csv]: '' }),
	image: (format: 'png' | 'svg') => ({ [A.image]: format }),
	preview: (width: number, title: string) => ({ [A.preview]: String(width), [A.previewTitle]: title }),
	open: (id: string) => ({ [A.open]: id })
};

/** The data the dialog carries, read back by the script (siteUrl and locale: null when absent). */
export function readEmbedDialog(dialog: Element) {
	return {
		siteRoot: dialog.getAttribute(A.siteRoot),
		siteUrl: dialog.getAttribute(A.siteUrl),
		titles: JSON.parse(dialog.getAttribute(A.titles)!) as Record<string, Localized>,
		unmeasured: JSON.parse(dialog.getAttribute(A.unmeasured) ?? '{}') as Record<string, number>,
		locale: dialog.getAttribute(A.locale)
	};
}
