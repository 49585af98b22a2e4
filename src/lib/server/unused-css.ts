/**
 * A prerendered page that never hydrates carries the styles of every component its route could
 * render (an embed's route renders any chart): the rules of components it does not show are
 * dropped. A component's rules are those naming its scoped class (`.s-<hash>`, svelte.config.js);
 * a rule naming none (tokens, base styles) stays, and so do keyframes.
 */

const SCOPED_CLASS = /\.(s-[a-z0-9]+)/g;

/** The scoped classes the markup (outside its styles) uses. */
export function scopedClassesIn(html: string): Set<string> {
	const markup = html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
	return new Set(markup.match(/\bs-[a-z0-9]+\b/g));
}

/** Where the block opened at `open` (a `{`) closes. */
function blockEnd(css: string, open: number): number {
	let depth = 0;
	for (let i = open; i < css.length; i++) {
		if (css[i] === '{') depth++;
		else if (css[i] === '}' && --depth === 0) return i;
	}
	throw new Error(`unused-css: a block opened at ${open} does not close`);
}

/** A selector list with the selectors that name a scoped class the page does not use taken out. */
function keptSelectors(selectors: string, used: Set<string>): string {
	return selectors
		.split(/,(?![^(]*\))/)
		.filter((selector) => [...selector.matchAll(SCOPED_CLASS)].every(([, name]) => used.has(name!)))
		.join(',');
}

/** Minified CSS (as Vite writes it) without the rules of components the page does not show. */
export function withoutUnusedRules(css: string, used: Set<string>): string {
	let out = '';
	let at = 0;
	while (at < css.length) {
		const open = css.indexOf('{', at);
		if (open < 0) return out + css.slice(at);
		const prelude = css.slice(at, open);
		// A statement before the block (@import, @charset, @layer a;): kept as written.
		const statement = prelude.lastIndexOf(';');
		if (statement >= 0) out += prelude.slice(0, statement + 1);
		const head = statement >= 0 ? prelude.slice(statement + 1) : prelude;
		const close = blockEnd(css, open);
		const inner = css.slice(open + 1, close);
		if (/^\s*@(media|container|supports|layer)\b/.test(head)) {
			const kept = withoutUnusedRules(inner, used);
			if (kept.trim()) out += `${head}{${kept}}`;
		} else if (/^\s*@/.test(head)) {
			out += `${head}{${inner}}`;
		} else {
			const selectors = keptSelectors(head, used);
			if (selectors.trim()) out += `${selectors}{${inner}}`;
		}
		at = close + 1;
	}
	return out;
}

/** The page with each of its inlined stylesheets trimmed to what its markup uses. */
export function trimInlinedStyles(html: string): string {
	const used = scopedClassesIn(html);
	return html.replace(
		/(<style[^>]*>)([\s\S]*?)(<\/style>)/g,
		(_, open: string, css: string, close: string) => open + withoutUnusedRules(css, used) + close
	);
}
