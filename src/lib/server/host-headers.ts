/**
 * The HTTP headers a static host must send with the site, as a `_headers` file (the format of
 * Netlify and Cloudflare Pages, among others), written into the build; the README gives the same
 * rules for nginx. Embeds may be framed by any site; every other page only by the site itself (a
 * meta CSP cannot say frame-ancestors). Also read back by `vite preview`, so the tests see what a
 * host would send.
 */

export interface HeaderRule {
	/** A path, or a prefix ending in `*`. */
	path: string;
	headers: [name: string, value: string][];
}

const EVERY_RESPONSE: HeaderRule['headers'] = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin']
];

/** Whether a prerendered page (its path, base included) is an embed. */
export function isEmbedPath(pagePath: string, base: string): boolean {
	return /^\/(?:en\/)?embed\//.test(pagePath.slice(base.length));
}

// The pages' encoding in the header, not only in their <meta charset>: told nothing, Chromium spent
// 7–13 ms more of a load decoding the explorer's 200 KB of Chinese HTML (traces, this machine).
const HTML_PAGE: HeaderRule['headers'] = [['Content-Type', 'text/html; charset=utf-8']];

export function hostHeaderRules(pages: readonly string[], base: string): HeaderRule[] {
	const embedFraming: HeaderRule['headers'] = [
		...HTML_PAGE,
		['Content-Security-Policy', 'frame-ancestors *']
	];
	const ownFraming: HeaderRule['headers'] = [
		...HTML_PAGE,
		['Content-Security-Policy', "frame-ancestors 'self'"],
		['X-Frame-Options', 'SAMEORIGIN']
	];
	return [
		{ path: `${base}/*`, headers: EVERY_RESPONSE },
		{ path: `${base}/_app/immutable/*`, headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
		// Rules must not overlap on a header: two frame-ancestors policies would both apply.
		...[...pages].sort().flatMap((page) => {
			const headers = isEmbedPath(page, base) ? embedFraming : ownFraming;
			// Hosts serve a page at its directory and at its index.html alike.
			return [page, ...(page.endsWith('/') ? [`${page}index.html`] : [])].map((path) => ({ path, headers }));
		})
	];
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
	const lines = ['# Written by the build (src/lib/server/host-headers.ts).'];
	for (const rule of rules) {
		lines.push(rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
	}
	return `${lines.join('\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
		else {
			const at = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/** The headers for a request path: every rule that matches, in order (a splat matches a prefix). */
export function headersFor(rules: readonly HeaderRule[], requestPath: string): [string, string][] {
	return rules
		.filter((rule) =>
			rule.path.endsWith('*') ? requestPath.startsWith(rule.path.slice(0, -1)) : requestPath === rule.path
		)
		.flatMap((rule) => rule.headers);
}
