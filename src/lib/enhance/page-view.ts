/**
 * The view a copied link must reproduce besides the language (which is the path): theme and
 * selection, read from the URL once the page runs and written back as they change, so a link
 * shows what its sender saw. Shared by the dashboard and the embeds. Prerendered HTML cannot know
 * the query: the inline script in app.html applies theme and title before the first paint.
 */
import { THEME_INPUT_NAME, THEME_SWITCH_ATTRIBUTES } from '../components/theme-switch-contract.ts';
import { KEEP_VIEW_ATTRIBUTES } from '../view/keep-view-contract.ts';
import { ROOT_ATTRIBUTES } from '../view/root-contract.ts';
import { readViewQuery, writeViewQuery, type Theme, type ViewQuery } from '../view/view-query.ts';
import type { PageSelection } from './page-selection.ts';
import { selector } from './selector.ts';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
	if (theme === 'system') root.removeAttribute(ROOT_ATTRIBUTES.theme);
	else root.setAttribute(ROOT_ATTRIBUTES.theme, theme);
}

export class PageView extends EventTarget {
	readonly selection: PageSelection;
	#view: ViewQuery;
	/** Whether changes go back into the address bar (the dashboard) or not (an embed). */
	readonly #writesUrl: boolean;

	constructor(selection: PageSelection, options: { writesUrl: boolean; search?: string }) {
		super();
		this.selection = selection;
		this.#writesUrl = options.writesUrl;
		this.#view = readViewQuery(options.search ?? location.search);
		selection.set(this.#view.selection);
		applyTheme(this.#view.theme);
		selection.addEventListener('change', () => this.#update({ selection: selection.current }));
	}

	get theme(): Theme {
		return this.#view.theme;
	}

	set theme(theme: Theme) {
		applyTheme(theme);
		this.#update({ theme });
	}

	get view(): ViewQuery {
		return this.#view;
	}

	/** The query of this view, keeping `base`'s other parameters. */
	search(base = ''): string {
		return writeViewQuery(this.#view, base);
	}

	#update(change: Partial<ViewQuery>): void {
		this.#view = { ...this.#view, ...change };
		if (this.#writesUrl) {
			const search = this.search(location.search);
			if (search !== location.search)
				history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
		}
		this.dispatchEvent(new Event('change'));
	}
}

/**
 * Links marked to keep the view (KEEP_VIEW_ATTRIBUTES: the language switch, the site's own pages, every number's link to
 * its sentence) carry the current view along: a reader who chose dark reads the article in dark.
 */
export function keepViewInLinks(root: ParentNode, view: PageView): () => void {
	const links = [...root.querySelectorAll<HTMLAnchorElement>(`a${selector(KEEP_VIEW_ATTRIBUTES.link)}`)];
	const targets = links.map((link) => {
		const href = link.getAttribute('href')!;
		const hash = href.includes('#') ? href.slice(href.indexOf('#')) : '';
		return { path: href.split(/[?#]/)[0]!, hash };
	});
	const update = () => {
		const search = view.search();
		links.forEach((link, i) => {
			const href = targets[i]!.path + search + targets[i]!.hash;
			// Unchanged links are left alone: with the default view, that is all of them at load.
			if (link.getAttribute('href') !== href) link.setAttribute('href', href);
		});
	};
	update();
	view.addEventListener('change', update);
	return () => view.removeEventListener('change', update);
}

/** The theme switch (components/theme-switch-contract.ts) shows and sets the view's theme. */
export function enhanceThemeSwitch(root: ParentNode, view: PageView): () => void {
	const radios = `${selector(THEME_SWITCH_ATTRIBUTES.root)} input${selector('name', THEME_INPUT_NAME)}`;
	const inputs = [...root.querySelectorAll<HTMLInputElement>(radios)];
	const show = () => inputs.forEach((input) => (input.checked = input.value === view.theme));
	const onChange = (event: Event) => (view.theme = (event.target as HTMLInputElement).value as Theme);
	show();
	inputs.forEach((input) => input.addEventListener('change', onChange));
	return () => inputs.forEach((input) => input.removeEventListener('change', onChange));
}
