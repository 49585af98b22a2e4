/**
 * The query string of a shared view: `?theme=dark&sel=sector:new-materials` (and, on an embed,
 * `title=0`). Every surface reads it the same way. Unknown or hostile values are ignored, never
 * echoed; other parameters (a newsroom's tracking ones, Pym's childId …) are kept.
 */
import { parseSelection, type SelectionKey } from '../charts/selection-key.ts';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface ViewQuery {
	theme: Theme;
	selection: SelectionKey | null;
	/** An embed's own title; `title=0` when the host page has its own headline. */
	title: boolean;
}

export const DEFAULT_VIEW: ViewQuery = { theme: 'system', selection: null, title: true };

/** `auto` (the embed's word) and anything unknown follow the reader's system. */
export function parseTheme(value: string | null): Theme {
	return value === 'light' || value === 'dark' ? value : 'system';
}

export function readViewQuery(search: string): ViewQuery {
	const params = new URLSearchParams(search);
	return {
		theme: parseTheme(params.get('theme')),
		selection: parseSelection(params.get('sel')),
		title: params.get('title') !== '0'
	};
}

/** The query string for a view ('' for the default one), with the other parameters of `base` kept. */
export function writeViewQuery(view: Partial<ViewQuery>, base = ''): string {
	const { theme, selection, title } = { ...DEFAULT_VIEW, ...view };
	const params = new URLSearchParams(base);
	for (const [key, value] of [
		['theme', theme === 'system' ? null : theme],
		['sel', selection],
		['title', title ? null : '0']
	] as const) {
		if (value) params.set(key, value);
		else params.delete(key);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}
