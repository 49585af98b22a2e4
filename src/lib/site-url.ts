/**
 * PUBLIC_SITE_URL: where a deployment publishes the site (origin and base path), for what has to
 * be absolute: oEmbed files, the embed index. Unset, those are left out or relative.
 */
export const SITE_URL_VARIABLE = 'PUBLIC_SITE_URL';

/** '' when unset, else the URL without a trailing slash; throws on a value the site cannot use. */
export function checkSiteUrl(value: string | undefined, basePath = ''): string {
	if (!value) return '';
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`${SITE_URL_VARIABLE} must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
	}
	if (!/^https?:$/.test(url.protocol) || url.search || url.hash)
		throw new Error(
			`${SITE_URL_VARIABLE} must be an http(s) URL with no query or fragment, got ${JSON.stringify(value)}`
		);
	const path = url.pathname.replace(/\/$/, '');
	if (basePath && path !== basePath)
		throw new Error(`${SITE_URL_VARIABLE} (${value}) must end in the base path BASE_PATH=${basePath}`);
	return `${url.origin}${path}`;
}

/** `path` is relative to the site root, e.g. `embed/timeline/`. */
export function absoluteUrl(siteUrl: string, path: string): string {
	return `${siteUrl}/${path.replace(/^\//, '')}`;
}
