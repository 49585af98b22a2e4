/**
 * The query string of a shared view: `?theme=dark&sel=sector:new-materials`. Unknown values are
 * ignored; other parameters (e.g. a newsroom's tracking ones) are kept.
 */
import { parseSelection, type SelectionKey } from '#lib/charts/selection.svelte.ts';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface ViewQuery {
	theme: Theme;
	selection: SelectionKey | null;
}

export function parseTheme(value: string | null): Theme {
	return value === 'light' || value === 'dark' ? value : 'system';
}

export function readViewQuery(search: string): ViewQuery {
	const params = new URLSearchParams(search);
	return { theme: parseTheme(params.get('theme')), selection: parseSelection(params.get('sel')) };
}

/** The query string for a view ('' for the default one), with the other parameters of `base` kept. */
export function writeViewQuery(view: ViewQuery, base = ''): string {
	const params = new URLSearchParams(base);
	for (const [key, value] of [
		['theme', view.theme === 'system' ? null : view.theme],
		['sel', view.selection]
	] as const) {
		if (value) params.set(key, value);
		else params.delete(key);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}
